// CycloneDX JSON (1.2-1.7) into an Inventory: components (nested ones too),
// the operating system as the platform, completeness from compositions.
#include <set>

#include "inventory/sbom.h"
#include "inventory/sbom_detail.h"

namespace vt::inventory {
namespace {

using sbom_detail::str;

constexpr int kMaxNesting = 64;
constexpr std::string_view kOsReleaseProperty = "vextriage:os-release:";

struct Reader {
  const std::string& where;
  Inventory& inv;
  std::set<std::string> subject_refs;  // the described artifact and its operating system

  Error error_at(const json::Value& v, std::string message) const {
    return make_error(ErrorCode::kInvalidInput, std::move(message), where + "#" + v.pointer());
  }

  // An optional string member: absent is fine, another type is an error.
  Result<std::string> optional_string(const json::Value& obj, std::string_view key) const {
    auto v = obj.find(key);
    if (!v) return std::string();
    if (!v->is_string()) return error_at(*v, std::string(key) + ": expected a string");
    return std::string(v->as_string());
  }

  Status read_component(const json::Value& item, int depth) {
    if (!item.is_object()) return error_at(item, "expected a component object");
    if (depth > kMaxNesting) return make_error(ErrorCode::kLimit, "components nested too deeply", where + "#" + item.pointer());
    VT_ASSIGN_OR_RETURN(std::string type, optional_string(item, "type"));
    auto name = item.find("name");
    if (!name || !name->is_string()) return error_at(name ? *name : item, "name: expected a string");
    Component c;
    c.name = std::string(name->as_string());
    VT_ASSIGN_OR_RETURN(c.version, optional_string(item, "version"));
    VT_ASSIGN_OR_RETURN(c.purl, optional_string(item, "purl"));
    VT_ASSIGN_OR_RETURN(std::string ref, optional_string(item, "bom-ref"));
    c.evidence = "#" + item.pointer();
    if (auto supplier = item.find("supplier")) c.vendor = str(*supplier, "name");
    if (c.vendor.empty()) c.vendor = str(item, "publisher");

    std::string kind, src_name, src_version, src_release;
    std::vector<std::pair<std::string, std::string>> os_fields;
    if (auto props = item.find("properties")) {
      if (!props->is_array()) return error_at(*props, "properties: expected an array");
      for (auto p : props->items()) {
        std::string key = str(p, "name"), value = str(p, "value");
        if (key == "vextriage:kind") kind = value;
        else if (key == "vextriage:source_name" || key == "aquasecurity:trivy:SrcName") src_name = value;
        else if (key == "vextriage:source_version" || key == "aquasecurity:trivy:SrcVersion") src_version = value;
        else if (key == "aquasecurity:trivy:SrcRelease") src_release = value;
        else if (key == "vextriage:evidence") c.evidence = value;
        else if (key == "vextriage:status") c.status = value;
        else if (key.rfind(kOsReleaseProperty, 0) == 0) os_fields.emplace_back(key.substr(kOsReleaseProperty.size()), value);
      }
    }
    c.source_name = src_name;
    c.source_version = src_release.empty() ? src_version : src_version + "-" + src_release;

    if (type == "operating-system" && kind.empty()) {
      if (!inv.platform) inv.platform = sbom_detail::platform_of(c.name, c.version, where + c.evidence, std::move(os_fields));
      if (!ref.empty()) subject_refs.insert(ref);
    } else {
      if (kind == "kernel") c.kind = ComponentKind::kKernel;
      else if (kind == "kernel-module") c.kind = ComponentKind::kKernelModule;
      else if (kind == "file" || (kind.empty() && type == "file")) c.kind = ComponentKind::kFile;
      sbom_detail::complete_from_purl(c, where + c.evidence, inv.warnings);
      inv.components.push_back(std::move(c));
    }
    if (auto nested = item.find("components")) VT_TRY(read_components(*nested, depth + 1));
    return Status();
  }

  Status read_components(const json::Value& list, int depth) {
    if (!list.is_array()) return error_at(list, "components: expected an array");
    for (auto item : list.items()) VT_TRY(read_component(item, depth));
    return Status();
  }

  // A composition with aggregate "complete" whose assemblies name the
  // described artifact or its operating system.
  Result<bool> complete(const json::Value& root) const {
    auto compositions = root.find("compositions");
    if (!compositions) return false;
    if (!compositions->is_array()) return error_at(*compositions, "compositions: expected an array");
    for (auto c : compositions->items()) {
      if (!c.is_object()) return error_at(c, "expected a composition object");
      if (str(c, "aggregate") != "complete") continue;
      auto assemblies = c.find("assemblies");
      if (!assemblies || !assemblies->is_array()) continue;
      for (auto a : assemblies->items())
        if (a.is_string() && subject_refs.count(std::string(a.as_string()))) return true;
    }
    return false;
  }
};

}  // namespace

Result<Inventory> read_cyclonedx(const json::Value& root, const std::string& where) {
  auto spec_value = root.find("specVersion");
  std::string spec = spec_value && spec_value->is_string() ? std::string(spec_value->as_string()) : "";
  static const std::set<std::string> kKnown = {"1.2", "1.3", "1.4", "1.5", "1.6", "1.7"};
  if (!kKnown.count(spec))
    return make_error(ErrorCode::kUnsupported, "specVersion: expected a CycloneDX version from 1.2 to 1.7",
                      where + "#/specVersion");
  Inventory inv;
  inv.kind = "sbom";
  inv.source = where;
  Reader reader{where, inv, {}};
  if (auto meta = root.find("metadata")) {
    if (!meta->is_object()) return reader.error_at(*meta, "metadata: expected an object");
    if (auto subject = meta->find("component")) {
      if (!subject->is_object()) return reader.error_at(*subject, "component: expected an object");
      inv.name = str(*subject, "name");
      if (std::string ref = str(*subject, "bom-ref"); !ref.empty()) reader.subject_refs.insert(ref);
      if (str(*subject, "type") == "operating-system")
        inv.platform = sbom_detail::platform_of(inv.name, str(*subject, "version"), where + "#" + subject->pointer());
      if (auto nested = subject->find("components")) VT_TRY(reader.read_components(*nested, 1));
    }
  }
  if (auto comps = root.find("components")) VT_TRY(reader.read_components(*comps, 0));
  sbom_detail::platform_from_distro_qualifiers(inv, where);
  VT_ASSIGN_OR_RETURN(bool complete, reader.complete(root));
  sbom_detail::add_databases(inv, "cyclonedx-" + spec, where + "#/components", complete);
  return inv;
}

}  // namespace vt::inventory
