// Fuzzes every version parser and ordering on two versions split from the
// input (at the first TAB or newline), and checks the orderings' contract:
// compare(a, b) == -compare(b, a), and compare(a, a) == 0 when a is valid.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "version/apk_version.h"
#include "version/compare.h"
#include "version/deb_version.h"
#include "version/generic_version.h"
#include "version/other_versions.h"
#include "version/pypi_version.h"
#include "version/rpm_version.h"
#include "version/semver.h"
#include "version/vers_schemes.h"

namespace {

void check_order(vt::Result<int> ab, vt::Result<int> ba) {
  if (ab.ok() != ba.ok()) __builtin_trap();
  if (ab.ok() && *ab != -*ba) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vt::version;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t cut = in.find_first_of("\t\n");
  const std::string_view a = in.substr(0, cut);
  const std::string_view b = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1);

  for (Scheme s : {Scheme::kRpm, Scheme::kDeb, Scheme::kApk, Scheme::kSemver, Scheme::kGeneric}) {
    check_order(compare(s, a, b), compare(s, b, a));
    auto self = compare(s, a, a);
    if (self.ok() && *self != 0) __builtin_trap();
    (void)validate(s, a);
  }
  if (rpmvercmp(a, b) != -rpmvercmp(b, a)) __builtin_trap();
  if (deb_verrevcmp(a, b) != -deb_verrevcmp(b, a)) __builtin_trap();
  if (apk_compare(a, b) != -apk_compare(b, a)) __builtin_trap();
  (void)apk_compare_fuzzy(a, b);
  (void)apk_version_valid(a);
  (void)apk_version_match(a, b.substr(0, 3), b.size() > 3 ? b.substr(3) : b);
  (void)parse_deb_version_lenient(a);
  (void)parse_pypi_version(a);
  if (generic_compare(a, b) != -generic_compare(b, a)) __builtin_trap();
  for (std::string_view type : supported_vers_types()) {
    auto order = vers_order(type);
    if (order.ok()) check_order((*order)(a, b), (*order)(b, a));
  }
  (void)parse_scheme(a);
  return 0;
}
