// Cases the OASIS files do not cover: longer relationship cycles, CVSS v2
// duplicates, time zone offsets and fractions in revision dates, drafts with
// pre-release versions, purl syntax.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "documents/csaf/parse.h"
#include "documents/csaf/product_index.h"
#include "json/json.h"
#include "json/writer.h"
#include "validation/catalogues.h"
#include "validation/csaf_test_testing.h"
#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

std::vector<Finding> run(TestFunction test, std::string_view text) { return testing::run_csaf_test(test, text); }

std::string relationships(const std::string& items) {
  return R"({"product_tree": {"full_product_names": [{"name": "A", "product_id": "A"}],
            "relationships": [)" +
         items + "]}}";
}
std::string rel(const char* id, const char* ref, const char* to) {
  return std::string(
             R"({"category": "installed_on", "full_product_name": {"name": "x", "product_id": ")") +
         id + R"("}, "product_reference": ")" + ref + R"(", "relates_to_product_reference": ")" +
         to + "\"}";
}

TEST(ProductIdEdgeCases, CircularDefinitionThroughSeveralRelationships) {
  // B = A on C, C = A on B: both on a cycle; D = A on B is not.
  const auto findings =
      run(&test_6_1_3_circular_product_id,
          relationships(rel("B", "A", "C") + "," + rel("C", "A", "B") + "," + rel("D", "A", "B")));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].path, "/product_tree/relationships/0/full_product_name/product_id");
  EXPECT_NE(findings[0].message.find("B -> C -> B"), std::string::npos) << findings[0].message;
  EXPECT_EQ(findings[1].path, "/product_tree/relationships/1/full_product_name/product_id");
  EXPECT_TRUE(run(&test_6_1_3_circular_product_id,
                  relationships(rel("B", "A", "A") + "," + rel("C", "B", "A")))
                  .empty());
}

TEST(ProductIdEdgeCases, CircularDefinitionBySelfReferenceOrASecondDefinition) {
  const auto self = run(&test_6_1_3_circular_product_id, relationships(rel("B", "B", "A")));
  ASSERT_EQ(self.size(), 1u);
  EXPECT_NE(self[0].message.find("(B -> B)"), std::string::npos) << self[0].message;
  // B is defined twice; its second definition (on C) closes a cycle with C.
  const auto twice = run(&test_6_1_3_circular_product_id,
                         relationships(rel("B", "A", "A") + "," + rel("B", "C", "A") + "," +
                                       rel("C", "B", "A") + "," + rel("D", "C", "B")));
  ASSERT_EQ(twice.size(), 3u);
  EXPECT_EQ(twice[0].path, "/product_tree/relationships/0/full_product_name/product_id");
  EXPECT_NE(twice[0].message.find("(B -> C -> B)"), std::string::npos) << twice[0].message;
  EXPECT_EQ(twice[1].path, "/product_tree/relationships/1/full_product_name/product_id");
  EXPECT_EQ(twice[2].path, "/product_tree/relationships/2/full_product_name/product_id");
  EXPECT_NE(twice[2].message.find("(C -> B -> C)"), std::string::npos) << twice[2].message;
}

TEST(ProductIdEdgeCases, LongChainIsNotACycleAndDoesNotRecurse) {
  std::string items = rel("P0", "A", "A");
  for (int i = 1; i < 20000; ++i) {
    const std::string id = "P" + std::to_string(i), prev = "P" + std::to_string(i - 1);
    items += "," + rel(id.c_str(), prev.c_str(), "A");
  }
  EXPECT_TRUE(run(&test_6_1_3_circular_product_id, relationships(items)).empty());
  items += "," + rel("P0", "P19999", "A");  // closes the chain into one big cycle
  EXPECT_EQ(run(&test_6_1_3_circular_product_id, relationships(items)).size(), 20001u);
}

