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

TEST(AsciiCase, EqualsIgnoringCase) {
  EXPECT_TRUE(ascii_iequals("Content-Type", "content-TYPE"));
  EXPECT_TRUE(ascii_iequals("", ""));
  EXPECT_FALSE(ascii_iequals("Package", "Packages"));
  // Only letters fold: '@' (0x40) and '`' (0x60) differ by the case bit alone.
  EXPECT_FALSE(ascii_iequals("@", "`"));
  EXPECT_FALSE(ascii_iequals("[", "{"));
  EXPECT_FALSE(ascii_iequals("\xc3\x84", "\xc3\xa4"));
}

TEST(Trimmed, RemovesOnlyTheGivenBytesAtBothEnds) {
  EXPECT_EQ(trimmed("  a b \t\r\n"), "a b");
  EXPECT_EQ(trimmed("\v\f x"), "x");
  EXPECT_EQ(trimmed(" \t "), "");
  EXPECT_EQ(trimmed(""), "");
  EXPECT_EQ(trimmed("x"), "x");
  EXPECT_EQ(trimmed(" value\r", " \t"), "value\r");
  EXPECT_EQ(trimmed("\tvalue\r ", " \t\r"), "value");
  // Agrees with a byte-wise loop over std::isspace.
  for (int b = 0; b < 256; ++b) {
    const std::string s = std::string(1, static_cast<char>(b)) + "x" + static_cast<char>(b);
    const bool space = std::isspace(b) != 0;
    EXPECT_EQ(trimmed(s), space ? "x" : s) << "byte " << b;
  }
}

}  // namespace
}  // namespace vt
