// Orderings of vers types beyond the native package managers: Arch Linux
// (alpm), OpenSSL, RFC 3339 timestamps (datetime) and plain byte order
// (lexicographic). Each returns -1, 0 or 1, or an error on a version its
// rules cannot read.
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

// pacman's alpm_pkg_vercmp: [epoch:]version[-pkgrel], where a missing
// pkgrel matches any ("1.1" == "1.1-1") and an alpha tail is older
// ("1.5b" < "1.5"). Total: never fails on a non-empty string.
Result<int> alpm_compare(std::string_view a, std::string_view b);

// OpenSSL release numbers: dotted numbers and an optional lowercase letter
// suffix ordered by length then letters (1.0.2z < 1.0.2za < 1.0.3).
Result<int> openssl_compare(std::string_view a, std::string_view b);

// RFC 3339 date-times compared as instants (offsets applied, fractional
// seconds compared numerically): "2024-01-01T00:00:00Z" ==
// "2023-12-31T19:00:00-05:00".
Result<int> datetime_compare(std::string_view a, std::string_view b);

// Byte order (equals code point order for UTF-8).
Result<int> lexicographic_compare(std::string_view a, std::string_view b);

}  // namespace vt::version
