// Semantic Versioning 2.0.0 (semver.org): MAJOR.MINOR.PATCH with optional
// pre-release identifiers (which lower precedence) and build metadata
// (which is ignored for precedence).
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

// A parsed version; the views point into the parsed string.
struct SemVer {
  std::string_view major, minor, patch;  // digits, no leading zero (except "0")
  std::string_view prerelease;           // without the `-`; empty when absent
  std::string_view build;                // without the `+`; empty when absent
};

// Strict SemVer 2.0 grammar: no leading `v`, no leading zeros in numeric
// identifiers, identifiers of [0-9A-Za-z-], none empty.
Result<SemVer> parse_semver(std::string_view text);

// Precedence per semver.org section 11; build metadata is ignored, so
// "1.0.0+a" and "1.0.0+b" compare equal.
int compare(const SemVer& a, const SemVer& b);

}  // namespace vt::version
