// Any inventory as a CycloneDX 1.6 JSON BOM. The described artifact is
// metadata.component; its operating system and every component hang below it.
// What CycloneDX has no field for (component kind, where a fact was read)
// goes into "vextriage:" properties, which read_sbom reads back.
#include <algorithm>
#include <set>

#include "inventory/sbom.h"
#include "inventory/sbom_detail.h"
#include "json/writer.h"

namespace vt::inventory {
namespace {

const char* cyclonedx_type(ComponentKind kind) {
  switch (kind) {
    case ComponentKind::kPackage: return "library";
    case ComponentKind::kKernel: return "application";  // no "kernel" type; operating-system names the platform
    case ComponentKind::kKernelModule: return "device-driver";
    case ComponentKind::kFile: return "file";
  }
  return "library";
}

void property(json::Writer& w, std::string_view name, std::string_view value) {
  w.begin_object().member("name", name).member("value", value).end_object();
}

}  // namespace

std::string write_cyclonedx(const Inventory& inv, const SbomExportOptions& options) {
  const Platform* platform = inv.platform ? &*inv.platform : nullptr;
  const std::string name = inv.name.empty() ? inv.source : inv.name;
  json::Writer w;
  w.begin_object()
      .member("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json")
      .member("bomFormat", "CycloneDX")
      .member("specVersion", "1.6")
      .member("serialNumber", "urn:uuid:" + sbom_detail::content_uuid(inv, "cyclonedx-1.6"))
      .member("version", 1);
  w.key("metadata").begin_object();
  if (!options.timestamp.empty()) w.member("timestamp", options.timestamp);
  w.key("tools").begin_object().key("components").begin_array();
  w.begin_object().member("type", "application").member("name", "vextriage");
  if (!options.tool_version.empty()) w.member("version", options.tool_version);
  w.end_object().end_array().end_object();
  w.key("component").begin_object()
      .member("bom-ref", "artifact")
      .member("type", inv.kind == "container-image" ? "container" : "platform")
      .member("name", name.empty() ? "unnamed" : name);
  w.key("properties").begin_array();
  property(w, "vextriage:artifact_kind", inv.kind);
  if (!inv.source.empty()) property(w, "vextriage:source", inv.source);
  w.end_array().end_object();
  w.end_object();

  std::vector<std::string> refs;
  w.key("components").begin_array();
  if (platform) {
    refs.push_back("os");
    w.begin_object().member("bom-ref", "os").member("type", "operating-system")
        .member("name", platform->id.empty() ? "unknown" : platform->id);
    if (!platform->version_id.empty()) w.member("version", platform->version_id);
    if (!platform->os_release.fields.empty()) {
      w.key("properties").begin_array();
      for (const auto& [key, value] : platform->os_release.fields) property(w, "vextriage:os-release:" + key, value);
      w.end_array();
    }
    w.end_object();
  }
  std::set<std::string> used{"artifact", "os"};
  std::size_t n = 0;
  for (const Component* c : sbom_detail::sorted_components(inv)) {
    std::string purl = purl_of(*c, platform);
    // bom-refs must be unique: the purl when it is, else a counter.
    std::string ref = purl;
    while (ref.empty() || used.count(ref)) ref = "component-" + std::to_string(n++);
    used.insert(ref);
    refs.push_back(ref);
    w.begin_object().member("bom-ref", ref).member("type", cyclonedx_type(c->kind));
    if (!c->vendor.empty()) w.key("supplier").begin_object().member("name", c->vendor).end_object();
    w.member("name", c->name.empty() ? "unnamed" : c->name);
    if (!c->version.empty()) w.member("version", c->version);
    if (!purl.empty()) w.member("purl", purl);
    w.key("properties").begin_array();
    property(w, "vextriage:kind", to_string(c->kind));
    if (!c->evidence.empty()) property(w, "vextriage:evidence", c->evidence);
    if (!c->source_name.empty()) property(w, "vextriage:source_name", c->source_name);
    if (!c->source_version.empty()) property(w, "vextriage:source_version", c->source_version);
    if (!c->status.empty()) property(w, "vextriage:status", c->status);
    w.end_array().end_object();
  }
  w.end_array();

  w.key("dependencies").begin_array();
  w.begin_object().member("ref", "artifact").key("dependsOn").begin_array();
  for (const auto& r : refs) w.value(r);
  w.end_array().end_object().end_array();

  // A package database lists everything installed: say so, so that a reader
  // can tell "not listed" from "not known".
  bool complete = !inv.databases.empty() && std::all_of(inv.databases.begin(), inv.databases.end(),
                                                        [](const PackageDatabase& d) { return d.complete; });
  w.key("compositions").begin_array().begin_object()
      .member("aggregate", complete ? "complete" : inv.databases.empty() ? "unknown" : "incomplete")
      .key("assemblies").begin_array().value("artifact").end_array()
      .end_object().end_array();
  w.end_object();
  return w.take() + "\n";
}

}  // namespace vt::inventory