TEST(ProductIdEdgeCases, MultipleScoresPerVersion) {
  const char* v2 =
      R"({"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:P/I:P/A:P", "baseScore": 7.5})";
  const char* v31 =
      R"({"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL"})";
  const char* v30 =
      R"({"version": "3.0", "vectorString": "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL"})";
  auto doc = [](const std::string& scores) {
    return R"({"vulnerabilities": [{"scores": [)" + scores + "]}]}";
  };
  auto score = [](const char* products, const std::string& cvss) {
    return std::string(R"({"products": )") + products + "," + cvss + "}";
  };
  // v2 and v3.1 for the same product, and v3.0 next to v3.1: fine.
  EXPECT_TRUE(
      run(&test_6_1_7_multiple_scores,
          doc(score(R"(["A"])", std::string(R"("cvss_v2": )") + v2 + R"(, "cvss_v3": )" + v31) +
              "," + score(R"(["A"])", std::string(R"("cvss_v3": )") + v30)))
          .empty());
  // The same product listed twice in one score is not two scores.
  EXPECT_TRUE(run(&test_6_1_7_multiple_scores,
                  doc(score(R"(["A", "A"])", std::string(R"("cvss_v3": )") + v31)))
                  .empty());
  const auto two_v2 = run(&test_6_1_7_multiple_scores,
                          doc(score(R"(["A", "B"])", std::string(R"("cvss_v2": )") + v2) + "," +
                              score(R"(["B"])", std::string(R"("cvss_v2": )") + v2)));
  ASSERT_EQ(two_v2.size(), 1u);
  EXPECT_EQ(two_v2[0].path, "/vulnerabilities/0/scores/1/products/0");
  // Vulnerabilities without two scores of one version are skipped: a shared
  // version two scores apart, or in the second object of a score, is not.
  const std::string v31_score = std::string(R"("cvss_v3": )") + v31;
  const auto apart = run(&test_6_1_7_multiple_scores,
                         doc(score(R"(["A"])", v31_score) + "," + score(R"(["A"])", std::string(R"("cvss_v2": )") + v2) +
                             "," + score(R"(["A"])", v31_score)));
  ASSERT_EQ(apart.size(), 1u);
  EXPECT_EQ(apart[0].path, "/vulnerabilities/0/scores/2/products/0");
  const auto second_object = run(
      &test_6_1_7_multiple_scores,
      doc(score(R"(["A"])", std::string(R"("cvss_v2": )") + v2 + R"(, "cvss_v3": )" + v31) + "," +
          score(R"(["A"])", v31_score)));
  EXPECT_EQ(second_object.size(), 1u);
  // A score without products shares nothing.
  EXPECT_TRUE(run(&test_6_1_7_multiple_scores,
                  doc(std::string("{") + v31_score + "}," + score(R"(["A"])", v31_score)))
                  .empty());
}

// Only an id in two of the four groups is reported; a vulnerability whose
// lists are all of one group is skipped without looking at its ids.
TEST(ProductIdEdgeCases, ContradictingStatusAcrossGroups) {
  auto doc = [](const std::string& status) {
    return R"({"vulnerabilities": [{"product_status": {)" + status + "}}]}";
  };
  EXPECT_TRUE(run(&test_6_1_6_contradicting_status,
                  doc(R"("first_affected": ["A"], "known_affected": ["A"], "last_affected": ["A"])"))
                  .empty());
  EXPECT_TRUE(run(&test_6_1_6_contradicting_status, doc(R"("known_affected": ["A"], "recommended": ["A"])")).empty());
  EXPECT_TRUE(run(&test_6_1_6_contradicting_status, doc(R"("known_affected": [], "fixed": ["A"])")).empty());
  const auto two = run(&test_6_1_6_contradicting_status,
                       doc(R"("known_affected": ["B", "A"], "first_fixed": ["C"], "fixed": ["A"])"));
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(two[0].path, "/vulnerabilities/0/product_status/fixed/0");
  // Items that are not strings are skipped, and positions still count them.
  const auto after_a_number = run(&test_6_1_6_contradicting_status,
                                  doc(R"("known_not_affected": ["A"], "under_investigation": [1, "A"])"));
  ASSERT_EQ(after_a_number.size(), 1u);
  EXPECT_EQ(after_a_number[0].path, "/vulnerabilities/0/product_status/under_investigation/1");
}

// 6.1.11: the current name, a name an older catalogue version gave, and
// trailing blanks pass; another name or an unknown id is reported.
TEST(ProductIdEdgeCases, CweNames) {
  auto doc = [](const std::string& cwe) { return R"({"vulnerabilities": [{"cwe": )" + cwe + "}]}"; };
  // CWE-598's name in the bundled catalogue (4.20), and older ones.
  EXPECT_TRUE(run(&test_6_1_11_cwe, doc(R"({"id": "CWE-598", "name": "Use of HTTP Request With Sensitive Query String"})")).empty());
  EXPECT_TRUE(run(&test_6_1_11_cwe, doc(R"({"id": "CWE-598", "name": "Use of HTTP Request With Sensitive Query String \t"})")).empty());
  EXPECT_TRUE(run(&test_6_1_11_cwe, doc(R"({"id": "CWE-598", "name": "Use of GET Request Method With Sensitive Query Strings"})")).empty());
  EXPECT_TRUE(run(&test_6_1_11_cwe, doc(R"({"id": "CWE-598", "name": "Information Leak Through Query Strings in GET Request"})")).empty());
  EXPECT_TRUE(run(&test_6_1_11_cwe, doc(R"({"id": "CWE-598"})")).empty());
  const auto wrong = run(&test_6_1_11_cwe, doc(R"({"id": "CWE-598", "name": "Use of GET Request Method"})"));
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0].path, "/vulnerabilities/0/cwe/name");
  const auto unknown = run(&test_6_1_11_cwe, doc(R"({"id": "CWE-999999", "name": "x"})"));
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].path, "/vulnerabilities/0/cwe/id");
}

