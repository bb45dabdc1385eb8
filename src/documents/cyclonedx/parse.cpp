#include "documents/cyclonedx/vex.h"

namespace vt::cyclonedx {
namespace {

std::string text(const json::Value& object, std::string_view key) {
  if (!object.is_object()) return {};
  auto v = object.find(key);
  if (!v) return {};
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_number()) return v->number_text();
  return {};
}

Error invalid(const json::Value& at, std::string message) {
  return make_error(ErrorCode::kInvalidInput, std::move(message), at.pointer().empty() ? "/" : at.pointer());
}

// Components nest (components[].components[]); an explicit stack with a
// bound keeps hostile depth harmless.
void collect_components(const json::Value& root, Bom& bom) {
  std::vector<json::Value> stack;
  if (auto meta = root.find("metadata"); meta && meta->is_object())
    if (auto c = meta->find("component"); c && c->is_object()) stack.push_back(*c);
  if (auto comps = root.find("components"); comps && comps->is_array())
    for (json::Value c : comps->items()) stack.push_back(c);
  while (!stack.empty()) {
    json::Value c = stack.back();
    stack.pop_back();
    if (!c.is_object()) continue;
    Component comp{text(c, "bom-ref"), text(c, "type"), text(c, "group"), text(c, "name"),
                   text(c, "version"), text(c, "purl"), text(c, "cpe")};
    if (!comp.bom_ref.empty()) bom.components.emplace(comp.bom_ref, std::move(comp));
    if (auto sub = c.find("components"); sub && sub->is_array())
      for (json::Value s : sub->items()) stack.push_back(s);
  }
}

}  // namespace

bool is_cyclonedx(const json::Value& root) {
  return root.is_object() && text(root, "bomFormat") == "CycloneDX";
}

bool has_vulnerabilities(const json::Value& root) {
  auto v = root.is_object() ? root.find("vulnerabilities") : std::nullopt;
  return v && v->is_array();
}

Result<Bom> parse_vex(const json::Value& root) {
  if (!is_cyclonedx(root)) return invalid(root, "expected a CycloneDX BOM (\"bomFormat\": \"CycloneDX\")");
  Bom bom;
  bom.source = root;
  bom.spec_version = text(root, "specVersion");
  bom.serial_number = text(root, "serialNumber");
  bom.version = text(root, "version");
  if (auto meta = root.find("metadata"); meta && meta->is_object()) {
    bom.timestamp = text(*meta, "timestamp");
    if (auto s = meta->find("supplier"); s && s->is_object()) bom.supplier = text(*s, "name");
    if (bom.supplier.empty())
      if (auto m = meta->find("manufacturer"); m && m->is_object()) bom.supplier = text(*m, "name");
  }
  collect_components(root, bom);
  auto vulns = root.find("vulnerabilities");
  if (!vulns || !vulns->is_array()) return invalid(root, "a CycloneDX VEX needs a \"vulnerabilities\" array");
  for (json::Value v : vulns->items()) {
    if (!v.is_object()) return invalid(v, "a vulnerability must be an object");
    Vulnerability vuln;
    vuln.source = v;
    vuln.bom_ref = text(v, "bom-ref");
    vuln.id = text(v, "id");
    vuln.description = text(v, "description");
    vuln.recommendation = text(v, "recommendation");
    vuln.workaround = text(v, "workaround");
    if (auto s = v.find("source"); s && s->is_object()) {
      vuln.source_name = text(*s, "name");
      vuln.source_url = text(*s, "url");
    }
    if (auto refs = v.find("references"); refs && refs->is_array())
      for (json::Value r : refs->items())
        if (!text(r, "id").empty()) vuln.aliases.push_back(text(r, "id"));
    if (auto a = v.find("analysis"); a && a->is_object()) {
      Analysis an{text(*a, "state"), text(*a, "justification"), text(*a, "detail"), text(*a, "firstIssued"),
                  text(*a, "lastUpdated"), {}};
      if (auto resp = a->find("response"); resp && resp->is_array())
        for (json::Value r : resp->items())
          if (r.is_string()) an.response.push_back(std::string(r.as_string()));
      vuln.analysis = std::move(an);
    }
    if (auto affects = v.find("affects"); affects && affects->is_array()) {
      for (json::Value a : affects->items()) {
        if (!a.is_object()) return invalid(a, "an affects entry must be an object with \"ref\"");
        Affects af;
        af.source = a;
        af.ref = text(a, "ref");
        af.local_ref = af.ref;
        if (af.ref.rfind("urn:cdx:", 0) == 0)
          if (const std::size_t hash = af.ref.find('#'); hash != std::string::npos) af.local_ref = af.ref.substr(hash + 1);
        if (auto versions = a.find("versions"); versions && versions->is_array())
          for (json::Value ver : versions->items())
            if (ver.is_object())
              af.versions.push_back({ver, text(ver, "version"), text(ver, "range"), text(ver, "status")});
        vuln.affects.push_back(std::move(af));
      }
    }
    bom.vulnerabilities.push_back(std::move(vuln));
  }
  return bom;
}

}  // namespace vt::cyclonedx
