// Version orderings by vers type: which types vers ranges can compare, and
// how. Native ones (rpm, deb, apk, semver, generic) come from compare.h;
// the others (pypi, maven, nuget, ...) have files of their own.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::version {

// -1, 0 or 1; fails on a version the type's rules reject.
using VersionOrder = Result<int> (*)(std::string_view a, std::string_view b);

// The ordering of a vers type (lowercase name or alias such as "alpine"
// for apk), or kUnsupported naming the types we do support.
Result<VersionOrder> vers_order(std::string_view type);

// Names of the supported vers types, for messages and tests.
const std::vector<std::string_view>& supported_vers_types();

}  // namespace vt::version
