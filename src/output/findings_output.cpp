#include "output/findings_output.h"

#include <algorithm>
#include <map>

#include "json/writer.h"

namespace vt::output {
namespace {

using triage::Finding;
using triage::Tier;
using triage::Verdict;

void write_finding(json::Writer& w, const Finding& f) {
  w.begin_object();
  w.member("id", f.id).member("artifact", f.artifact).member("artifact_type", f.artifact_type);
  w.key("platform");
  if (f.platform_id.empty()) {
    w.null();
  } else {
    w.begin_object().member("id", f.platform_id).member("version_id", f.platform_version_id).end_object();
  }
  w.member("vulnerability", f.vulnerability);
  w.key("component").begin_object().member("kind", f.component.kind).member("name", f.component.name);
  w.key("version");
  f.component.version.empty() ? w.null() : w.value(f.component.version);
  w.key("purl");
  f.component.purl.empty() ? w.null() : w.value(f.component.purl);
  w.end_object();
  w.member("verdict", triage::to_string(f.verdict)).member("tier", triage::to_string(f.tier));
  w.member("attested", f.attestation != nullptr);
  w.key("attestation");
  if (f.attestation) {
    const auto& a = *f.attestation;
    w.begin_object().member("publisher", a.publisher).member("document", a.document).member("revision", a.revision);
    w.member("product", a.product).member("status", a.status).end_object();
  } else {
    w.null();
  }
  w.key("fixed_version");
  f.fixed_version.empty() ? w.null() : w.value(f.fixed_version);
  w.key("remediation").begin_object().member("action", triage::to_string(f.action)).member("detail", f.action_detail);
  w.end_object();
  w.key("evidence").begin_array();
  for (const auto& e : f.evidence)
    w.begin_object().member("kind", e.kind).member("detail", e.detail).member("source", e.source).end_object();
  w.end_array();
  if (!f.labels.empty()) {
    w.key("labels").begin_object();
    for (const auto& [k, v] : f.labels) w.member(k, v);
    w.end_object();
  }
  if (f.suppressed) w.member("suppressed", *f.suppressed);
  w.end_object();
}

constexpr Verdict kVerdicts[] = {Verdict::kAffected, Verdict::kPresumedAffected, Verdict::kUnderInvestigation,
                                 Verdict::kFixed, Verdict::kNotAffected};
constexpr Tier kTiers[] = {Tier::kHighest, Tier::kHigh, Tier::kMedium, Tier::kLow, Tier::kNone};

}  // namespace

std::string render_findings_json(const triage::TriageResult& result, const FindingsMeta& meta) {
  json::Writer w;
  w.begin_object().member("schema", "vextriage.findings/1").member("generated", meta.generated);
  w.key("findings").begin_array();
  for (const Finding& f : result.findings) write_finding(w, f);
  w.end_array();
  w.key("summary").begin_object();
  w.member("artifacts", static_cast<std::uint64_t>(meta.artifacts));
  w.member("findings", static_cast<std::uint64_t>(result.findings.size()));
  w.key("by_verdict").begin_object();
  for (Verdict v : kVerdicts) {
    auto n = std::count_if(result.findings.begin(), result.findings.end(), [v](const Finding& f) { return f.verdict == v; });
    w.member(triage::to_string(v), static_cast<std::uint64_t>(n));
  }
  w.end_object();
  w.key("by_tier").begin_object();
  for (Tier t : kTiers) {
    auto n = std::count_if(result.findings.begin(), result.findings.end(), [t](const Finding& f) { return f.tier == t; });
    w.member(triage::to_string(t), static_cast<std::uint64_t>(n));
  }
  w.end_object();
  w.end_object();
  w.key("notes").begin_array();
  for (const auto& n : result.notes) w.value(n);
  w.end_array();
  w.key("skipped_documents").begin_array();
  for (const auto& s : result.skipped) w.begin_object().member("path", s.path).member("reason", s.reason).end_object();
  w.end_array();
  w.end_object();
  std::string out = w.take();
  out.push_back('\n');
  return out;
}

std::string render_findings_table(const triage::TriageResult& result, const FindingsMeta& meta, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* reset = color ? "\033[0m" : "";
  auto tier_colour = [color](Tier t) -> const char* {
    if (!color) return "";
    switch (t) {
      case Tier::kHighest: return "\033[1;31m";
      case Tier::kHigh: return "\033[31m";
      case Tier::kMedium: return "\033[33m";
      case Tier::kLow: return "\033[36m";
      case Tier::kNone: return "\033[32m";
    }
    return "";
  };
  std::string out;
  for (Tier t : kTiers) {
    std::vector<const Finding*> rows;
    for (const Finding& f : result.findings)
      if (f.tier == t) rows.push_back(&f);
    if (rows.empty()) continue;
    out += std::string(tier_colour(t)) + bold + "tier " + triage::to_string(t) + reset + " (" +
           std::to_string(rows.size()) + ")\n";
    // Column widths from the content, so long names stay aligned.
    std::size_t wa = 8, wv = 13, wc = 9, wd = 7, wf = 5;
    for (const Finding* f : rows) {
      wa = std::max(wa, f->artifact.size());
      wv = std::max(wv, f->vulnerability.size());
      wc = std::max(wc, f->component.name.size() + 1 + f->component.version.size());
      wd = std::max(wd, std::string(triage::to_string(f->verdict)).size());
      wf = std::max(wf, f->fixed_version.size());
    }
    auto pad = [](std::string s, std::size_t n) {
      if (s.size() < n) s.append(n - s.size(), ' ');
      return s;
    };
    out += "  " + pad("ARTIFACT", wa) + "  " + pad("VULNERABILITY", wv) + "  " + pad("COMPONENT", wc) + "  " +
           pad("VERDICT", wd) + "  " + pad("FIXED", wf) + "  ACTION\n";
    for (const Finding* f : rows) {
      std::string comp = f->component.name.empty() ? "-" : f->component.name;
      if (!f->component.version.empty()) comp += " " + f->component.version;
      out += "  " + pad(f->artifact, wa) + "  " + pad(f->vulnerability, wv) + "  " + pad(comp, wc) + "  " +
             pad(triage::to_string(f->verdict), wd) + "  " + pad(f->fixed_version.empty() ? "-" : f->fixed_version, wf) +
             "  " + triage::to_string(f->action) + (f->attestation ? "  [attested]" : "") +
             (f->suppressed ? "  [suppressed: " + *f->suppressed + "]" : "") + "\n";
    }
    out += "\n";
  }
  std::map<std::string, std::size_t> by_verdict;
  for (const Finding& f : result.findings) ++by_verdict[triage::to_string(f.verdict)];
  out += std::string(bold) + std::to_string(meta.artifacts) + " artifacts, " + std::to_string(result.findings.size()) +
         " findings" + reset;
  for (const auto& [v, n] : by_verdict) out += ", " + std::to_string(n) + " " + v;
  out += "\n";
  for (const auto& n : result.notes) out += "note: " + n + "\n";
  return out;
}

}  // namespace vt::output
