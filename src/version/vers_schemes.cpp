#include "version/vers_schemes.h"

#include <string>

#include "version/compare.h"
#include "version/ecosystem_versions.h"
#include "version/maven_version.h"
#include "version/other_versions.h"
#include "version/pypi_version.h"
#include "version/semver.h"

namespace vt::version {
namespace {

Result<int> rpm_order(std::string_view a, std::string_view b) { return compare(Scheme::kRpm, a, b); }
Result<int> deb_order(std::string_view a, std::string_view b) { return compare(Scheme::kDeb, a, b); }
Result<int> apk_order(std::string_view a, std::string_view b) { return compare(Scheme::kApk, a, b); }
Result<int> semver_order(std::string_view a, std::string_view b) { return compare(Scheme::kSemver, a, b); }
Result<int> generic_order(std::string_view a, std::string_view b) { return compare(Scheme::kGeneric, a, b); }

// node-semver accepts a leading `v` or `=` ("v1.2.3"); the rest is SemVer 2.0.
std::string_view strip_npm_prefix(std::string_view v) {
  while (!v.empty() && (v[0] == '=' || v[0] == 'v')) v.remove_prefix(1);
  return v;
}
Result<int> npm_order(std::string_view a, std::string_view b) {
  return compare(Scheme::kSemver, strip_npm_prefix(a), strip_npm_prefix(b));
}

struct Entry {
  std::string_view type;
  VersionOrder order;
};

const Entry kTypes[] = {
    {"rpm", rpm_order},
    {"deb", deb_order},
    {"apk", apk_order},
    {"alpine", apk_order},
    {"semver", semver_order},
    {"npm", npm_order},
    {"cargo", semver_order},
    {"generic", generic_order},
    {"alpm", alpm_compare},
    {"openssl", openssl_compare},
    {"pypi", pypi_compare},
    {"datetime", datetime_compare},
    {"lexicographic", lexicographic_compare},
    {"gentoo", gentoo_compare},
    {"ebuild", gentoo_compare},
    {"nuget", nuget_compare},
    {"conan", conan_compare},
    {"maven", maven_compare},
};

}  // namespace

Result<VersionOrder> vers_order(std::string_view type) {
  for (const Entry& e : kTypes)
    if (e.type == type) return e.order;
  std::string names;
  for (const Entry& e : kTypes) names += (names.empty() ? "" : ", ") + std::string(e.type);
  return make_error(ErrorCode::kUnsupported,
                    "vers type '" + std::string(type) + "' has no version ordering here; supported: " + names);
}

const std::vector<std::string_view>& supported_vers_types() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const Entry& e : kTypes) v.push_back(e.type);
    return v;
  }();
  return names;
}

}  // namespace vt::version
