#include "output/findings_vex.h"

#include <map>
#include <set>

#include "core/hash.h"
#include "json/writer.h"

namespace vt::output {
namespace {

using triage::Finding;
using triage::Verdict;

// A UUID (version 4 layout) derived from content, so the same findings give
// the same document.
std::string content_uuid(const triage::TriageResult& r, std::string_view salt) {
  std::string text(salt);
  for (const auto& f : r.findings) text += f.id + triage::to_string(f.verdict);
  std::string h = hex_digest(HashAlgorithm::kSha256, text);
  h[12] = '4';
  h[16] = "89ab"[std::stoi(h.substr(16, 1), nullptr, 16) & 3];
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20, 12);
}

// One product per artifact x component (the findings' subject).
std::string product_key(const Finding& f) {
  return f.artifact + "\x1f" + f.component.kind + "\x1f" + f.component.name + "\x1f" + f.component.version;
}
std::string product_name(const Finding& f) {
  if (f.component.name.empty()) return f.artifact;
  return f.artifact + ": " + f.component.name + (f.component.version.empty() ? "" : " " + f.component.version);
}

bool component_absent(const Finding& f) {
  for (const auto& e : f.evidence)
    if (e.kind == "kernel_config") return false;
  return true;
}

}  // namespace

std::string render_findings_cyclonedx_vex(const triage::TriageResult& result, const FindingsMeta& meta) {
  std::map<std::string, const Finding*> products;  // key -> a finding naming it
  for (const auto& f : result.findings) products.emplace(product_key(f), &f);
  std::map<std::string, std::string> refs;
  json::Writer w;
  w.begin_object().member("bomFormat", "CycloneDX").member("specVersion", "1.6");
  w.member("serialNumber", "urn:uuid:" + content_uuid(result, "cyclonedx")).member("version", 1);
  w.key("metadata").begin_object().member("timestamp", meta.generated);
  w.key("tools").begin_object().key("components").begin_array();
  w.begin_object().member("type", "application").member("name", "vextriage").end_object();
  w.end_array().end_object().end_object();
  w.key("components").begin_array();
  int n = 0;
  for (const auto& [key, f] : products) {
    const std::string ref = "component-" + std::to_string(++n);
    refs[key] = ref;
    w.begin_object().member("type", f->component.kind == "none" ? "operating-system" : "library");
    w.member("bom-ref", ref).member("name", product_name(*f));
    if (!f->component.version.empty()) w.member("version", f->component.version);
    if (!f->component.purl.empty()) w.member("purl", f->component.purl);
    w.key("properties").begin_array();
    w.begin_object().member("name", "vextriage:artifact").member("value", f->artifact).end_object();
    w.end_array().end_object();
  }
  w.end_array();
  w.key("vulnerabilities").begin_array();
  for (const auto& f : result.findings) {
    w.begin_object().member("bom-ref", "finding-" + f.id).member("id", f.vulnerability);
    w.key("analysis").begin_object();
    switch (f.verdict) {
      case Verdict::kAffected: w.member("state", "exploitable"); break;
      case Verdict::kPresumedAffected:
      case Verdict::kUnderInvestigation: w.member("state", "in_triage"); break;
      case Verdict::kFixed: w.member("state", "resolved"); break;
      case Verdict::kNotAffected:
        w.member("state", "not_affected");
        w.member("justification", component_absent(f) ? "requires_dependency" : "requires_configuration");
        break;
    }
    std::string detail = std::string(triage::to_string(f.verdict)) + ", tier " + triage::to_string(f.tier);
    if (!f.fixed_version.empty()) detail += ", fixed in " + f.fixed_version;
    if (!f.action_detail.empty()) detail += "; " + f.action_detail;
    w.member("detail", detail);
    if (f.verdict == Verdict::kAffected || f.verdict == Verdict::kPresumedAffected)
      w.key("response").begin_array().value(f.fixed_version.empty() ? "workaround_available" : "update").end_array();
    w.end_object();
    w.key("affects").begin_array().begin_object().member("ref", refs[product_key(f)]).end_object().end_array();
    w.end_object();
  }
  w.end_array().end_object();
  return w.take() + "\n";
}

