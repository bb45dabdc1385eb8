// SPDX 2.2/2.3 JSON into an Inventory: packages with a purl external
// reference, the operating system package as the platform. SPDX 2.x cannot
// say a package list is complete, so its databases never are.
#include <set>

#include "inventory/sbom.h"
#include "inventory/sbom_detail.h"

namespace vt::inventory {
namespace {

using sbom_detail::str;

constexpr std::string_view kCommentTag = "vextriage kind=";

Error error_at(const std::string& where, const json::Value& v, std::string message) {
  return make_error(ErrorCode::kInvalidInput, std::move(message), where + "#" + v.pointer());
}

// What the document describes (documentDescribes, DESCRIBES relationships).
std::set<std::string> described(const json::Value& root) {
  std::set<std::string> ids;
  if (auto d = root.find("documentDescribes"); d && d->is_array())
    for (auto id : d->items())
      if (id.is_string()) ids.insert(std::string(id.as_string()));
  if (auto rels = root.find("relationships"); rels && rels->is_array())
    for (auto r : rels->items())
      if (str(r, "relationshipType") == "DESCRIBES" && str(r, "spdxElementId") == "SPDXRef-DOCUMENT")
        ids.insert(str(r, "relatedSpdxElement"));
  return ids;
}

// Our own export writes "vextriage kind=kernel evidence=/boot/vmlinuz-...".
void read_comment(Component& c, const std::string& comment) {
  if (comment.rfind(kCommentTag, 0) != 0) return;
  std::string rest = comment.substr(kCommentTag.size());
  std::size_t space = rest.find(" evidence=");
  std::string kind = rest.substr(0, space);
  if (kind == "kernel") c.kind = ComponentKind::kKernel;
  else if (kind == "kernel-module") c.kind = ComponentKind::kKernelModule;
  else if (kind == "file") c.kind = ComponentKind::kFile;
  if (space != std::string::npos) c.evidence = rest.substr(space + 10);
}

}  // namespace

Result<Inventory> read_spdx(const json::Value& root, const std::string& where) {
  auto version_value = root.find("spdxVersion");
  std::string version = version_value->is_string() ? std::string(version_value->as_string()) : "";
  if (version != "SPDX-2.2" && version != "SPDX-2.3")
    return make_error(ErrorCode::kUnsupported, "spdxVersion: expected \"SPDX-2.2\" or \"SPDX-2.3\"",
                      where + "#/spdxVersion");
  Inventory inv;
  inv.kind = "sbom";
  inv.source = where;
  inv.name = str(root, "name");
  std::set<std::string> subject = described(root);
  auto packages = root.find("packages");
  if (packages && !packages->is_array()) return error_at(where, *packages, "packages: expected an array");
  if (packages) {
    for (auto p : packages->items()) {
      if (!p.is_object()) return error_at(where, p, "expected a package object");
      auto name = p.find("name");
      if (!name || !name->is_string()) return error_at(where, name ? *name : p, "name: expected a string");
      Component c;
      c.name = std::string(name->as_string());
      c.version = str(p, "versionInfo");
      c.evidence = "#" + p.pointer();
      std::string supplier = str(p, "supplier");
      for (std::string_view prefix : {"Organization: ", "Person: "})
        if (supplier.rfind(prefix, 0) == 0) c.vendor = supplier.substr(prefix.size());
      if (auto refs = p.find("externalRefs")) {
        if (!refs->is_array()) return error_at(where, *refs, "externalRefs: expected an array");
        for (auto r : refs->items())
          if (str(r, "referenceType") == "purl" && c.purl.empty()) c.purl = str(r, "referenceLocator");
      }
      std::string id = str(p, "SPDXID");
      std::string purpose = str(p, "primaryPackagePurpose");
      bool os = purpose == "OPERATING_SYSTEM" || purpose == "OPERATING-SYSTEM" ||
                (purpose.empty() && c.purl.empty() && id.find("OperatingSystem") != std::string::npos);
      if (os) {
        if (!inv.platform) inv.platform = sbom_detail::platform_of(c.name, c.version, where + c.evidence);
        continue;
      }
      // The artifact itself (an image, a root file system) is no component.
      if (c.purl.empty() && (subject.count(id) || purpose == "CONTAINER")) {
        if (inv.name.empty()) inv.name = c.name;
        continue;
      }
      read_comment(c, str(p, "comment"));
      sbom_detail::complete_from_purl(c, where + c.evidence, inv.warnings);
      inv.components.push_back(std::move(c));
    }
  }
  sbom_detail::platform_from_distro_qualifiers(inv, where);
  sbom_detail::add_databases(inv, "spdx-" + version.substr(5), where + "#/packages", false);
  return inv;
}

}  // namespace vt::inventory
