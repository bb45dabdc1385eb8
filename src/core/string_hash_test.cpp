// StringEq compares short keys with overlapping loads: every length up to
// 40, each byte changed in turn, and keys that are views into longer text
// (the loads must stay within each view). StringHash hashes keys of up to 16
// bytes inline from such loads: equal bytes give equal hashes wherever they
// lie, and every byte and the length count.
#include "core/string_hash.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <set>
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

TEST(StringHash, EqualBytesHashEquallyWhereverTheyLie) {
  const StringHash hash;
  const std::string text = "xxCSAFPID-0001yyCSAFPID-0001";
  EXPECT_EQ(hash(std::string_view(text.data() + 2, 12)),
            hash(std::string_view(text.data() + 16, 12)));
  EXPECT_EQ(hash(std::string_view(text.data() + 2, 12)), hash(std::string("CSAFPID-0001")));
  EXPECT_EQ(hash(std::string_view()), hash(std::string_view("")));
}

TEST(StringHash, EveryByteAndTheLengthChangeTheHash) {
  // Not a proof of quality: a check that no byte of a key of any length up
  // to 40 is left out of the loads, and that a length is not confused with
  // trailing zero bytes.
  const StringHash hash;
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string a(length, 'p');
    for (std::size_t i = 0; i < length; ++i) a[i] = static_cast<char>('a' + i % 26);
    for (std::size_t i = 0; i < length; ++i) {
      std::string c = a;
      c[i] = '#';
      EXPECT_NE(hash(a), hash(c)) << length << " at " << i;
    }
    EXPECT_NE(hash(a), hash(a + std::string(1, '\0'))) << length;
  }
}

TEST(StringHash, SpreadsSequentialIdsOverTheLowBits) {
  // StringMap indexes its slots with the low bits: ids that differ only in
  // their last digits must not share them.
  const StringHash hash;
  std::set<std::size_t> low;
  for (int i = 0; i < 1000; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "CSAFPID-%04d", i);
    low.insert(hash(id) & 4095);
  }
  EXPECT_GT(low.size(), 800u);  // 1000 random draws from 4096 give 887 +- 12
}

}  // namespace
}  // namespace vt
