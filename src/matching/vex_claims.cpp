#include "matching/vex_claims.h"

#include <unordered_map>

#include "matching/product_facts.h"
#include "version/purl.h"

namespace vt::matching {
namespace {

std::string str(const json::Value& o, std::string_view key) {
  auto v = o.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<ClaimStatus> openvex_status(std::string_view s) {
  if (s == "affected") return ClaimStatus::kAffected;
  if (s == "not_affected") return ClaimStatus::kNotAffected;
  if (s == "fixed") return ClaimStatus::kFixed;
  if (s == "under_investigation") return ClaimStatus::kUnderInvestigation;
  return std::nullopt;
}

// CycloneDX analysis states (1.4-1.6).
std::optional<ClaimStatus> cyclonedx_state(std::string_view s) {
  if (s == "exploitable") return ClaimStatus::kAffected;
  if (s == "not_affected" || s == "false_positive") return ClaimStatus::kNotAffected;
  if (s == "resolved" || s == "resolved_with_pedigree") return ClaimStatus::kFixed;
  if (s == "in_triage") return ClaimStatus::kUnderInvestigation;
  return std::nullopt;
}

}  // namespace

bool claim_from_purl(std::string_view text, Claim& c) {
  auto purl = version::parse_purl(text);
  if (!purl.ok()) return false;
  c.purl = std::string(text);
  c.ecosystem = purl->type;
  c.name = purl->name;
  c.version = purl->version;
  if (auto epoch = purl->qualifier("epoch"); epoch && !c.version.empty() && *epoch != "0")
    c.version = std::string(*epoch) + ":" + c.version;
  if (auto distro = purl->qualifier("distro")) c.platform = platform_from_distro_qualifier(*distro);
  return true;
}

Result<std::vector<Claim>> claims_from_openvex(const json::Value& root, const std::string& path) {
  SourceRef base;
  base.path = path;
  base.format = "openvex";
  base.publisher = str(root, "author");
  base.document_id = str(root, "@id");
  if (auto v = root.find("version")) base.revision = v->is_number() ? v->number_text() : str(root, "version");
  base.updated = str(root, "last_updated").empty() ? str(root, "timestamp") : str(root, "last_updated");
  auto statements = root.find("statements");
  if (!statements || !statements->is_array())
    return make_error(ErrorCode::kInvalidInput, "an OpenVEX document needs a \"statements\" array", path);
  std::vector<Claim> out;
  for (json::Value s : statements->items()) {
    auto vuln = s.find("vulnerability");
    std::string name = vuln && vuln->is_object() ? str(*vuln, "name") : (vuln ? str(s, "vulnerability") : "");
    auto status = openvex_status(str(s, "status"));
    if (name.empty() || !status)
      return make_error(ErrorCode::kInvalidInput, "a statement needs a vulnerability name and a known status",
                        path + "#" + s.pointer());
    std::vector<std::string> aliases;
    if (vuln && vuln->is_object())
      if (auto al = vuln->find("aliases"); al && al->is_array())
        for (json::Value a : al->items())
          if (a.is_string()) aliases.push_back(std::string(a.as_string()));
    auto products = s.find("products");
    if (!products || !products->is_array()) continue;
    for (json::Value p : products->items()) {
      // A product's subcomponents are what the statement is about when given.
      std::vector<json::Value> subjects;
      if (auto subs = p.find("subcomponents"); subs && subs->is_array() && subs->size() > 0)
        for (json::Value sub : subs->items()) subjects.push_back(sub);
      else
        subjects.push_back(p);
      for (const json::Value& subject : subjects) {
        Claim c;
        c.vulnerability = name;
        c.aliases = aliases;
        c.status = *status;
        c.product = str(subject, "@id");
        c.justification = str(s, "justification");
        c.impact = str(s, "impact_statement");
        if (auto action = str(s, "action_statement"); !action.empty())
          c.remediations.push_back({"workaround", action, "", str(s, "action_statement_timestamp")});
        c.source = base;
        c.source.pointer = subject.pointer();
        if (!claim_from_purl(c.product, c)) {
          if (auto ids = subject.find("identifiers"); ids && ids->is_object() && ids->find("purl"))
            claim_from_purl(str(*ids, "purl"), c);
        }
        if (c.name.empty()) continue;  // not a package we can match (an image digest, a hash)
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

Result<std::vector<Claim>> claims_from_cyclonedx_vex(const json::Value& root, const std::string& path) {
  SourceRef base;
  base.path = path;
  base.format = "cyclonedx";
  base.document_id = str(root, "serialNumber");
  if (auto v = root.find("version")) base.revision = v->number_text();
  if (auto meta = root.find("metadata")) base.updated = str(*meta, "timestamp");
  // bom-ref -> purl, for affects[].ref.
  std::unordered_map<std::string, std::string> purls;
  std::vector<json::Value> stack;
  if (auto comps = root.find("components"); comps && comps->is_array())
    for (json::Value c : comps->items()) stack.push_back(c);
  while (!stack.empty()) {
    json::Value c = stack.back();
    stack.pop_back();
    if (!str(c, "bom-ref").empty() && !str(c, "purl").empty()) purls[str(c, "bom-ref")] = str(c, "purl");
    if (auto sub = c.find("components"); sub && sub->is_array())
      for (json::Value s : sub->items()) stack.push_back(s);
  }
  auto vulns = root.find("vulnerabilities");
  if (!vulns || !vulns->is_array())
    return make_error(ErrorCode::kInvalidInput, "a CycloneDX VEX needs a \"vulnerabilities\" array", path);
  std::vector<Claim> out;
  for (json::Value v : vulns->items()) {
    const std::string id = str(v, "id");
    auto analysis = v.find("analysis");
    // No analysis: the BOM only says the vulnerability is there to look at.
    ClaimStatus state = ClaimStatus::kUnderInvestigation;
    bool has_state = false;
    if (analysis)
      if (auto s = cyclonedx_state(str(*analysis, "state"))) {
        state = *s;
        has_state = true;
      }
    auto affects = v.find("affects");
    if (id.empty() || !affects || !affects->is_array()) continue;
    for (json::Value a : affects->items()) {
      std::string ref = str(a, "ref");
      // A BOM-Link (urn:cdx:serial/version#ref) points into another BOM.
      std::string key = ref.rfind("urn:cdx:", 0) == 0 && ref.find('#') != std::string::npos ? ref.substr(ref.find('#') + 1) : ref;
      std::string purl = purls.count(key) ? purls[key] : key;
      Claim proto;
      proto.vulnerability = id;
      proto.product = purl;
      proto.source = base;
      proto.source.pointer = a.pointer();
      if (analysis) {
        proto.justification = str(*analysis, "justification");
        proto.impact = str(*analysis, "detail");
        if (auto resp = analysis->find("response"); resp && resp->is_array())
          for (json::Value r : resp->items())
            if (r.is_string()) proto.remediations.push_back({std::string(r.as_string()), proto.impact, "", ""});
      }
      if (!claim_from_purl(purl, proto)) continue;
      auto versions = a.find("versions");
      if (versions && versions->is_array() && versions->size() > 0) {
        for (json::Value ver : versions->items()) {
          Claim c = proto;
          const std::string st = str(ver, "status");
          c.status = st == "affected" ? ClaimStatus::kAffected
                     : st == "unaffected" ? ClaimStatus::kNotAffected
                                          : ClaimStatus::kUnderInvestigation;
          if (has_state && state != ClaimStatus::kAffected && st == "affected") c.status = state;
          if (!str(ver, "version").empty()) c.version = str(ver, "version");
          if (!str(ver, "range").empty()) {
            c.vers = str(ver, "range");
            c.version.clear();
          }
          c.source.pointer = ver.pointer();
          out.push_back(std::move(c));
        }
      } else {
        proto.status = state;
        out.push_back(std::move(proto));
      }
    }
  }
  return out;
}

}  // namespace vt::matching
