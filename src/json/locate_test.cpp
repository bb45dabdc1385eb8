#include "json/locate.h"

#include <gtest/gtest.h>

namespace vt::json {
namespace {

TEST(Locate, FindsNestedValues) {
  std::string_view t = "{\n  \"a\": [1, {\"b/c\": \"x\"}],\n  \"d\\u00e9\": {\"e\": null}\n}";
  auto p = position_of_pointer(t, "/a/1/b~1c");
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 20u);
  p = position_of_pointer(t, "/d\xc3\xa9/e");
  EXPECT_EQ(p.line, 3u);
  EXPECT_EQ(p.column, 20u);  // "null" after `  "d\u00e9": {"e": `
  EXPECT_EQ(locate_pointer(t, ""), std::optional<std::size_t>(0));
}

TEST(Locate, MissingMembersPointAtTheirParent) {
  std::string_view t = "{\"a\": {\"b\": 1}}";
  EXPECT_FALSE(locate_pointer(t, "/a/zz").has_value());
  auto p = position_of_pointer(t, "/a/zz");
  EXPECT_EQ(p.column, 7u);
  EXPECT_FALSE(locate_pointer(t, "/a/b/c").has_value());
  EXPECT_FALSE(locate_pointer("[1,2]", "/5").has_value());
  EXPECT_FALSE(locate_pointer("[1,2]", "/x").has_value());
}

}  // namespace
}  // namespace vt::json
