// Orderings of language-ecosystem vers types: Gentoo (PMS 3.3), NuGet
// (NuGetVersion: up to four numbers, case-insensitive pre-release labels)
// and Conan 2 (dotted items, pre-release after `-`, build after `+`).
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

// Gentoo package versions: 1.2.3[a-z][_alpha|_beta|_pre|_rc|_p[N]]...[-rN].
// Fails on a version outside that grammar.
Result<int> gentoo_compare(std::string_view a, std::string_view b);

// NuGet: "1.0" == "1.0.0.0", leading zeros ignored, labels compared
// case-insensitively, build metadata ignored.
Result<int> nuget_compare(std::string_view a, std::string_view b);

// Conan 2's Version: items are numbers when they parse as numbers, else
// strings (a number against a string compares as text); trailing zero
// items are ignored; a pre-release (after the last `-`) is older; the build
// (after the last `+`) orders versions that are otherwise equal.
Result<int> conan_compare(std::string_view a, std::string_view b);

}  // namespace vt::version
