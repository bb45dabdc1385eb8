#include "core/strings.h"

#include <gtest/gtest.h>

#include <cctype>

namespace vt {
namespace {

// The program never calls setlocale, so the C library's functions run in
// the "C" locale: the ASCII helpers must agree with them on every byte.
TEST(AsciiCase, AgreesWithTheCLocaleOnEveryByte) {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    EXPECT_EQ(ascii_lower(c), static_cast<char>(std::tolower(b))) << "byte " << b;
    EXPECT_EQ(ascii_space(c), std::isspace(b) != 0) << "byte " << b;
  }
}

TEST(AsciiCase, LowersOnlyAsciiLetters) {
  EXPECT_EQ(ascii_lowered("PKG:Maven/Org.Apache@1.0-RC1"), "pkg:maven/org.apache@1.0-rc1");
  // UTF-8 bytes of "ÄÖ" are left alone (no locale folds multi-byte text here).
  EXPECT_EQ(ascii_lowered("\xc3\x84\xc3\x96X"), "\xc3\x84\xc3\x96x");
  std::string s = "CSAF_VEX";
  ascii_lower_in_place(s);
  EXPECT_EQ(s, "csaf_vex");
  EXPECT_EQ(ascii_lowered(""), "");
}

}  // namespace
}  // namespace vt
