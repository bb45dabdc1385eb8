// Alpine (apk-tools) version ordering and validity:
// digit{.digit}...{letter}{_suffix{number}}...{~hash}{-r#}, with the
// token rules of apk-tools 3 (an invalid tail compares below a valid end).
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

// True when apk-tools accepts the string as a version.
bool apk_version_valid(std::string_view v);

// Sign of apk_version_compare(a, b). Total on any input, like apk-tools:
// an invalid token stops the comparison (two invalid tails compare equal).
int apk_compare(std::string_view a, std::string_view b);

// apk's fuzzy comparison: equal when b is a token-wise prefix of a (the `~`
// operator of apk-version(8)); otherwise like apk_compare.
int apk_compare_fuzzy(std::string_view a, std::string_view b);

// apk_version_match: `op` is a dependency operator such as "<", ">=", "~",
// "<~", ">~", optionally prefixed by `!` (negation). Fails on an unknown op.
Result<bool> apk_version_match(std::string_view a, std::string_view op, std::string_view b);

}  // namespace vt::version
