// RPM version ordering: rpmvercmp() segment comparison (with `~` sorting
// before and `^` after the base version) and [epoch:]version[-release]
// parsing and comparison with the semantics of librpm's rpmverParse/rpmverCmp.
#pragma once

#include <string_view>

#include "core/result.h"

namespace vt::version {

// Sign (-1, 0, 1) of rpmvercmp(a, b) for one version or release string.
// Characters other than ASCII letters, digits, `~` and `^` separate
// segments; digit runs compare numerically (any length), letter runs by
// byte, a digit run is newer than a letter run.
int rpmvercmp(std::string_view a, std::string_view b);

// A parsed EVR. The views point into the string given to parse_rpm_version,
// which must outlive this value (so a hot loop parses once, allocates never).
struct RpmVersion {
  std::string_view epoch;    // digits; empty when absent (compares as "0")
  std::string_view version;  // never empty for a valid EVR
  std::string_view release;  // empty when absent
  bool has_epoch = false;
  bool has_release = false;
};

// Splits [epoch:]version[-release] like rpm: the epoch is a leading run of
// digits followed by `:`, the release follows the last `-`. Fails on an
// empty string, an empty version or a NUL byte. Epochs compare like
// rpmverCmp does, as digit strings, so any length is accepted.
Result<RpmVersion> parse_rpm_version(std::string_view evr);

// rpmverCmp (librpm 4.18): epoch (absent = 0), then version, then release,
// where a version without release is older than any with one ("1.0" <
// "1.0-1"). Dependency matching's "missing release matches any" is not this.
int compare(const RpmVersion& a, const RpmVersion& b);

}  // namespace vt::version
