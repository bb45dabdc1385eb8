// Renders triage results for `vextriage scan`: the vextriage.findings/1 JSON
// document of CONTRACT.md, and a table for people grouped by tier.
#pragma once

#include <string>

#include "triage/triage.h"

namespace vt::output {

struct FindingsMeta {
  std::string generated;  // RFC 3339, from the caller's clock
  std::size_t artifacts = 0;
};

std::string render_findings_json(const triage::TriageResult& result, const FindingsMeta& meta);
std::string render_findings_table(const triage::TriageResult& result, const FindingsMeta& meta, bool color);

}  // namespace vt::output
