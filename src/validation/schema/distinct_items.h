// Internal: a quick proof that the items of an array are pairwise distinct
// as uniqueItems compares them (canonical JSON: members in any order,
// numbers by value), without building their canonical texts.
#pragma once

#include <simdjson.h>

namespace vt::validation::schema {

// True only when no two items of `array` (an array value) are equal.
// False when two items look alike: equal, or alike in what is compared
// here (their members' values are not descended into); the caller then
// compares exactly.
bool proven_distinct(const simdjson::dom::element& array);

}  // namespace vt::validation::schema
