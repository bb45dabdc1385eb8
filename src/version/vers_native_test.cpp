// vers_from_native beyond the vers-spec suite: the rules the suite does not
// reach (x-ranges with operators, caret on zeros, PEP 440 "~=" and ".*",
// NuGet intervals, nginx mainline) and the errors.
#include "version/vers_native.h"

#include <gtest/gtest.h>

#include <string>

namespace vt::version {
namespace {

std::string conv(std::string_view scheme, std::string_view native) {
  auto r = vers_from_native(scheme, native);
  return r.ok() ? *r : "error: " + r.error().message;
}

TEST(VersNative, NpmRanges) {
  EXPECT_EQ(conv("npm", "^0.0.3"), "vers:npm/>=0.0.3|<0.0.4");
  EXPECT_EQ(conv("npm", "^0.0"), "vers:npm/>=0.0.0|<0.1.0");
  EXPECT_EQ(conv("npm", "^0"), "vers:npm/>=0.0.0|<1.0.0");
  EXPECT_EQ(conv("npm", "^1.x"), "vers:npm/>=1.0.0|<2.0.0");
  EXPECT_EQ(conv("npm", "~1"), "vers:npm/>=1.0.0|<2.0.0");
  EXPECT_EQ(conv("npm", "~>1.2.3"), "vers:npm/>=1.2.3|<1.3.0");
  EXPECT_EQ(conv("npm", "1.2.3 - 2.3"), "vers:npm/>=1.2.3|<2.4.0");
  EXPECT_EQ(conv("npm", "1.x - 2"), "vers:npm/>=1.0.0|<3.0.0");
  EXPECT_EQ(conv("npm", ">1.2.x"), "vers:npm/>=1.3.0");
  EXPECT_EQ(conv("npm", "<=1.2.x"), "vers:npm/<1.3.0");
  EXPECT_EQ(conv("npm", "<1.x"), "vers:npm/<1.0.0");
  EXPECT_EQ(conv("npm", "1.9.9 || *"), "vers:npm/*");
  EXPECT_EQ(conv("npm", ""), "vers:npm/*");
  EXPECT_EQ(conv("npm", "x >=1.0.0"), "vers:npm/>=1.0.0");
  EXPECT_EQ(conv("npm", "^9.9.9"), "vers:npm/>=9.9.9|<10.0.0");
  EXPECT_EQ(conv("npm", "=v1.0.0"), "vers:npm/1.0.0");
}

TEST(VersNative, NpmErrorsNameTheInputAndOffset) {
  auto r = vers_from_native("npm", ">=1.0.0 <2.a");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(r.error().message.find("'>=1.0.0 <2.a' at offset 9"), std::string::npos)
      << r.error().message;
  EXPECT_FALSE(vers_from_native("npm", "1.2.3.4").ok());
  EXPECT_FALSE(vers_from_native("npm", "1.2-beta").ok());
  EXPECT_FALSE(vers_from_native("npm", ">=").ok());
  EXPECT_FALSE(vers_from_native("npm", "1 - 2 - 3").ok());
  // An empty pre-release is no SemVer version, even alone in the range.
  auto pre = vers_from_native("npm", "1.0.0-");
  ASSERT_FALSE(pre.ok());
  EXPECT_NE(pre.error().message.find("'1.0.0-' is not a valid npm version"), std::string::npos)
      << pre.error().message;
}

TEST(VersNative, Conan) {
  EXPECT_EQ(conv("conan", "[>1 <2.0]"), "vers:conan/>1|<2.0");
  EXPECT_EQ(conv("conan", ">= 1.0 <2"), "vers:conan/>=1.0|<2");
  EXPECT_EQ(conv("conan", "^0.0.3"), "vers:conan/>=0.0.3|<0.0.4-");
  EXPECT_EQ(conv("conan", "~1.2, loose=False"), "vers:conan/>=1.2|<1.3-");
  auto zero = vers_from_native("conan", "^0.0");
  ASSERT_FALSE(zero.ok());
  EXPECT_NE(zero.error().message.find("cannot bump"), std::string::npos);
  auto option = vers_from_native("conan", "*, frozen=True");
  ASSERT_FALSE(option.ok());
  EXPECT_NE(option.error().message.find("offset 3"), std::string::npos) << option.error().message;
  EXPECT_FALSE(vers_from_native("conan", ">1 || ").ok());
  EXPECT_FALSE(vers_from_native("conan", "~a.b").ok());
}

TEST(VersNative, Pypi) {
  EXPECT_EQ(conv("pypi", ">=1.0, <2.0"), "vers:pypi/>=1.0|<2.0");
  EXPECT_EQ(conv("pypi", "~=2.2"), "vers:pypi/>=2.2|<3");
  EXPECT_EQ(conv("pypi", "~=1.4.5a1"), "vers:pypi/>=1.4.5a1|<1.5");
  // "!" (the epoch separator) is percent-encoded in vers.
  EXPECT_EQ(conv("pypi", "~=1!2.9"), "vers:pypi/>=1%212.9|<1%213");
  EXPECT_EQ(conv("pypi", "==1.*"), "vers:pypi/>=1.dev0|<2.dev0");
  EXPECT_EQ(conv("pypi", "==1.4"), "vers:pypi/1.4");
  EXPECT_EQ(conv("pypi", "!=1.5,>1"), "vers:pypi/>1|!=1.5");
  EXPECT_EQ(vers_from_native("pypi", "!=1.*").error().code, ErrorCode::kUnsupported);
  EXPECT_EQ(vers_from_native("pypi", "===1.0").error().code, ErrorCode::kUnsupported);
  EXPECT_EQ(vers_from_native("pypi", ">=1; python_version<'3'").error().code,
            ErrorCode::kUnsupported);
  EXPECT_FALSE(vers_from_native("pypi", "~=1").ok());
  EXPECT_FALSE(vers_from_native("pypi", "1.0").ok());
  EXPECT_FALSE(vers_from_native("pypi", "==1.*.2").ok());
  EXPECT_FALSE(vers_from_native("pypi", ">=1,,<2").ok());
}

TEST(VersNative, Gem) {
  EXPECT_EQ(conv("gem", "~> 2"), "vers:gem/>=2|<3");
  EXPECT_EQ(conv("gem", "~> 2.0.0.rc1"), "vers:gem/>=2.0.0.rc1|<2.1");
  EXPECT_EQ(conv("gem", "< 3, >= 1.10"), "vers:gem/>=1.10|<3");
  EXPECT_EQ(conv("gem", "1.0, != 1.0.a"), "vers:gem/!=1.0.a|1.0");
  EXPECT_FALSE(vers_from_native("gem", "~> x").ok());
  EXPECT_FALSE(vers_from_native("gem", ">= 1.0 <2").ok());
}

TEST(VersNative, NugetNginxOpenssl) {
  EXPECT_EQ(conv("nuget", "(1.0,)"), "vers:nuget/>1.0");
  EXPECT_EQ(conv("nuget", "(,2.0]"), "vers:nuget/<=2.0");
  EXPECT_EQ(conv("nuget", "[1.2.3]"), "vers:nuget/1.2.3");
  EXPECT_EQ(conv("nuget", "1.0"), "vers:nuget/>=1.0");
  EXPECT_EQ(vers_from_native("nuget", "1.*").error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(vers_from_native("nuget", "[,]").ok());
  EXPECT_FALSE(vers_from_native("nuget", "[1.0,2.0").ok());
  EXPECT_FALSE(vers_from_native("nuget", "(1.0)").ok());
  EXPECT_EQ(conv("nginx", "1.21.0+"), "vers:nginx/>=1.21.0");
  EXPECT_EQ(conv("nginx", "1.22.1+"), "vers:nginx/>=1.22.1|<1.23.0");
  EXPECT_EQ(conv("nginx", "All"), "vers:nginx/*");
  EXPECT_EQ(conv("nginx", "1.1.4-1.2.8, 1.3.9-1.4.0"),
            "vers:nginx/>=1.1.4|<=1.2.8|>=1.3.9|<=1.4.0");
  EXPECT_FALSE(vers_from_native("nginx", "1.2+").ok());
  EXPECT_FALSE(vers_from_native("nginx", "none").ok());
  EXPECT_EQ(conv("openssl", "1.0.2K, 1.0.2a"), "vers:openssl/1.0.2a|1.0.2k");
  auto empty = vers_from_native("openssl", "1.0.2, ,1.0.3");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("offset 7"), std::string::npos) << empty.error().message;
}

TEST(VersNative, UnknownScheme) {
  auto r = vers_from_native("cargo", "^1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(r.error().message.find("npm"), std::string::npos);
}

}  // namespace
}  // namespace vt::version
