// VEX out: the estate's findings as CycloneDX 1.6 VEX and as a CSAF 2.0
// csaf_vex document, so downstream tools (Dependency-Track, other
// validators) can consume what triage decided. Both are checked in tests:
// CycloneDX against its official schema, CSAF with our own validator.
#pragma once

#include <string>

#include "output/findings_output.h"

namespace vt::output {

std::string render_findings_cyclonedx_vex(const triage::TriageResult& result, const FindingsMeta& meta);
std::string render_findings_csaf_vex(const triage::TriageResult& result, const FindingsMeta& meta);

}  // namespace vt::output
