// Cases of 6.2.4-6.2.7, 6.2.10-6.2.12, 6.2.14, 6.2.15 and 6.2.17 the OASIS
// files do not cover: dates with offsets, the file name rules of 5.1,
// private-use subtags in every position.
#include <gtest/gtest.h>

#include <string>

#include "documents/csaf/file_name.h"
#include "validation/csaf_test_testing.h"
#include "validation/optional/optional_tests.h"

namespace vt::validation::optional {
namespace {

using testing::run_csaf_test;

std::string tracking(const std::string& fields, const std::string& history) {
  return R"({"document": {"tracking": {)" + fields + R"("revision_history": [)" + history + "]}}}";
}
std::string rev(const char* date, const char* number) {
  return std::string(R"({"date": ")") + date + R"(", "number": ")" + number +
         R"(", "summary": "s"})";
}

TEST(OptionalDocument, BuildMetadataInRevisionNumbers) {
  const auto f = run_csaf_test(&test_6_2_4_build_metadata,
                               tracking("", rev("2021-01-01T00:00:00Z", "1.0.0") + "," +
                                                rev("2021-02-01T00:00:00Z", "1.0.1+build.7")));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/document/tracking/revision_history/1/number");
  EXPECT_TRUE(run_csaf_test(&test_6_2_4_build_metadata,
                            tracking("", rev("2021-01-01T00:00:00Z", "2.0.0-rc.1")))
                  .empty());
}

TEST(OptionalDocument, ReleaseDatesCompareInstantsNotTexts) {
  const std::string history =
      rev("2021-05-06T10:00:00+02:00", "1") + "," + rev("2021-07-21T11:00:00Z", "2");
  // 08:00Z is the oldest revision's instant: not older.
  EXPECT_TRUE(
      run_csaf_test(&test_6_2_5_older_initial_release,
                    tracking(R"("initial_release_date": "2021-05-06T08:00:00Z", )", history))
          .empty());
  const auto older =
      run_csaf_test(&test_6_2_5_older_initial_release,
                    tracking(R"("initial_release_date": "2021-05-06T07:59:59Z", )", history));
  ASSERT_EQ(older.size(), 1u);
  EXPECT_EQ(older[0].path, "/document/tracking/initial_release_date");
  EXPECT_TRUE(
      run_csaf_test(&test_6_2_6_older_current_release,
                    tracking(R"("current_release_date": "2021-07-21T13:00:00+02:00", )", history))
          .empty());
  const auto current =
      run_csaf_test(&test_6_2_6_older_current_release,
                    tracking(R"("current_release_date": "2021-07-21T12:59:00+02:00", )", history));
  ASSERT_EQ(current.size(), 1u);
  EXPECT_EQ(current[0].path, "/document/tracking/current_release_date");
}

TEST(OptionalDocument, InvolvementWithoutDate) {
  const auto f =
      run_csaf_test(&test_6_2_7_involvement_date, R"({"vulnerabilities": [{"involvements": [
      {"party": "vendor", "status": "completed", "date": "2021-01-01T00:00:00Z"},
      {"party": "coordinator", "status": "in_progress"}]}]})");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/vulnerabilities/0/involvements/1");
  EXPECT_NE(f[0].message.find("coordinator"), std::string::npos);
}

TEST(OptionalDocument, TlpLabelPresentAndValid) {
  EXPECT_TRUE(run_csaf_test(&test_6_2_10_tlp_label,
                            R"({"document": {"distribution": {"tlp": {"label": "WHITE"}}}})")
                  .empty());
  auto f =
      run_csaf_test(&test_6_2_10_tlp_label, R"({"document": {"distribution": {"text": "t"}}})");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/document/distribution/tlp");
  f = run_csaf_test(&test_6_2_10_tlp_label,
                    R"({"document": {"distribution": {"tlp": {"label": "CLEAR"}}}})");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/document/distribution/tlp/label");
  EXPECT_EQ(run_csaf_test(&test_6_2_10_tlp_label, R"({"document": {}})").size(), 1u);
}

