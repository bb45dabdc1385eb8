// CPE naming and matching beyond the suite's examples: round trips, the
// lone '-' edge, packed editions, logical values and wildcard limits.
#include <gtest/gtest.h>

#include "version/cpe.h"

namespace vt::version {
namespace {

TEST(Cpe, FormattedStringRoundTrip) {
  const char* name = "cpe:2.3:o:redhat:enterprise_linux:9.4:*:*:*:*:*:x86_64:*";
  auto w = parse_cpe(name);
  ASSERT_TRUE(w.ok()) << w.error().to_string();
  EXPECT_EQ((*w)[CpeAttribute::kVersion].text, "9\\.4");
  EXPECT_TRUE((*w)[CpeAttribute::kUpdate].is_any());
  EXPECT_EQ(bind_to_formatted_string(*w), name);
  EXPECT_EQ(bind_to_uri(*w), "cpe:/o:redhat:enterprise_linux:9.4::~~~~x86_64~");
  auto back = unbind_uri(bind_to_uri(*w));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, *w);
}

TEST(Cpe, LoneDashStaysAString) {
  Wfn w;
  w[CpeAttribute::kPart] = CpeValue::string("a");
  w[CpeAttribute::kVendor] = CpeValue::string("\\-");
  w[CpeAttribute::kProduct] = CpeValue::na();
  auto fs = unbind_formatted_string(bind_to_formatted_string(w));
  ASSERT_TRUE(fs.ok());
  EXPECT_EQ(*fs, w);
  auto uri = unbind_uri(bind_to_uri(w));
  ASSERT_TRUE(uri.ok());
  EXPECT_EQ(*uri, w);
}

TEST(Cpe, ValueChecks) {
  EXPECT_TRUE(make_cpe_value("ab\\.c*").ok());
  EXPECT_TRUE(make_cpe_value("??x").ok());
  EXPECT_TRUE(make_cpe_value("???").ok());
  EXPECT_FALSE(make_cpe_value("*").ok());
  EXPECT_FALSE(make_cpe_value("*?x").ok());
  EXPECT_FALSE(make_cpe_value("a.b").ok());
  EXPECT_FALSE(make_cpe_value("a\\").ok());
  EXPECT_FALSE(make_cpe_value("a b").ok());
  EXPECT_EQ(make_cpe_value("\\a\\_")->text, "a_");  // canonical quoting
}

TEST(Cpe, Rejects) {
  for (const char* bad : {"cpe:2.3:a:b:c", "cpe:2.3:a:b:c:*:*:*:*:*:*:*:*:*", "cpe:2.3:x:b:c:*:*:*:*:*:*:*:*",
                          "cpe:/a:b:c:d:e:f:g:h", "cpe:/a:b:c:d:e:~x~y", "cpe:/a:b!c", "cpe:/a:%", "cpe:2.3:a:b\\"})
    EXPECT_FALSE(parse_cpe(bad).ok()) << bad;
}

TEST(Cpe, AttributeRelations) {
  auto s = [](const char* t) { return CpeValue::string(t); };
  EXPECT_EQ(compare_values(CpeValue::any(), CpeValue::na()), CpeRelation::kSuperset);
  EXPECT_EQ(compare_values(CpeValue::na(), CpeValue::any()), CpeRelation::kSubset);
  EXPECT_EQ(compare_values(CpeValue::na(), s("x")), CpeRelation::kDisjoint);
  EXPECT_EQ(compare_values(s("Linux"), s("linux")), CpeRelation::kEqual);
  EXPECT_EQ(compare_values(s("linux*"), s("linux_kernel")), CpeRelation::kSuperset);
  EXPECT_EQ(compare_values(s("*kernel"), s("linux_kernel")), CpeRelation::kSuperset);
  EXPECT_EQ(compare_values(s("*kern*"), s("linux_kernel")), CpeRelation::kSuperset);
  EXPECT_EQ(compare_values(s("linux"), s("linux*")), CpeRelation::kUndefined);
  EXPECT_EQ(compare_values(s("9\\.*"), s("8\\.3")), CpeRelation::kDisjoint);
  EXPECT_EQ(compare_values(s("1\\.?"), s("1\\.2")), CpeRelation::kSuperset);
}

TEST(Cpe, NameRelations) {
  auto a = parse_cpe("cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*");
  auto b = parse_cpe("cpe:2.3:o:linux:linux_kernel:6.1.0:*:*:*:*:*:*:*");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(cpe_superset(*a, *b));
  EXPECT_TRUE(cpe_subset(*b, *a));
  EXPECT_FALSE(cpe_equal(*a, *b));
  EXPECT_FALSE(cpe_disjoint(*a, *b));
}

}  // namespace
}  // namespace vt::version