std::string render_findings_csaf_vex(const triage::TriageResult& result, const FindingsMeta& meta) {
  // Products: one full product name per artifact x component, ids by order.
  std::map<std::string, const Finding*> products;
  for (const auto& f : result.findings) products.emplace(product_key(f), &f);
  std::map<std::string, std::string> ids;
  int n = 0;
  for (const auto& [key, f] : products) ids[key] = "VT-" + std::to_string(++n);
  std::map<std::string, std::vector<const Finding*>> by_vulnerability;
  for (const auto& f : result.findings) by_vulnerability[f.vulnerability].push_back(&f);
  const std::string id = "VEXTRIAGE-" + content_uuid(result, "csaf").substr(0, 8);

  json::Writer w;
  w.begin_object();
  w.key("document").begin_object();
  w.member("category", "csaf_vex").member("csaf_version", "2.0");
  w.key("distribution").begin_object().key("tlp").begin_object().member("label", "AMBER").end_object().end_object();
  w.member("lang", "en");
  w.key("notes").begin_array().begin_object().member("category", "summary").member("title", "Estate triage");
  w.member("text", "What vextriage found for each artifact of the estate, from vendors' VEX statements and the "
                   "artifacts' own inventories. Presumed affected: presence or version could not be verified.");
  w.end_object().end_array();
  w.key("publisher").begin_object().member("category", "user").member("name", "vextriage");
  w.member("namespace", "https://vextriage.invalid").end_object();
  w.member("title", "Estate triage " + meta.generated);
  w.key("tracking").begin_object().member("current_release_date", meta.generated);
  w.key("generator").begin_object().member("date", meta.generated);
  w.key("engine").begin_object().member("name", "vextriage").end_object().end_object();
  w.member("id", id).member("initial_release_date", meta.generated);
  w.key("revision_history").begin_array().begin_object().member("date", meta.generated).member("number", "1");
  w.member("summary", "Triage of the estate.").end_object().end_array();
  w.member("status", "final").member("version", "1").end_object();
  w.end_object();

  w.key("product_tree").begin_object().key("full_product_names").begin_array();
  for (const auto& [key, f] : products) {
    w.begin_object().member("name", product_name(*f)).member("product_id", ids[key]);
    if (!f->component.purl.empty())
      w.key("product_identification_helper").begin_object().member("purl", f->component.purl).end_object();
    w.end_object();
  }
  w.end_array().end_object();

  w.key("vulnerabilities").begin_array();
  for (const auto& [vuln, list] : by_vulnerability) {
    w.begin_object();
    const bool is_cve = vuln.rfind("CVE-", 0) == 0;
    if (is_cve) w.member("cve", vuln);
    else w.key("ids").begin_array().begin_object().member("system_name", "vextriage").member("text", vuln).end_object().end_array();
    std::map<std::string, std::set<std::string>> status;  // CSAF status -> product ids
    for (const Finding* f : list) {
      const std::string pid = ids[product_key(*f)];
      switch (f->verdict) {
        case Verdict::kAffected:
        case Verdict::kPresumedAffected: status["known_affected"].insert(pid); break;
        case Verdict::kUnderInvestigation: status["under_investigation"].insert(pid); break;
        case Verdict::kFixed: status["fixed"].insert(pid); break;
        case Verdict::kNotAffected: status["known_not_affected"].insert(pid); break;
      }
    }
    // A product with two findings of different verdicts (two binary packages
    // of one source) keeps the more severe status only (6.1.6).
    for (const char* weaker : {"fixed", "known_not_affected", "under_investigation"})
      for (const auto& pid : status["known_affected"]) status[weaker].erase(pid);
    for (const auto& pid : status["under_investigation"]) {
      status["fixed"].erase(pid);
      status["known_not_affected"].erase(pid);
    }
    for (const auto& pid : status["fixed"]) status["known_not_affected"].erase(pid);
    // Flags: the justification of each not-affected product (6.1.27.9).
    std::set<std::string> config_off, absent;
    for (const Finding* f : list)
      if (f->verdict == Verdict::kNotAffected && status["known_not_affected"].count(ids[product_key(*f)]))
        (component_absent(*f) ? absent : config_off).insert(ids[product_key(*f)]);
    if (!absent.empty() || !config_off.empty()) {
      w.key("flags").begin_array();
      if (!absent.empty()) {
        w.begin_object().member("label", "component_not_present").key("product_ids").begin_array();
        for (const auto& p : absent) w.value(p);
        w.end_array().end_object();
      }
      if (!config_off.empty()) {
        w.begin_object().member("label", "vulnerable_code_not_present").key("product_ids").begin_array();
        for (const auto& p : config_off) w.value(p);
        w.end_array().end_object();
      }
      w.end_array();
    }
    w.key("notes").begin_array().begin_object().member("category", "description").member("title", "Triage");
    w.member("text", std::to_string(list.size()) + " findings in the estate for " + vuln + ".").end_object().end_array();
    w.key("product_status").begin_object();
    for (const auto& [name, set] : status) {
      if (set.empty()) continue;
      w.key(name).begin_array();
      for (const auto& p : set) w.value(p);
      w.end_array();
    }
    w.end_object();
    // An action statement for each affected product (6.1.27.10).
    if (!status["known_affected"].empty()) {
      w.key("remediations").begin_array();
      for (const Finding* f : list) {
        const std::string pid = ids[product_key(*f)];
        if (f->verdict != Verdict::kAffected && f->verdict != Verdict::kPresumedAffected) continue;
        if (!status["known_affected"].count(pid)) continue;
        const bool fix = !f->fixed_version.empty();
        w.begin_object().member("category", fix ? "vendor_fix" : (f->action == triage::Action::kVerify ? "mitigation" : "none_available"));
        w.member("details", std::string(triage::to_string(f->action)) + (f->action_detail.empty() ? "" : ": " + f->action_detail));
        w.key("product_ids").begin_array().value(pid).end_array().end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take() + "\n";
}

}  // namespace vt::output
