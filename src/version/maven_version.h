// Maven version ordering (ComparableVersion): dot/hyphen separated items,
// digit/letter transitions as separators, well-known qualifiers
// (alpha < beta < milestone < rc < snapshot < "" < sp), unknown qualifiers
// after them in lexical order, trailing "null" items (0, "", ga, final)
// ignored.
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

// Total on any non-empty string, like Maven (case-insensitive).
Result<int> maven_compare(std::string_view a, std::string_view b);

}  // namespace vt::version
