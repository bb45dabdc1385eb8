// Any inventory as an SPDX 2.3 JSON document: the artifact is the described
// package, which CONTAINS its operating system and every component. What
// SPDX 2.3 has no field for (component kind, where a fact was read) goes into
// the package comment, which read_sbom reads back.
#include "inventory/sbom.h"
#include "inventory/sbom_detail.h"
#include "json/writer.h"

namespace vt::inventory {

std::string write_spdx(const Inventory& inv, const SbomExportOptions& options) {
  const Platform* platform = inv.platform ? &*inv.platform : nullptr;
  std::string name = inv.name.empty() ? inv.source : inv.name;
  if (name.empty()) name = "unnamed";
  const std::string uuid = sbom_detail::content_uuid(inv, "spdx-2.3");
  json::Writer w;
  w.begin_object()
      .member("spdxVersion", "SPDX-2.3")
      .member("dataLicense", "CC0-1.0")
      .member("SPDXID", "SPDXRef-DOCUMENT")
      .member("name", name)
      .member("documentNamespace", "https://vextriage.invalid/spdx/" + uuid);
  // SPDX requires a creation time; without a clock the epoch keeps it deterministic.
  w.key("creationInfo").begin_object()
      .member("created", options.timestamp.empty() ? "1970-01-01T00:00:00Z" : options.timestamp)
      .key("creators").begin_array()
      .value(options.tool_version.empty() ? std::string("Tool: vextriage") : "Tool: vextriage-" + options.tool_version)
      .end_array().end_object();

  w.key("packages").begin_array();
  w.begin_object().member("SPDXID", "SPDXRef-Artifact").member("name", name)
      .member("downloadLocation", "NOASSERTION").member("filesAnalyzed", false)
      .member("primaryPackagePurpose", inv.kind == "container-image" ? "CONTAINER" : "OTHER")
      .member("comment", "vextriage artifact kind=" + inv.kind).end_object();
  if (platform) {
    w.begin_object().member("SPDXID", "SPDXRef-OperatingSystem")
        .member("name", platform->id.empty() ? "unknown" : platform->id);
    if (!platform->version_id.empty()) w.member("versionInfo", platform->version_id);
    w.member("downloadLocation", "NOASSERTION").member("filesAnalyzed", false)
        .member("primaryPackagePurpose", "OPERATING_SYSTEM").end_object();
  }
  std::size_t n = 0;
  for (const Component* c : sbom_detail::sorted_components(inv)) {
    std::string purl = purl_of(*c, platform);
    w.begin_object().member("SPDXID", "SPDXRef-Package-" + std::to_string(n++))
        .member("name", c->name.empty() ? "unnamed" : c->name);
    if (!c->version.empty()) w.member("versionInfo", c->version);
    if (!c->vendor.empty()) w.member("supplier", "Organization: " + c->vendor);
    w.member("downloadLocation", "NOASSERTION").member("filesAnalyzed", false);
    if (c->kind == ComponentKind::kFile) w.member("primaryPackagePurpose", "FILE");
    if (!c->source_name.empty())
      w.member("sourceInfo", "built package from: " + c->source_name +
                                 (c->source_version.empty() ? "" : " " + c->source_version));
    if (!purl.empty())
      w.key("externalRefs").begin_array().begin_object().member("referenceCategory", "PACKAGE-MANAGER")
          .member("referenceType", "purl").member("referenceLocator", purl).end_object().end_array();
    w.member("comment", std::string("vextriage kind=") + to_string(c->kind) + " evidence=" + c->evidence);
    w.end_object();
  }
  w.end_array();

  auto relationship = [&w](std::string_view from, std::string_view type, std::string_view to) {
    w.begin_object().member("spdxElementId", from).member("relationshipType", type)
        .member("relatedSpdxElement", to).end_object();
  };
  w.key("relationships").begin_array();
  relationship("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-Artifact");
  if (platform) relationship("SPDXRef-Artifact", "CONTAINS", "SPDXRef-OperatingSystem");
  for (std::size_t i = 0; i < n; ++i) relationship("SPDXRef-Artifact", "CONTAINS", "SPDXRef-Package-" + std::to_string(i));
  w.end_array().end_object();
  return w.take() + "\n";
}

}  // namespace vt::inventory