std::string history(const char* status, const char* version, const std::string& items) {
  return std::string(R"({"document": {"tracking": {"status": ")") + status + R"(", "version": ")" +
         version + R"(", "revision_history": [)" + items + "]}}}";
}
std::string revision(const char* date, const char* number) {
  return std::string(R"({"date": ")") + date + R"(", "number": ")" + number +
         R"(", "summary": "s"})";
}

TEST(ProductIdEdgeCases, RevisionDatesUseOffsets) {
  // 10:00+02:00 is 08:00Z, before 09:00Z: numbers 1 then 2 are sorted.
  const std::string items =
      revision("2021-07-21T09:00:00Z", "2") + "," + revision("2021-07-21T10:00:00+02:00", "1");
  EXPECT_TRUE(run(&test_6_1_14_sorted_revision_history, history("final", "2", items)).empty());
  EXPECT_TRUE(run(&test_6_1_16_latest_document_version, history("final", "2", items)).empty());
  EXPECT_EQ(run(&test_6_1_16_latest_document_version, history("final", "1", items)).size(), 1u);
  // Across a day boundary with a negative offset.
  const std::string late =
      revision("2021-07-21T23:30:00-05:00", "2") + "," + revision("2021-07-22T01:00:00Z", "3");
  EXPECT_EQ(run(&test_6_1_14_sorted_revision_history, history("final", "3", late)).size(), 1u);
}

TEST(ProductIdEdgeCases, DraftIgnoresPreRelease) {
  const std::string items = revision("2021-07-21T09:00:00Z", "1.0.0-rc.1");
  EXPECT_TRUE(
      run(&test_6_1_16_latest_document_version, history("draft", "1.0.0-rc.2", items)).empty());
  EXPECT_EQ(
      run(&test_6_1_16_latest_document_version, history("interim", "1.0.0-rc.2", items)).size(),
      1u);
  EXPECT_TRUE(
      run(&test_6_1_16_latest_document_version, history("final", "1.0.0-rc.1+b7", items)).empty());
  // Pre-releases order below their release.
  const std::string pre = revision("2021-07-21T09:00:00Z", "1.0.0") + "," +
                          revision("2021-07-22T09:00:00Z", "1.0.0-rc.1");
  EXPECT_EQ(run(&test_6_1_14_sorted_revision_history, history("final", "1.0.0", pre)).size(), 1u);
}

TEST(ProductIdEdgeCases, PurlSyntax) {
  auto doc = [](const char* purl) {
    return std::string(R"({"product_tree": {"branches": [{"category": "vendor", "name": "v",
      "branches": [{"category": "product_name", "name": "p", "product": {"name": "p",
      "product_id": "P", "product_identification_helper": {"purl": ")") +
           purl + R"("}}}]}]}})";
  };
  for (const char* good : {"pkg:npm/%40angular/animation@12.3.1",
                           "pkg:maven/org.apache/xmlgraphics@1.0?classifier=dist",
                           "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie",
                           "pkg:golang/google.golang.org/genproto#googleapis/api"}) {
    EXPECT_TRUE(run(&test_6_1_13_purl, doc(good)).empty()) << good;
  }
  for (const char* bad : {"pkg:maven/@1.3.4", "pkg:/name", "pkg:1type/name", "pkg:npm/%4gfoo",
                          "pkg:npm/foo?a=1&a=2", "pkg:npm/foo?1a=x", "http:npm/foo"}) {
    const auto findings = run(&test_6_1_13_purl, doc(bad));
    ASSERT_EQ(findings.size(), 1u) << bad;
    EXPECT_EQ(findings[0].path,
              "/product_tree/branches/0/branches/0/product/product_identification_helper/purl");
  }
}

TEST(ProductIdEdgeCases, LanguageAndTranslator) {
  EXPECT_TRUE(
      run(&test_6_1_12_language, R"({"document": {"lang": "de-CH", "source_lang": "i-default"}})")
          .empty());
  const auto bad =
      run(&test_6_1_12_language, R"({"document": {"lang": "en", "source_lang": "en-EZ-1"}})");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].path, "/document/source_lang");
  EXPECT_EQ(
      run(&test_6_1_15_translator, R"({"document": {"publisher": {"category": "translator"}}})")
          .size(),
      1u);
  EXPECT_TRUE(run(&test_6_1_15_translator,
                  R"({"document": {"source_lang": "de", "publisher": {"category": "translator"}}})")
                  .empty());
  EXPECT_TRUE(run(&test_6_1_15_translator, R"({"document": {"publisher": {"category": "vendor"}}})")
                  .empty());
}

}  // namespace
}  // namespace vt::validation::mandatory
