#include "json/locate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// Many pointers in one pass give what one pointer at a time gives: values
// at any depth, escaped and repeated keys (the first counts), missing
// members and items (their nearest ancestor), whitespace and new lines, in
// any order and repeated.
TEST(Locate, ManyPointersInOnePassAsOneAtATime) {
  const std::string_view t =
      "{\n  \"a\": [1, {\"b/c\": \"x\", \"t~\": [true, [[], {}]]}],\n"
      "  \"d\\u00e9\": {\"e\": null, \"e\": 2},\n  \"s\": \"]}\\\"{[\",\n"
      "  \"z\": {\"y\": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]},\n"
      "  \"r\": {\"in_first\": 1},\n  \"r\": {\"in_second\": 2}\n}";
  const std::vector<std::string_view> pointers = {
      "/z/y/11", "", "/a/1/b~1c", "/a/1/t~0/1/1", "/a/1/t~0/1/0", "/d\xc3\xa9/e", "/s",
      "/a/zz", "/a/1/t~0/7", "/nothing/below", "/z/y/10", "/z/y/x", "/a/0/deeper", "/a/1/b~1c", "/z",
      "/r/in_second", "/r/in_first"};
  const std::vector<TextPosition> many = positions_of_pointers(t, pointers);
  ASSERT_EQ(many.size(), pointers.size());
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    const TextPosition one = position_of_pointer(t, pointers[i]);
    EXPECT_EQ(many[i].line, one.line) << pointers[i];
    EXPECT_EQ(many[i].column, one.column) << pointers[i];
  }
  EXPECT_EQ(many[0].line, 5u);  // /z/y/11
  EXPECT_TRUE(positions_of_pointers(t, {}).empty());
  // A deep document: the walk keeps its own stack.
  const std::string deep = std::string(5000, '[') + "7" + std::string(5000, ']');
  std::string pointer;
  for (int i = 0; i < 5000; ++i) pointer += "/0";
  EXPECT_EQ(positions_of_pointers(deep, {pointer})[0].column, 5001u);
}

}  // namespace
}  // namespace vt::json
