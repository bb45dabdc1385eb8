// vers from native ranges: turns an ecosystem's own range syntax (npm's
// "^1.2 || >=3", conan's "~2.5", PEP 440 ">=1.0,<2", gem's "~> 2.0",
// NuGet's "[1.0,2.0)", nginx's "1.5.0+, 1.4.1+", openssl's version lists)
// into a canonical "vers:<type>/..." string.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::version {

// The canonical vers string for `native` in the range syntax of `scheme`
// (npm, conan, pypi, gem, nuget, nginx, openssl). Constraints come out
// sorted by the type's order as normalize_vers() sorts them; they are not
// merged or validated (the vers-spec suite keeps "<4.0.0|<4.0.0"). Errors
// are kInvalidInput naming the input and the offset, or kUnsupported for
// a scheme or an operator without a vers equivalent (PEP 440 "===").
Result<std::string> vers_from_native(std::string_view scheme, std::string_view native);

}  // namespace vt::version
