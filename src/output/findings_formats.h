// More renderings of triage results: CSV for spreadsheets, SARIF 2.1.0 for
// code-scanning dashboards, OpenVEX 0.2 describing the estate (the open
// findings as statements a downstream tool can consume).
#pragma once

#include <string>

#include "output/findings_output.h"

namespace vt::output {

std::string render_findings_csv(const triage::TriageResult& result);
std::string render_findings_sarif(const triage::TriageResult& result, const FindingsMeta& meta);
// A self-contained HTML page (no script, no external resource).
std::string render_findings_html(const triage::TriageResult& result, const FindingsMeta& meta);
std::string render_findings_openvex(const triage::TriageResult& result, const FindingsMeta& meta);

}  // namespace vt::output
