#include "documents/cve/record.h"

namespace vt::cve {
namespace {

std::string text(const json::Value& object, std::string_view key) {
  if (!object.is_object()) return {};
  auto v = object.find(key);
  if (!v) return {};
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_number()) return v->number_text();
  return {};
}

std::vector<std::string> strings(const json::Value& object, std::string_view key) {
  std::vector<std::string> out;
  auto v = object.find(key);
  if (!v || !v->is_array()) return out;
  for (json::Value s : v->items())
    if (s.is_string()) out.push_back(std::string(s.as_string()));
  return out;
}

Error invalid(const json::Value& at, std::string message) {
  return make_error(ErrorCode::kInvalidInput, std::move(message), at.pointer().empty() ? "/" : at.pointer());
}

}  // namespace

bool is_cve_record(const json::Value& root) {
  if (!root.is_object()) return false;
  if (text(root, "dataType") == "CVE_RECORD") return true;
  auto meta = root.find("cveMetadata");
  return meta && meta->is_object();
}

Result<Record> parse_record(const json::Value& root) {
  if (!root.is_object()) return invalid(root, "a CVE record must be a JSON object");
  auto meta = root.find("cveMetadata");
  if (!meta || !meta->is_object()) return invalid(root, "expected a \"cveMetadata\" object");
  Record r;
  r.source = root;
  r.cve_id = text(*meta, "cveId");
  if (r.cve_id.empty()) return invalid(*meta, "expected cveMetadata.cveId");
  r.state = text(*meta, "state");
  r.assigner = text(*meta, "assignerShortName");
  r.date_updated = text(*meta, "dateUpdated");
  r.date_published = text(*meta, "datePublished");
  auto containers = root.find("containers");
  auto cna = containers && containers->is_object() ? containers->find("cna") : std::nullopt;
  if (!cna || !cna->is_object()) {
    if (r.state == "REJECTED") return r;
    return invalid(root, "expected containers.cna");
  }
  r.title = text(*cna, "title");
  if (r.assigner.empty())
    if (auto pm = cna->find("providerMetadata"); pm && pm->is_object()) r.assigner = text(*pm, "shortName");
  auto affected = cna->find("affected");
  if (!affected || !affected->is_array()) return r;
  for (json::Value a : affected->items()) {
    if (!a.is_object()) return invalid(a, "an affected entry must be an object");
    Affected e;
    e.source = a;
    e.vendor = text(a, "vendor");
    e.product = text(a, "product");
    e.package_name = text(a, "packageName");
    e.collection_url = text(a, "collectionURL");
    e.repo = text(a, "repo");
    e.default_status = text(a, "defaultStatus");
    e.cpes = strings(a, "cpes");
    e.platforms = strings(a, "platforms");
    e.program_files = strings(a, "programFiles");
    if (auto versions = a.find("versions"); versions && versions->is_array()) {
      for (json::Value v : versions->items()) {
        if (!v.is_object()) return invalid(v, "a versions entry must be an object");
        e.versions.push_back({v, text(v, "version"), text(v, "status"), text(v, "versionType"), text(v, "lessThan"),
                              text(v, "lessThanOrEqual")});
      }
    }
    r.affected.push_back(std::move(e));
  }
  return r;
}

}  // namespace vt::cve
