// A self-contained HTML report of a scan: counts, a tier x artifact chart
// (stacked bars drawn with CSS, no script, no external resource), and every
// finding grouped by tier with its evidence behind a <details>.
#include <map>

#include "output/findings_formats.h"

namespace vt::output {
namespace {

using triage::Finding;
using triage::Tier;

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

constexpr Tier kTiers[] = {Tier::kHighest, Tier::kHigh, Tier::kMedium, Tier::kLow};
const char* colour(Tier t) {
  switch (t) {
    case Tier::kHighest:
      return "#b3001b";
    case Tier::kHigh:
      return "#e4572e";
    case Tier::kMedium:
      return "#f3a712";
    case Tier::kLow:
      return "#4f86c6";
    default:
      return "#8a8a8a";
  }
}

}  // namespace

std::string render_findings_html(const triage::TriageResult& result, const FindingsMeta& meta) {
  std::map<std::string, std::map<Tier, int>> per_artifact;
  std::map<Tier, int> totals;
  int max_open = 1;
  for (const Finding& f : result.findings) {
    if (f.tier == Tier::kNone) continue;
    ++per_artifact[f.artifact][f.tier];
    ++totals[f.tier];
  }
  for (const auto& [a, tiers] : per_artifact) {
    int n = 0;
    for (const auto& [t, c] : tiers) n += c;
    max_open = std::max(max_open, n);
  }
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>vextriage "
       "report</title>\n<style>\n";
  h += "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}h1{font-size:1.4em}"
       "table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border-bottom:1px solid "
       "#ddd;padding:4px 6px;"
       "text-align:left;vertical-align:top}th{background:#f4f4f4}.bar{display:flex;height:14px;min-"
       "width:2px}"
       ".bar span{display:block;height:100%}.chip{display:inline-block;padding:0 "
       "6px;border-radius:8px;color:#fff}"
       "details summary{cursor:pointer;color:#555}.muted{color:#777}\n</style></head><body>\n";
  h += "<h1>vextriage report</h1>\n<p class=\"muted\">generated " + escape(meta.generated) + ", " +
       std::to_string(meta.artifacts) + " artifacts, " + std::to_string(result.findings.size()) +
       " findings</p>\n";
  h += "<p>";
  for (Tier t : kTiers)
    h += "<span class=\"chip\" style=\"background:" + std::string(colour(t)) + "\">" +
         triage::to_string(t) + ": " + std::to_string(totals[t]) + "</span> ";
  h += "</p>\n<h2>Open findings by artifact and tier</h2>\n<table><tr><th>artifact</th><th "
       "style=\"width:60%\"></th>";
  for (Tier t : kTiers) h += "<th>" + std::string(triage::to_string(t)) + "</th>";
  h += "</tr>\n";
  for (const auto& [artifact, tiers] : per_artifact) {
    h += "<tr><td>" + escape(artifact) + "</td><td><div class=\"bar\">";
    for (Tier t : kTiers) {
      auto it = tiers.find(t);
      if (it == tiers.end()) continue;
      h += "<span title=\"" + std::string(triage::to_string(t)) + ": " +
           std::to_string(it->second) +
           "\" style=\"width:" + std::to_string(100.0 * it->second / max_open) +
           "%;background:" + colour(t) + "\"></span>";
    }
    h += "</div></td>";
    for (Tier t : kTiers) {
      auto it = tiers.find(t);
      h += "<td>" + std::to_string(it == tiers.end() ? 0 : it->second) + "</td>";
    }
    h += "</tr>\n";
  }
  h += "</table>\n";
  for (Tier t : {Tier::kHighest, Tier::kHigh, Tier::kMedium, Tier::kLow, Tier::kNone}) {
    std::vector<const Finding*> rows;
    for (const Finding& f : result.findings)
      if (f.tier == t) rows.push_back(&f);
    if (rows.empty()) continue;
    h += "<h2>Tier " + std::string(triage::to_string(t)) + " (" + std::to_string(rows.size()) +
         ")</h2>\n<table><tr>"
         "<th>artifact</th><th>vulnerability</th><th>component</th><th>verdict</th><th>fixed</"
         "th><th>action</th></tr>\n";
    for (const Finding* f : rows) {
      h +=
          "<tr><td>" + escape(f->artifact) + "</td><td>" + escape(f->vulnerability) + "</td><td>" +
          escape(f->component.name.empty() ? "-" : f->component.name + " " + f->component.version) +
          "</td><td>" + triage::to_string(f->verdict) +
          (f->attestation ? " <span class=\"muted\">(attested)</span>" : "") +
          (f->suppressed
               ? "<br><span class=\"muted\">suppressed: " + escape(*f->suppressed) + "</span>"
               : "") +
          "</td><td>" + escape(f->fixed_version.empty() ? "-" : f->fixed_version) + "</td><td>" +
          triage::to_string(f->action) + "<details><summary>why</summary><ul>";
      if (!f->action_detail.empty()) h += "<li>" + escape(f->action_detail) + "</li>";
      for (const auto& e : f->evidence)
        h += "<li><b>" + escape(e.kind) + "</b>: " + escape(e.detail) +
             (e.source.empty() ? "" : " <span class=\"muted\">(" + escape(e.source) + ")</span>") +
             "</li>";
      h += "</ul></details></td></tr>\n";
    }
    h += "</table>\n";
  }
  for (const auto& n : result.notes) h += "<p class=\"muted\">note: " + escape(n) + "</p>\n";
  h += "</body></html>\n";
  return h;
}

}  // namespace vt::output
