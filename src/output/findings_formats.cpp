#include "output/findings_formats.h"

#include <set>

#include "core/hash.h"
#include "json/writer.h"

namespace vt::output {
namespace {

using triage::Finding;
using triage::Tier;
using triage::Verdict;

// RFC 4180: quote when needed, double the quotes.
void csv_field(std::string& out, std::string_view v) {
  const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out.append(v);
    return;
  }
  out.push_back('"');
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

bool open(Verdict v) {
  return v == Verdict::kAffected || v == Verdict::kPresumedAffected || v == Verdict::kUnderInvestigation;
}

const char* sarif_level(Tier t) {
  switch (t) {
    case Tier::kHighest:
    case Tier::kHigh: return "error";
    case Tier::kMedium: return "warning";
    default: return "note";
  }
}

std::string component_text(const Finding& f) {
  std::string t = f.component.name.empty() ? "(no component)" : f.component.name;
  if (!f.component.version.empty()) t += " " + f.component.version;
  return t;
}

}  // namespace

std::string render_findings_csv(const triage::TriageResult& result) {
  std::string out =
      "id,artifact,artifact_type,platform,vulnerability,component_kind,component,version,verdict,tier,attested,"
      "publisher,document,revision,fixed_version,action,action_detail\n";
  for (const Finding& f : result.findings) {
    const std::string platform = f.platform_id.empty() ? "" : f.platform_id + " " + f.platform_version_id;
    const std::string_view fields[] = {
        f.id, f.artifact, f.artifact_type, platform, f.vulnerability, f.component.kind, f.component.name,
        f.component.version, triage::to_string(f.verdict), triage::to_string(f.tier), f.attestation ? "yes" : "no",
        f.attestation ? std::string_view(f.attestation->publisher) : "",
        f.attestation ? std::string_view(f.attestation->document) : "",
        f.attestation ? std::string_view(f.attestation->revision) : "", f.fixed_version, triage::to_string(f.action),
        f.action_detail};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
      if (i) out.push_back(',');
      csv_field(out, fields[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string render_findings_sarif(const triage::TriageResult& result, const FindingsMeta& meta) {
  json::Writer w;
  w.begin_object().member("$schema", "https://json.schemastore.org/sarif-2.1.0.json").member("version", "2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.member("name", "vextriage").member("informationUri", "https://github.com/vextriage/vextriage");
  w.key("rules").begin_array();
  std::set<std::string> rules;
  for (const Finding& f : result.findings)
    if (open(f.verdict)) rules.insert(f.vulnerability);
  for (const auto& r : rules) {
    w.begin_object().member("id", r);
    w.key("shortDescription").begin_object().member("text", r + " (vendor VEX triage)").end_object();
    w.end_object();
  }
  w.end_array().end_object().end_object();
  w.key("invocations").begin_array().begin_object().member("executionSuccessful", true);
  w.member("endTimeUtc", meta.generated).end_object().end_array();
  w.key("results").begin_array();
  for (const Finding& f : result.findings) {
    if (!open(f.verdict)) continue;
    w.begin_object().member("ruleId", f.vulnerability).member("level", sarif_level(f.tier));
    std::string text = component_text(f) + " in " + f.artifact + " is " + triage::to_string(f.verdict) + " (tier " +
                       triage::to_string(f.tier) + ")";
    if (!f.fixed_version.empty()) text += ", fixed in " + f.fixed_version;
    text += ": " + std::string(triage::to_string(f.action));
    if (!f.action_detail.empty()) text += " — " + f.action_detail;
    w.key("message").begin_object().member("text", text).end_object();
    // The artifact, and inside it where the component was found.
    std::string where;
    for (const auto& e : f.evidence)
      if ((e.kind == "package_db" || e.kind == "file" || e.kind == "kernel_release") && !e.source.empty()) {
        where = e.source;
        break;
      }
    w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().member("uri", f.artifact + (where.empty() || where[0] != '/' ? "" : where));
    w.end_object().end_object();
    w.key("logicalLocations").begin_array().begin_object().member("name", f.artifact).member("kind", "module");
    w.end_object().end_array();
    w.end_object().end_array();
    w.key("partialFingerprints").begin_object().member("vextriageFindingId/v1", f.id).end_object();
    w.key("properties").begin_object().member("tier", triage::to_string(f.tier));
    w.member("verdict", triage::to_string(f.verdict)).member("attested", f.attestation != nullptr);
    if (!f.fixed_version.empty()) w.member("fixed_version", f.fixed_version);
    w.end_object();
    w.end_object();
  }
  w.end_array().end_object().end_array().end_object();
  return w.take() + "\n";
}

std::string render_findings_openvex(const triage::TriageResult& result, const FindingsMeta& meta) {
  json::Writer w;
  std::string ids;
  for (const Finding& f : result.findings) ids += f.id;
  w.begin_object().member("@context", "https://openvex.dev/ns/v0.2.0");
  w.member("@id", "https://openvex.dev/docs/vextriage-" + hex_digest(HashAlgorithm::kSha256, ids).substr(0, 32));
  w.member("author", "vextriage").member("timestamp", meta.generated).member("version", 1);
  w.key("statements").begin_array();
  for (const Finding& f : result.findings) {
    if (f.component.kind == "none" && f.verdict != Verdict::kNotAffected) continue;  // nothing to name
    w.begin_object();
    w.key("vulnerability").begin_object().member("name", f.vulnerability).end_object();
    w.key("products").begin_array().begin_object();
    // The artifact is the product; the component found in it the subcomponent.
    w.member("@id", "urn:vextriage:artifact:" + f.artifact);
    if (!f.component.name.empty()) {
      w.key("subcomponents").begin_array().begin_object();
      w.member("@id", !f.component.purl.empty() ? f.component.purl
                                                 : "urn:vextriage:" + f.component.kind + ":" + f.component.name +
                                                       (f.component.version.empty() ? "" : "@" + f.component.version));
      w.end_object().end_array();
    }
    w.end_object().end_array();
    switch (f.verdict) {
      case Verdict::kAffected:
      case Verdict::kPresumedAffected:
        w.member("status", "affected");
        w.member("action_statement", f.action_detail.empty() ? std::string(triage::to_string(f.action)) : f.action_detail);
        if (f.verdict == Verdict::kPresumedAffected)
          w.member("status_notes", "presumed: presence or version could not be verified (vextriage policy: unpatched counts as vulnerable)");
        break;
      case Verdict::kUnderInvestigation: w.member("status", "under_investigation"); break;
      case Verdict::kFixed: w.member("status", "fixed"); break;
      case Verdict::kNotAffected: {
        w.member("status", "not_affected");
        bool config_off = false;
        for (const auto& e : f.evidence) config_off |= e.kind == "kernel_config";
        w.member("justification", config_off ? "vulnerable_code_not_present" : "component_not_present");
        break;
      }
    }
    w.end_object();
  }
  w.end_array().end_object();
  return w.take() + "\n";
}

}  // namespace vt::output