TEST(OptionalDocument, CanonicalUrlFollowsTheFileNameRules) {
  EXPECT_EQ(csaf::file_name_for("Example Company - 2019:YH3234"),
            "example_company_-_2019_yh3234.json");
  EXPECT_EQ(csaf::file_name_for("RHBA-2019:0024"), "rhba-2019_0024.json");
  auto with = [](const std::string& id, const std::string& url) {
    return R"({"document": {"tracking": {"id": ")" + id + R"("}, "references": [
        {"category": "external", "summary": "s", "url": "https://x/other.json"},
        {"category": "self", "summary": "s", "url": ")" +
           url + R"("}]}})";
  };
  EXPECT_TRUE(run_csaf_test(&test_6_2_11_canonical_url,
                            with("RHBA-2019:0024", "https://a.example/2019/rhba-2019_0024.json"))
                  .empty());
  EXPECT_EQ(run_csaf_test(&test_6_2_11_canonical_url,
                          with("RHBA-2019:0024", "http://a.example/rhba-2019_0024.json"))
                .size(),
            1u);
  EXPECT_EQ(run_csaf_test(&test_6_2_11_canonical_url,
                          with("RHBA-2019:0024", "https://a.example/rhba-2019-0024.json"))
                .size(),
            1u);
  // The name must be the whole last path segment.
  EXPECT_EQ(
      run_csaf_test(&test_6_2_11_canonical_url, with("A-1", "https://a.example/xa-1.json")).size(),
      1u);
  const auto none =
      run_csaf_test(&test_6_2_11_canonical_url, R"({"document": {"tracking": {"id": "A-1"}}})");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_NE(none[0].message.find("a-1.json"), std::string::npos);
}

TEST(OptionalDocument, DocumentLanguage) {
  EXPECT_EQ(
      run_csaf_test(&test_6_2_12_document_language, R"({"document": {"category": "csaf_base"}})")
          .size(),
      1u);
  EXPECT_EQ(run_csaf_test(&test_6_2_12_document_language, R"({"document": {"lang": ""}})").size(),
            1u);
  EXPECT_TRUE(
      run_csaf_test(&test_6_2_12_document_language, R"({"document": {"lang": "en"}})").empty());
}

std::string langs(const std::string& lang, const std::string& source_lang) {
  return R"({"document": {"lang": ")" + lang + R"(", "source_lang": ")" + source_lang + R"("}})";
}

TEST(OptionalDocument, PrivateUseSubtagsInEveryPosition) {
  for (const char* tag : {"qtx", "QAA", "en-x-private", "x-whatever", "de-Qaaa", "en-XA", "en-zz",
                          "en-QM", "en-AA", "sr-Latn-x-a"}) {
    const auto f = run_csaf_test(&test_6_2_14_private_language, langs("en", tag));
    ASSERT_EQ(f.size(), 1u) << tag;
    EXPECT_EQ(f[0].path, "/document/source_lang") << tag;
  }
  for (const char* tag :
       {"en", "de-DE", "qu", "zh-Hant-TW", "en-US-u-ca-xa", "sr-Latn", "en-419", "qua"})
    EXPECT_TRUE(run_csaf_test(&test_6_2_14_private_language, langs(tag, tag)).empty()) << tag;
}

TEST(OptionalDocument, DefaultLanguage) {
  const auto f = run_csaf_test(&test_6_2_15_default_language, langs("I-Default", "i-default"));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].path, "/document/lang");
  EXPECT_TRUE(run_csaf_test(&test_6_2_15_default_language, langs("en", "i-klingon")).empty());
}

TEST(OptionalDocument, CveInIds) {
  const auto f = run_csaf_test(&test_6_2_17_cve_in_ids, R"({"vulnerabilities": [{"ids": [
      {"system_name": "GHSA", "text": "GHSA-jfh8-c2jp-5v3q"},
      {"system_name": "CVE Project", "text": "CVE-2021-44228"},
      {"system_name": "x", "text": "CVE-2021-442"},
      {"system_name": "x", "text": "see CVE-2021-44228"}]}]})");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/vulnerabilities/0/ids/1/text");
}

}  // namespace
}  // namespace vt::validation::optional
