// Unit tests of the vers rules the suite files do not reach: the `*` rule,
// duplicates, comparator sequences, percent-encoding round trips,
// containment edges and unsupported types.
#include <gtest/gtest.h>

#include "version/vers.h"
#include "version/vers_schemes.h"

namespace vt::version {
namespace {

bool in(std::string_view vers, std::string_view v) {
  auto r = parse_vers(vers);
  EXPECT_TRUE(r.ok()) << vers << ": " << (r.ok() ? "" : r.error().to_string());
  if (!r.ok()) return false;
  auto c = contains(*r, v);
  EXPECT_TRUE(c.ok()) << vers << " " << v;
  return c.ok() && *c;
}

TEST(VersRules, CanonicalRoundTrip) {
  for (const char* s : {"vers:npm/1.2.3|>=2.0.0|<5.0.0", "vers:deb/*", "vers:rpm/>=1:1.0-1|<1:2.0-1",
                        "vers:gem/>=2.2.0|!=2.2.1|<2.3.0", "vers:generic/1.0%7C2", "vers:apk/>=1.2-r0|<1.3_rc1"}) {
    auto r = parse_vers(s);
    ASSERT_TRUE(r.ok() || r.error().code == ErrorCode::kUnsupported) << s << ": " << r.error().to_string();
    if (r.ok()) {
      EXPECT_EQ(to_string(*r), s);
      EXPECT_TRUE(validate_vers(*r).ok());
    }
  }
  EXPECT_EQ(parse_vers("vers:generic/1.0%7C2")->constraints[0].version, "1.0|2");
}

TEST(VersRules, RejectsNonCanonical) {
  for (const char* s : {"vers:npm/*|1.0.0", "vers:npm/1.0.0|*", "vers:npm/1.0.0|1.0.0", "vers:npm/>=1.0.0|>=2.0.0",
                        "vers:npm/<1.0.0|<2.0.0", "vers:npm/1.0.0|<2.0.0", "vers:NPM/1.0.0", "VERS:npm/1.0.0",
                        "vers:npm/", "vers:npm", "npm/1.0.0", "vers:1npm/1.0.0", "vers:npm/>=", "vers:npm/=1.0.0",
                        "vers:npm/1.0%2e0", "vers:npm/1.0%2", "vers:deb/2.0|1.0", "vers:generic/a>b"}) {
    EXPECT_FALSE(parse_vers(s).ok()) << s;
  }
  // The same comparator rules through validate_vers on a built range.
  VersRange r{"deb", {{Comparator::kGreater, "1.0"}, {Comparator::kGreaterEqual, "2.0"}}};
  EXPECT_FALSE(validate_vers(r).ok());
  r.constraints[1].comparator = Comparator::kLess;
  EXPECT_TRUE(validate_vers(r).ok());
  // `!=` may stand anywhere.
  EXPECT_TRUE(parse_vers("vers:npm/>=1.0.0|!=1.5.0|<2.0.0").ok());
}

TEST(VersRules, UnsupportedTypeIsAClearError) {
  auto r = parse_vers("vers:golang/1.0.0");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(r.error().message.find("golang"), std::string::npos);
  EXPECT_FALSE(vers_order("hex").ok());
  EXPECT_TRUE(vers_order("alpine").ok());
}

TEST(VersRules, NormalizeSortsWithTheTypeOrder) {
  auto r = normalize_vers("VERS:Deb/2.0|1:0.5|<1.0~rc1");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(to_string(*r), "vers:deb/<1.0~rc1|2.0|1:0.5");
  EXPECT_FALSE(normalize_vers("vers:deb/1.0||2.0").ok());
  EXPECT_FALSE(normalize_vers("vers:semver/1.0|2.0.0").ok());  // 1.0 is no semver
}

TEST(VersRules, Containment) {
  EXPECT_TRUE(in("vers:deb/*", "1.0"));
  EXPECT_TRUE(in("vers:deb/>=1.0|<2.0", "1.5"));
  EXPECT_TRUE(in("vers:deb/>=1.0|<2.0", "1.0"));
  EXPECT_FALSE(in("vers:deb/>=1.0|<2.0", "2.0"));
  EXPECT_FALSE(in("vers:deb/>=1.0|<2.0", "2.0~rc1") == false);  // 2.0~rc1 < 2.0: inside
  EXPECT_FALSE(in("vers:deb/>=1.0|<2.0", "0.9"));
  EXPECT_TRUE(in("vers:rpm/<1.0-1|>=2.0-1", "0.5-1"));
  EXPECT_TRUE(in("vers:rpm/<1.0-1|>=2.0-1", "3.0-1"));
  EXPECT_FALSE(in("vers:rpm/<1.0-1|>=2.0-1", "1.5-1"));
  EXPECT_TRUE(in("vers:apk/1.0-r0|>=2.0-r0|<3.0-r0", "1.0-r0"));
  EXPECT_FALSE(in("vers:apk/1.0-r0|>=2.0-r0|<3.0-r0", "1.0-r1"));
  EXPECT_FALSE(in("vers:npm/>=1.0.0|!=1.5.0|<2.0.0", "1.5.0"));
  EXPECT_TRUE(in("vers:npm/>=1.0.0|!=1.5.0|<2.0.0", "1.6.0"));
  EXPECT_TRUE(in("vers:npm/!=1.5.0", "1.6.0"));
  EXPECT_FALSE(in("vers:npm/1.5.0", "1.6.0"));
  EXPECT_TRUE(in("vers:npm/<=1.5.0", "1.5.0"));
  EXPECT_FALSE(in("vers:npm/<1.5.0", "1.5.0"));
  auto r = parse_vers("vers:apk/<1.0-r0");
  ASSERT_TRUE(r.ok());
  auto bad = contains(*r, "not-a-version");
  EXPECT_FALSE(bad.ok());
}

}  // namespace
}  // namespace vt::version
