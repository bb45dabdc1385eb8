// The fallback ordering for versions of no known scheme ("generic"). It is
// total on any string and matches intuition on common shapes:
// "1.10" > "1.9", "1.0.0" == "1.0", "1.0-rc1" < "1.0" < "1.0.1", "v2" == "2".
#pragma once

#include <string_view>

namespace vt::version {

// Rules:
// 1. A leading `v` or `V` directly before a digit is ignored.
// 2. The string is split into runs of ASCII digits and runs of ASCII
//    letters; every other byte only separates runs ("1.0-1" == "1.0.1").
// 3. Runs compare pairwise: numbers numerically (any length), letters
//    case-insensitively by byte, and a number is newer than letters.
// 4. A missing run counts as the number 0: trailing zeros make no
//    difference ("1.0.0" == "1.0") and a letter tail marks a pre-release
//    ("1.0rc1" < "1.0", "1.0a" < "1.0").
// Equal under these rules means 0; the order is a strict weak ordering.
int generic_compare(std::string_view a, std::string_view b);

}  // namespace vt::version
