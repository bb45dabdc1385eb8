// One entry point to order two versions of a named scheme (rpm, deb, apk,
// semver, generic), as used by `vextriage version compare` and by the
// matchers. The per-scheme headers offer typed, parse-once APIs for loops.
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

enum class Scheme { kRpm, kDeb, kApk, kSemver, kGeneric };

// Accepts the canonical names and common aliases: rpm (redhat, fedora,
// centos, rhel, suse, mariner, azurelinux), deb (dpkg, debian, ubuntu),
// apk (alpine, alpm is NOT an alias), semver (npm, cargo), generic.
// Case-insensitive. Unknown names fail with kUnsupported.
Result<Scheme> parse_scheme(std::string_view name);

const char* to_string(Scheme scheme);

// Checks that `v` is a valid version of the scheme (the rules compare uses).
Status validate(Scheme scheme, std::string_view v);

// -1, 0 or 1 as a is older than, equal to or newer than b. Fails with
// kInvalidInput when either version is invalid for the scheme: rpm needs a
// non-empty version part; deb accepts what `dpkg --compare-versions` does
// (syntax warnings are compared, errors are not); apk needs a valid apk
// version; semver is strict SemVer 2.0; generic accepts anything.
Result<int> compare(Scheme scheme, std::string_view a, std::string_view b);
Result<int> compare(std::string_view scheme, std::string_view a, std::string_view b);

}  // namespace vt::version
