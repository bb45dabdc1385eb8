// StringEq compares short keys with overlapping loads: every length up to
// 40, each byte changed in turn, and keys that are views into longer text
// (the loads must stay within each view).
#include "core/string_hash.h"

#include <gtest/gtest.h>

#include <string>

namespace vt {
namespace {

TEST(StringEq, EveryLengthAndEveryByte) {
  const StringEq eq;
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string a(length, 'p');
    for (std::size_t i = 0; i < length; ++i) a[i] = static_cast<char>('a' + i % 26);
    const std::string b = a;
    EXPECT_TRUE(eq(a, b)) << length;
    for (std::size_t i = 0; i < length; ++i) {
      std::string c = a;
      c[i] = '#';
      EXPECT_FALSE(eq(a, c)) << length << " at " << i;
      EXPECT_FALSE(eq(c, a)) << length << " at " << i;
    }
    EXPECT_FALSE(eq(a, a + "x")) << length;
    EXPECT_FALSE(eq(a + "x", a)) << length;
  }
}

TEST(StringEq, ViewsIntoLongerTextCompareOnlyTheirBytes) {
  const StringEq eq;
  const std::string text = "CSAFPID-0001CSAFPID-0002CSAFPID-0001";
  const std::string_view one(text.data(), 12), two(text.data() + 12, 12), again(text.data() + 24, 12);
  EXPECT_TRUE(eq(one, again));
  EXPECT_FALSE(eq(one, two));
  EXPECT_TRUE(eq(std::string_view(text.data(), 5), std::string_view("CSAFP")));
  EXPECT_FALSE(eq(std::string_view(text.data(), 5), std::string_view("CSAFX")));
  EXPECT_TRUE(eq(std::string_view(), std::string_view("")));
}

}  // namespace
}  // namespace vt
