// Debian version ordering (deb-version(5)): [epoch:]upstream[-revision]
// parsed with the rules of dpkg's parseversion() and compared like
// dpkg_version_compare() (`~` sorts before everything, even the end).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.h"

namespace vt::version {

// A parsed version. The views point into the string given to
// parse_deb_version, which must outlive this value.
struct DebVersion {
  uint32_t epoch = 0;
  std::string_view upstream;
  std::string_view revision;  // empty when absent
};

// How bad a rejected version is. dpkg distinguishes hard errors (empty,
// embedded blanks, bad epoch, empty revision) from "warnings" (a bad
// character, no leading digit) which `dpkg --compare-versions` still
// compares.
enum class DebSyntax { kOk, kWarning, kError };

struct DebParse {
  DebVersion version;
  DebSyntax syntax = DebSyntax::kOk;
  std::string_view problem;  // a static message when syntax != kOk
};

// Always fills `version` as far as dpkg would; check `syntax`.
DebParse parse_deb_version_lenient(std::string_view text);

// Strict: fails on errors and warnings alike.
Result<DebVersion> parse_deb_version(std::string_view text);

// Sign of dpkg's verrevcmp for one upstream or revision string.
int deb_verrevcmp(std::string_view a, std::string_view b);

int compare(const DebVersion& a, const DebVersion& b);

}  // namespace vt::version
