// The schema engine's keywords on strings and numbers: pattern with ECMA-262
// semantics, format date-time/uri/email, min/maxLength in code points,
// minimum/maximum (inclusive and exclusive) and multipleOf exact on decimals.
#include <gtest/gtest.h>

#include "validation/schema/formats.h"
#include "validation/schema/schema_testing.h"

namespace vt::validation::schema {
namespace {

using testing_support::InlineSchema;
using testing_support::Outcome;
using Paths = std::vector<std::string>;

TEST(SchemaPattern, UnanchoredSearch) {
  InlineSchema s(R"({"pattern":"b+"})");
  EXPECT_TRUE(s.accepts(R"("abba")"));
  EXPECT_FALSE(s.accepts(R"("aaa")"));
  EXPECT_TRUE(s.accepts("12"));  // pattern applies to strings only
}

// A hostile pattern on a hostile string backtracks exponentially (2^60 steps
// here): the match limit stops it early, also on JIT-compiled patterns, and
// a match cut short counts as none. (With a limit of 4e9 steps this takes
// seconds instead of milliseconds.)
TEST(SchemaPattern, RunawayBacktrackingStopsAtTheMatchLimit) {
  InlineSchema s(R"({"pattern":"^(a+)+$"})");
  EXPECT_TRUE(s.accepts(R"("aaaa")"));
  EXPECT_FALSE(s.accepts("\"" + std::string(60, 'a') + "b\""));
}

TEST(SchemaPattern, DollarIsTheEndOfInputOnly) {
  // PCRE's $ also matches before a final newline; ECMA-262's does not.
  InlineSchema s(R"({"pattern":"^[a-z]+$"})");
  EXPECT_TRUE(s.accepts(R"("abc")"));
  EXPECT_FALSE(s.accepts(R"("abc\n")"));
}

TEST(SchemaPattern, ShorthandClassesAreAscii) {
  // ECMA \d and \w are ASCII only, even on Unicode text.
  InlineSchema digits(R"({"pattern":"^\\d+$"})");
  EXPECT_TRUE(digits.accepts(R"("0123")"));
  EXPECT_FALSE(digits.accepts(R"("١٢")"));  // Arabic-Indic digits
  InlineSchema word(R"({"pattern":"^\\w+$"})");
  EXPECT_TRUE(word.accepts(R"("a_Z9")"));
  EXPECT_FALSE(word.accepts(R"("é")"));
  InlineSchema in_class(R"({"pattern":"^[\\d.]+$"})");
  EXPECT_TRUE(in_class.accepts(R"("1.2")"));
  EXPECT_FALSE(in_class.accepts(R"("1,2")"));
}

TEST(SchemaPattern, SpaceAndDotFollowEcma) {
  InlineSchema space(R"({"pattern":"^\\s$"})");
  EXPECT_TRUE(space.accepts(R"("\u00a0")"));  // NBSP is ECMA whitespace
  EXPECT_TRUE(space.accepts(R"("\ufeff")"));  // so is the BOM
  EXPECT_FALSE(space.accepts(R"("x")"));
  InlineSchema dot(R"({"pattern":"^.$"})");
  EXPECT_TRUE(dot.accepts(R"("é")"));  // one code point, two bytes
  EXPECT_FALSE(dot.accepts(R"("\n")"));
  EXPECT_FALSE(dot.accepts(R"("\u2028")"));
}

TEST(SchemaPattern, CsafNonWhitespaceStartPattern) {
  // The shape the CSAF schema uses for titles, names and ids.
  InlineSchema s(
      R"({"properties":{"t":{"type":"string","pattern":"^[^\\s\\-_\\.](.*[^\\s\\-_\\.])?$"}}})");
  EXPECT_TRUE(s.accepts(R"({"t":"Title"})"));
  Outcome o = s.check(R"({"t":" Title"})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/t"});
  EXPECT_NE(o.message().find("does not match the pattern"), std::string::npos);
  EXPECT_FALSE(s.accepts(R"({"t":"Title."})"));
}

TEST(SchemaPattern, UncompilablePatternFailsTheLoadWithItsLocation) {
  testing_support::SchemaFiles files;
  auto v = Validator::load(files.write("s.json", R"({"properties":{"p":{"pattern":"(["}}})"), {});
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().to_string().find("does not compile"), std::string::npos)
      << v.error().to_string();
}

TEST(SchemaLength, CountsCodePointsNotBytes) {
  InlineSchema s(R"({"minLength":2,"maxLength":3})");
  EXPECT_TRUE(s.accepts(R"("ab")"));
  EXPECT_TRUE(s.accepts(R"("äöü")"));  // 3 code points, 6 bytes
  EXPECT_TRUE(s.accepts(R"("😀😀")"));   // 2 code points, 8 bytes (surrogate pairs in UTF-16)
  EXPECT_TRUE(s.accepts(R"("\ud83d\ude00x")"));  // escaped pair: one code point
  EXPECT_FALSE(s.accepts(R"("a")"));
  Outcome o = s.check(R"("abcd")");
  EXPECT_EQ(o.message(), "must be at most 3 characters long, is 4");
  EXPECT_EQ(s.check(R"("é")").message(), "must be at least 2 characters long, is 1");
}

TEST(SchemaFormat, DateTime) {
  InlineSchema s(R"({"format":"date-time"})");
  EXPECT_TRUE(s.accepts(R"("2024-01-31T12:00:00Z")"));
  EXPECT_TRUE(s.accepts(R"("2024-01-31T12:00:00.123+05:30")"));
  EXPECT_TRUE(s.accepts(R"("2024-02-29T00:00:00z")"));  // lower-case z is RFC 3339
  EXPECT_FALSE(s.accepts(R"("2024-01-31")"));
  EXPECT_FALSE(s.accepts(R"("2024-01-31T12:00:00")"));   // no offset
  EXPECT_FALSE(s.accepts(R"("2023-02-29T00:00:00Z")"));  // not a leap year
  EXPECT_FALSE(s.accepts(R"("2024-13-01T00:00:00Z")"));
  EXPECT_FALSE(s.accepts(R"("2024-01-31 12:00:00Z")"));
  EXPECT_TRUE(s.accepts("20240131"));  // format applies to strings only
}

TEST(SchemaFormat, Uri) {
  InlineSchema s(R"({"properties":{"u":{"format":"uri"}}})");
  EXPECT_TRUE(s.accepts(R"({"u":"https://example.com/a?b=c#d"})"));
  EXPECT_TRUE(s.accepts(R"({"u":"urn:isbn:0451450523"})"));
  Outcome o = s.check(R"({"u":"/relative/path"})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/u"});
  EXPECT_FALSE(s.accepts(R"({"u":"https://exa mple.com"})"));
  EXPECT_FALSE(s.accepts(R"({"u":""})"));
}

// URIs are checked 16 bytes at a time for the common characters, by table
// otherwise: a character at any position, in a whole block or in the tail,
// must get the same verdict.
TEST(SchemaFormat, UriCharactersAtEveryPosition) {
  const std::string base = "https://www.example.com/news-events/ics-advisories/icsa-24-123-01_x~y=z";
  ASSERT_TRUE(is_uri(base));
  const std::vector<std::string> bad = {" ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}",
                                        "\x7f", "\x01", "\xc3\xa9", "%4_", "%zz"};
  const std::vector<std::string> good = {"!", "$", "'", "(", "*", "@", "[", "]", ":", ";", "%41", "#"};
  for (std::size_t at = 8; at <= base.size(); ++at) {
    for (const std::string& c : bad)
      EXPECT_FALSE(is_uri(base.substr(0, at) + c + base.substr(at))) << at << " " << c;
    for (const std::string& c : good)
      EXPECT_TRUE(is_uri(base.substr(0, at) + c + base.substr(at))) << at << " " << c;
    EXPECT_FALSE(is_uri(base.substr(0, at) + "#" + base.substr(at) + "#")) << at;  // two fragments
    EXPECT_FALSE(is_uri(base.substr(0, at) + "%")) << at;  // cut short
    EXPECT_FALSE(is_uri(base.substr(0, at) + "%4")) << at;
  }
}

TEST(SchemaFormat, Email) {
  InlineSchema s(R"({"format":"email"})");
  EXPECT_TRUE(s.accepts(R"("psirt@example.com")"));
  EXPECT_FALSE(s.accepts(R"("psirt.example.com")"));
  EXPECT_FALSE(s.accepts(R"("@example.com")"));
  EXPECT_FALSE(s.accepts(R"("psirt@")"));
}

TEST(SchemaFormat, UnknownFormatsAreAnnotations) {
  InlineSchema s(R"({"format":"hostname-of-the-future"})");
  EXPECT_TRUE(s.accepts(R"("anything at all")"));
}

TEST(SchemaNumber, InclusiveBounds) {
  InlineSchema s(R"({"minimum":0,"maximum":10})");
  EXPECT_TRUE(s.accepts("0"));
  EXPECT_TRUE(s.accepts("10"));
  EXPECT_TRUE(s.accepts("10.0"));
  EXPECT_FALSE(s.accepts("-0.1"));
  Outcome o = s.check("10.01");
  EXPECT_EQ(o.message(), "10.01 must be at most the maximum");
  EXPECT_TRUE(s.accepts(R"("11")"));  // bounds apply to numbers only
}

TEST(SchemaNumber, IntegerBoundsNearTheirEdges) {
  // Integer bounds are compared as doubles on the success path; values at
  // and just past them must behave as with decimal text.
  InlineSchema s(R"({"minimum":-3,"exclusiveMaximum":4503599627370496})");
  EXPECT_TRUE(s.accepts("-3"));
  EXPECT_TRUE(s.accepts("-3.0000000000000001"));  // the double -3
  EXPECT_FALSE(s.accepts("-3.000000000000001"));
  EXPECT_TRUE(s.accepts("4503599627370495"));
  EXPECT_FALSE(s.accepts("4503599627370496"));
  EXPECT_FALSE(s.accepts("4503599627370497"));
  EXPECT_FALSE(s.accepts("18446744073709551615"));
  EXPECT_EQ(s.check("-3.5").message(), "-3.5 must be at least the minimum");
  InlineSchema fraction(R"({"maximum":2.5})");  // not an integer: decimal path
  EXPECT_TRUE(fraction.accepts("2.5"));
  EXPECT_FALSE(fraction.accepts("2.5000000000000004"));
}

TEST(SchemaNumber, ExclusiveBoundsBothDrafts) {
  InlineSchema modern(R"({"exclusiveMinimum":0,"exclusiveMaximum":1})");
  EXPECT_TRUE(modern.accepts("0.5"));
  EXPECT_FALSE(modern.accepts("0"));
  EXPECT_FALSE(modern.accepts("1"));
  InlineSchema draft4(
      R"({"minimum":0,"exclusiveMinimum":true,"maximum":1,"exclusiveMaximum":false})");
  EXPECT_FALSE(draft4.accepts("0"));
  EXPECT_TRUE(draft4.accepts("1"));
}

TEST(SchemaNumber, BoundsBeyondDoublePrecision) {
  // 2^63 + 1 and 2^63 differ although both round to the same double.
  InlineSchema s(R"({"maximum":9223372036854775808})");
  EXPECT_TRUE(s.accepts("9223372036854775808"));
  EXPECT_FALSE(s.accepts("9223372036854775809"));
}

TEST(SchemaNumber, MultipleOfIsExactOnDecimals) {
  InlineSchema hundredth(R"({"multipleOf":0.01})");
  EXPECT_TRUE(hundredth.accepts("0.1"));  // 0.1 / 0.01 is 9.999999999999998 in binary
  EXPECT_TRUE(hundredth.accepts("7.3"));
  EXPECT_TRUE(hundredth.accepts("19.99"));
  EXPECT_TRUE(hundredth.accepts("0"));
  EXPECT_TRUE(hundredth.accepts("-4.56"));
  EXPECT_FALSE(hundredth.accepts("0.001"));
  Outcome o = hundredth.check("1.005");
  EXPECT_EQ(o.message(), "1.005 is not a multiple of the required step");

  InlineSchema tenth(R"({"properties":{"score":{"type":"number","multipleOf":0.1}}})");
  EXPECT_TRUE(tenth.accepts(R"({"score":7.3})"));  // the CVSS base score step
  EXPECT_TRUE(tenth.accepts(R"({"score":10})"));
  EXPECT_EQ(tenth.check(R"({"score":7.35})").paths(), Paths{"/score"});
  InlineSchema whole(R"({"multipleOf":3})");
  EXPECT_TRUE(whole.accepts("9"));
  EXPECT_TRUE(whole.accepts("9.0"));
  EXPECT_TRUE(whole.accepts("3e2"));
  EXPECT_FALSE(whole.accepts("10"));
}

TEST(SchemaNumber, MultipleOfZeroFailsTheLoad) {
  testing_support::SchemaFiles files;
  auto v = Validator::load(files.write("s.json", R"({"multipleOf":0})"), {});
  EXPECT_FALSE(v.ok());
}

}  // namespace
}  // namespace vt::validation::schema
