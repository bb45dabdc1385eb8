// vers: version range specifiers ("vers:npm/>=1.0.0|<2.0.0", package-url
// vers-spec). Strict canonical parsing, normalisation of non-canonical
// input, validation of the constraint rules and version containment with
// the ordering of the range's type (see vers_schemes.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::version {

enum class Comparator { kEqual, kNotEqual, kLess, kLessEqual, kGreater, kGreaterEqual, kAny };

// "=", "!=", "<", "<=", ">", ">=", "*".
const char* to_string(Comparator c);

struct VersConstraint {
  Comparator comparator = Comparator::kEqual;
  std::string version;  // percent-decoded; empty for kAny
  bool operator==(const VersConstraint&) const = default;
};

struct VersRange {
  std::string type;  // lowercase, e.g. "npm", "deb"
  std::vector<VersConstraint> constraints;  // `*` is one kAny constraint
};

// Parses a VERS that must already be canonical: no whitespace, lowercase
// scheme and type, no empty constraint, canonical percent-encoding
// (uppercase hex, exactly the characters `<>=!*|%` encoded), and the
// constraint rules of validate_vers(). Errors say what is non-canonical.
// A type without a known ordering fails with kUnsupported.
Result<VersRange> parse_vers(std::string_view text);

// Accepts non-canonical but unambiguous input (any case of scheme and
// type, unsorted constraints) and returns the range with constraints sorted
// by version (stable). Syntax and percent-encoding errors still fail; the
// comparator-sequence and duplicate rules are not applied (the vers test
// suite's "validate" cases keep such ranges as they are).
Result<VersRange> normalize_vers(std::string_view text);

// The spec's validity rules on a parsed range: `*` alone, versions sorted
// and unique by the type's order (which rejects versions it cannot order), `=` followed only by `=`, `>`, `>=` (ignoring
// `!=`), and `<`/`<=` alternating with `>`/`>=` (ignoring `=` and `!=`).
Status validate_vers(const VersRange& range);

// The canonical text: "vers:" type "/" constraints joined by "|", with
// `<>=!*|%` and any byte outside printable ASCII percent-encoded.
std::string to_string(const VersRange& range);

// Whether `version` lies in the range (the spec's containment procedure);
// works on sorted ranges, as parse_vers and normalize_vers return.
// Fails when the version is invalid for the type.
Result<bool> contains(const VersRange& range, std::string_view version);

}  // namespace vt::version
