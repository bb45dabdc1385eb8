// Unit tests of the compare entry point, semver and the generic fallback
// (the native schemes have data-driven suites in version_conformance_test).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "version/compare.h"
#include "version/generic_version.h"
#include "version/semver.h"

namespace vt::version {
namespace {

int cmp(std::string_view scheme, std::string_view a, std::string_view b) {
  auto r = compare(scheme, a, b);
  EXPECT_TRUE(r.ok()) << scheme << " " << a << " " << b << ": " << (r.ok() ? "" : r.error().to_string());
  return r.ok() ? *r : 99;
}

// Every element is older than the next, and the order is antisymmetric.
void expect_ascending(std::string_view scheme, const std::vector<std::string>& v) {
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    EXPECT_EQ(cmp(scheme, v[i], v[i + 1]), -1) << v[i] << " < " << v[i + 1];
    EXPECT_EQ(cmp(scheme, v[i + 1], v[i]), 1) << v[i + 1] << " > " << v[i];
    EXPECT_EQ(cmp(scheme, v[i], v[i]), 0) << v[i];
  }
}

TEST(Compare, SchemeNamesAndAliases) {
  EXPECT_EQ(*parse_scheme("rpm"), Scheme::kRpm);
  EXPECT_EQ(*parse_scheme("dpkg"), Scheme::kDeb);
  EXPECT_EQ(*parse_scheme("Debian"), Scheme::kDeb);
  EXPECT_EQ(*parse_scheme("alpine"), Scheme::kApk);
  EXPECT_EQ(*parse_scheme("npm"), Scheme::kSemver);
  EXPECT_EQ(*parse_scheme("GENERIC"), Scheme::kGeneric);
  auto bad = parse_scheme("maven2");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(bad.error().message.find("maven2"), std::string::npos);
  auto r = compare("nope", "1", "2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
}

TEST(Compare, InvalidVersionsAreErrorsNamingTheVersion) {
  for (auto [scheme, v] : std::vector<std::pair<std::string, std::string>>{
           {"rpm", ""}, {"rpm", "1:"}, {"deb", ""}, {"deb", "1.0 2"}, {"deb", "a:1"},
           {"apk", "1.0bc"}, {"apk", ""}, {"semver", "1.0"}, {"semver", "01.0.0"}, {"semver", "1.0.0-"}}) {
    auto r = compare(scheme, v, "1.0.0");
    EXPECT_FALSE(r.ok()) << scheme << " '" << v << "'";
    if (!r.ok() && !v.empty()) {
      EXPECT_NE(r.error().message.find(v), std::string::npos) << r.error().message;
    }
    EXPECT_FALSE(validate(*parse_scheme(scheme), v).ok()) << scheme << " '" << v << "'";
  }
  // dpkg compares versions with syntax warnings, as dpkg --compare-versions does.
  EXPECT_EQ(cmp("deb", "a1", "b1"), -1);
}

TEST(Compare, RpmEvr) {
  expect_ascending("rpm", {"1.0~rc1-1", "1.0-1", "1.0-2", "1.0^git1-1", "1.0.1-1", "1:0.1-1"});
  EXPECT_EQ(cmp("rpm", "0:1.0-1", "1.0-1"), 0);
  EXPECT_EQ(cmp("rpm", "1.0", "1.0-1"), -1);  // rpmverCmp: no release is older
}

TEST(Compare, SemverPrecedenceFromTheSpec) {
  expect_ascending("semver", {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                              "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "10.0.0"});
  EXPECT_EQ(cmp("semver", "1.0.0+build.1", "1.0.0+build.2"), 0);
  EXPECT_EQ(cmp("semver", "1.0.0-alpha+x", "1.0.0-alpha"), 0);
  EXPECT_EQ(cmp("semver", "99999999999999999999.0.0", "99999999999999999998.0.0"), 1);
  auto v = parse_semver("1.2.3-rc.1+sha.abc");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->major, "1");
  EXPECT_EQ(v->prerelease, "rc.1");
  EXPECT_EQ(v->build, "sha.abc");
  EXPECT_FALSE(parse_semver("1.2.3-01").ok());
  EXPECT_FALSE(parse_semver("v1.2.3").ok());
  EXPECT_FALSE(parse_semver("1.2.3+").ok());
  EXPECT_TRUE(parse_semver("1.2.3-0a").ok());
}

TEST(Compare, GenericFallback) {
  expect_ascending("generic", {"0.9", "1.0-rc1", "1.0", "1.0.1", "1.2", "1.10", "2"});
  EXPECT_EQ(generic_compare("1.0.0", "1.0"), 0);
  EXPECT_EQ(generic_compare("v1.2", "1.2"), 0);
  EXPECT_EQ(generic_compare("1.0-1", "1.0.1"), 0);
  EXPECT_EQ(generic_compare("1.0A", "1.0a"), 0);
  EXPECT_EQ(generic_compare("1.0a", "1.0"), -1);
  EXPECT_EQ(generic_compare("", ""), 0);
  EXPECT_EQ(generic_compare("", "0"), 0);
  EXPECT_EQ(generic_compare("", "a"), 1);
  EXPECT_EQ(generic_compare("123456789012345678901234567890", "123456789012345678901234567889"), 1);
}

}  // namespace
}  // namespace vt::version
