// Loads every statement triage reads: --vex paths (CSAF 2.0, OpenVEX,
// CycloneDX VEX, recognised by content, files or directories searched
// recursively) and --cve paths (CVE JSON 5 records). A document that cannot
// be used is listed in ClaimSet::skipped with the reason, never dropped
// silently. Of several revisions of one CSAF document the newest wins; the
// change is recorded.
#pragma once

#include <string>
#include <vector>

#include "matching/claim.h"

namespace vt::matching {

// One document given as text (any of the formats above, recognised by
// content); `path` names it in the claims and errors.
ClaimSet claims_from_text(std::string_view text, const std::string& path);

ClaimSet load_claims(const std::vector<std::string>& vex_paths, const std::vector<std::string>& cve_paths);

}  // namespace vt::matching
