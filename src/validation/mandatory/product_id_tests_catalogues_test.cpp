// Catalogues: CWE names and BCP 47 language tags (well-formedness per the
// RFC 5646 grammar plus registration of each subtag).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "validation/catalogues.h"

namespace vt::validation {
namespace {

class CataloguesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Catalogues::load(VT_BUILD_DATA_DIR);
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    catalogues_ = *loaded;
  }
  static void TearDownTestSuite() { catalogues_.reset(); }
  static bool valid(const char* tag) { return catalogues_->is_valid_language_tag(tag); }
  static std::shared_ptr<const Catalogues> catalogues_;
};
std::shared_ptr<const Catalogues> CataloguesTest::catalogues_;

TEST_F(CataloguesTest, CweNames) {
  const auto xss = catalogues_->cwe_name("CWE-79");
  ASSERT_TRUE(xss.has_value());
  EXPECT_EQ(*xss,
            "Improper Neutralization of Input During Web Page Generation ('Cross-site "
            "Scripting')");
  EXPECT_EQ(catalogues_->cwe_name("CWE-20").value_or(""), "Improper Input Validation");
  EXPECT_NE(catalogues_->cwe_name("CWE-79").value_or(""), "Improper Input Validation");
  EXPECT_FALSE(catalogues_->cwe_name("CWE-999999").has_value());
  EXPECT_FALSE(catalogues_->cwe_name("cwe-79").has_value());  // ids are case-sensitive
  EXPECT_FALSE(catalogues_->cwe_name("79").has_value());
  EXPECT_FALSE(catalogues_->cwe_name("").has_value());
}

TEST_F(CataloguesTest, SimpleLanguageTags) {
  for (const char* tag : {"en", "de", "fr", "EN", "en-US", "de-AT", "de-CH", "zh-Hant-TW",
                          "sr-Latn-RS", "es-419", "gsw", "frc", "ja-JP"}) {
    EXPECT_TRUE(valid(tag)) << tag;
  }
  // "EZ" is a region (Eurozone), not a language; "jp" is a region code too.
  for (const char* tag : {"EZ", "", "e", "english", "en-", "-en", "en--US", "en_US", "en US",
                          "en-ZZZ", "en-US-US", "en-Latn-Latn", "zz", "en-abcd1"}) {
    EXPECT_FALSE(valid(tag)) << tag;
  }
}

TEST_F(CataloguesTest, ExtlangVariantsAndRanges) {
  EXPECT_TRUE(valid("zh-yue"));  // extlang with its registered prefix
  EXPECT_TRUE(valid("zh-yue-HK"));
  EXPECT_FALSE(valid("en-yue"));      // prefix of yue is zh
  EXPECT_FALSE(valid("zh-yue-cmn"));  // only one extlang may be used
  EXPECT_TRUE(valid("de-CH-1901"));
  EXPECT_TRUE(valid("sl-rozaj-biske"));
  EXPECT_FALSE(valid("de-1901-1901"));  // duplicate variant
  EXPECT_FALSE(valid("de-abcde"));      // well-formed, unregistered variant
  EXPECT_TRUE(valid("qaa"));            // private-use language range qaa..qtz
  EXPECT_TRUE(valid("qtz"));
  EXPECT_FALSE(valid("qzz"));     // outside the range, unregistered
  EXPECT_TRUE(valid("en-Qaaa"));  // private-use script range
  EXPECT_TRUE(valid("en-XA"));    // private-use region range
  EXPECT_TRUE(valid("en-QM"));
}

TEST_F(CataloguesTest, ExtensionsAndPrivateUse) {
  EXPECT_TRUE(valid("de-DE-u-co-phonebk"));
  EXPECT_TRUE(valid("en-t-de"));
  EXPECT_TRUE(valid("en-u-ca-gregory-t-de"));
  EXPECT_FALSE(valid("en-a-bbb"));      // singleton a is not a registered extension
  EXPECT_FALSE(valid("en-u-ca-u-nu"));  // duplicate singleton
  EXPECT_FALSE(valid("en-u"));          // singleton without subtags
  EXPECT_FALSE(valid("en-u-a"));        // extension subtags are 2-8 characters
  EXPECT_TRUE(valid("x-whatever"));
  EXPECT_TRUE(valid("en-x-private-1"));
  EXPECT_TRUE(valid("en-US-x-a"));
  EXPECT_FALSE(valid("x"));
  EXPECT_FALSE(valid("en-x"));
  EXPECT_FALSE(valid("en-x-toolongsubtag"));
}

TEST_F(CataloguesTest, GrandfatheredTags) {
  EXPECT_TRUE(valid("i-default"));  // valid; 6.2.15 warns about it
  EXPECT_TRUE(valid("I-MINGO"));
  EXPECT_TRUE(valid("zh-min-nan"));
  EXPECT_TRUE(valid("en-GB-oed"));
  EXPECT_FALSE(valid("i-unknown"));
  EXPECT_TRUE(catalogues_->is_known_language("i-default"));
  EXPECT_TRUE(catalogues_->is_known_language("de"));
  EXPECT_TRUE(catalogues_->is_known_language("qab"));
  EXPECT_FALSE(catalogues_->is_known_language("EZ"));
}

TEST(Catalogues, MissingDataDirIsAnError) {
  auto loaded = Catalogues::load("/nonexistent-vextriage-data");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().to_string().find("cwec.json"), std::string::npos);
}

}  // namespace
}  // namespace vt::validation
