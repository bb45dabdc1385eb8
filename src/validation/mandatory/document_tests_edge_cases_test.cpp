// Cases of 6.1.17-6.1.33 the OASIS files do not cover: semantic versions in
// the revision history, offsets in dates, keyword matching of 6.1.31,
// justification flags through groups, profile names written differently.
#include <gtest/gtest.h>

#include <string>

#include "validation/csaf_test_testing.h"
#include "validation/mandatory/document_tests.h"

namespace vt::validation::mandatory {
namespace {

using testing::run_csaf_test;

std::string tracking(const std::string& status, const std::string& version, const std::string& history) {
  return R"({"document": {"tracking": {"status": ")" + status + R"(", "version": ")" + version +
         R"(", "revision_history": [)" + history + "]}}}";
}
std::string rev(const char* date, const char* number) {
  return std::string(R"({"date": ")") + date + R"(", "number": ")" + number + R"(", "summary": "s"})";
}

TEST(DocumentEdgeCases, SemanticRevisionHistoryCountsMajorsOnly) {
  const std::string ok = tracking("final", "2.1.0",
                                  rev("2021-01-01T00:00:00Z", "1.0.0") + "," + rev("2021-02-01T00:00:00Z", "1.4.2") +
                                      "," + rev("2021-03-01T00:00:00Z", "2.1.0"));
  EXPECT_TRUE(run_csaf_test(&test_6_1_21_missing_revision, ok).empty());
  const std::string gap = tracking("final", "3.0.0",
                                   rev("2021-01-01T00:00:00Z", "1.0.0") + "," + rev("2021-03-01T00:00:00Z", "3.0.0"));
  const auto findings = run_csaf_test(&test_6_1_21_missing_revision, gap);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/document/tracking/revision_history");
  EXPECT_NE(findings[0].message.find("from version 1 to 3"), std::string::npos);
}

TEST(DocumentEdgeCases, RevisionOrderUsesTheInstantNotTheText) {
  // 10:00+02:00 is 08:00Z, so by instant the order is 1 (07:00Z), 2 (08:00Z),
  // 3 (09:00Z): complete, although the texts sort 2 last.
  const std::string doc = tracking("final", "3",
                                   rev("2021-01-01T10:00:00+02:00", "2") + "," + rev("2021-01-01T07:00:00Z", "1") +
                                       "," + rev("2021-01-01T09:00:00Z", "3"));
  EXPECT_TRUE(run_csaf_test(&test_6_1_21_missing_revision, doc).empty());
  const std::string first_is_two = tracking("final", "3", rev("2021-01-01T07:00:00Z", "2") + "," +
                                                              rev("2021-01-01T09:00:00Z", "3"));
  EXPECT_EQ(run_csaf_test(&test_6_1_21_missing_revision, first_is_two).size(), 1u);
}

TEST(DocumentEdgeCases, DraftVersionsNeedDraftStatus) {
  EXPECT_EQ(run_csaf_test(&test_6_1_17_document_status_draft, tracking("final", "0.9.5", "")).size(), 1u);
  EXPECT_EQ(run_csaf_test(&test_6_1_17_document_status_draft, tracking("interim", "2.0.0-rc.1", "")).size(), 1u);
  EXPECT_TRUE(run_csaf_test(&test_6_1_17_document_status_draft, tracking("draft", "0", "")).empty());
  EXPECT_TRUE(run_csaf_test(&test_6_1_17_document_status_draft, tracking("final", "10", "")).empty());
  // Build metadata is not a pre-release.
  EXPECT_TRUE(run_csaf_test(&test_6_1_20_non_draft_version, tracking("final", "1.0.0+build.5", "")).empty());
}

TEST(DocumentEdgeCases, MixedVersioningNamesBothCounts) {
  const auto findings = run_csaf_test(
      &test_6_1_30_mixed_versioning,
      tracking("final", "2", rev("2021-01-01T00:00:00Z", "1.0.0") + "," + rev("2021-02-01T00:00:00Z", "2")));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("integer versioning (2 versions)"), std::string::npos);
}

std::string version_branch(const char* name) {
  return std::string(R"({"product_tree": {"branches": [{"category": "vendor", "name": "V", "branches": [
           {"category": "product_version", "name": ")") +
         name + R"(", "product": {"name": "p", "product_id": "P"}}]}]}})";
}

TEST(DocumentEdgeCases, VersionRangeKeywordsAreWholeWords) {
  for (const char* range : {"prior to 4.2", "<4.2", "4.2 and LATER", ">=1", "All", "3.x versions"})
    EXPECT_EQ(run_csaf_test(&test_6_1_31_version_range, version_branch(range)).size(), 1u) << range;
  for (const char* version : {"after-eight", "allegro 2", "4.2", "1.0-versions"})
    EXPECT_TRUE(run_csaf_test(&test_6_1_31_version_range, version_branch(version)).empty()) << version;
}

TEST(DocumentEdgeCases, JustificationFlagsCountThroughGroups) {
  const char* doc = R"({"product_tree": {"full_product_names": [{"name": "A", "product_id": "A"},
        {"name": "B", "product_id": "B"}],
      "product_groups": [{"group_id": "G", "product_ids": ["A", "B"]}]},
    "vulnerabilities": [{"flags": [
        {"label": "component_not_present", "group_ids": ["G"]},
        {"label": "vulnerable_code_not_present", "product_ids": ["B"]},
        {"label": "some_future_label", "product_ids": ["A"]}]}]})";
  const auto findings = run_csaf_test(&test_6_1_33_multiple_vex_flags, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/vulnerabilities/0/flags/1");
  EXPECT_NE(findings[0].message.find("product B"), std::string::npos);
}

TEST(DocumentEdgeCases, ProfileNamesWrittenDifferentlyAreProhibited) {
  auto category = [](const char* c) { return std::string(R"({"document": {"category": ")") + c + "\"}}"; };
  for (const char* bad : {"Csaf_a", "Informational Advisory", "security-incident-response", "Security      Advisory",
                          "veX", "V_eX", "Security_Incident_Response"})
    EXPECT_EQ(run_csaf_test(&test_6_1_26_prohibited_category, category(bad)).size(), 1u) << bad;
  for (const char* good : {"csaf_base", "csaf_vex", "Example Company Advisory", "vexing"})
    EXPECT_TRUE(run_csaf_test(&test_6_1_26_prohibited_category, category(good)).empty()) << good;
}

TEST(DocumentEdgeCases, VexStatementsMustCoverEveryProduct) {
  const char* doc = R"({"document": {"category": "csaf_vex"},
    "product_tree": {"full_product_names": [{"name": "A", "product_id": "A"}, {"name": "B", "product_id": "B"}],
      "product_groups": [{"group_id": "G", "product_ids": ["A"]}]},
    "vulnerabilities": [{"product_status": {"known_not_affected": ["A", "B"], "known_affected": ["A"]},
      "threats": [{"category": "impact", "details": "d", "group_ids": ["G"]},
                  {"category": "exploit_status", "details": "d", "product_ids": ["B"]}]}]})";
  const auto impact = run_csaf_test(&test_6_1_27_9_impact_statement, doc);
  ASSERT_EQ(impact.size(), 1u);  // A through the group; B's threat is not an impact
  EXPECT_EQ(impact[0].path, "/vulnerabilities/0/product_status/known_not_affected/1");
  const auto action = run_csaf_test(&test_6_1_27_10_action_statement, doc);
  ASSERT_EQ(action.size(), 1u);
  EXPECT_EQ(action[0].path, "/vulnerabilities/0/product_status/known_affected/0");
  // Other profiles are not concerned.
  std::string advisory(doc);
  advisory.replace(advisory.find("csaf_vex"), 8, "csaf_security_advisory");
  EXPECT_TRUE(run_csaf_test(&test_6_1_27_9_impact_statement, advisory).empty());
}

TEST(DocumentEdgeCases, InvolvementsCollideOnPartyAndDate) {
  const char* doc = R"({"vulnerabilities": [{"involvements": [
      {"party": "vendor", "status": "open", "date": "2021-04-23T10:00:00Z"},
      {"party": "vendor", "status": "completed", "date": "2021-04-24T10:00:00Z"},
      {"party": "coordinator", "status": "open", "date": "2021-04-23T10:00:00Z"},
      {"party": "vendor", "status": "in_progress", "date": "2021-04-23T10:00:00Z"}]}]})";
  const auto findings = run_csaf_test(&test_6_1_24_duplicate_involvement, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/vulnerabilities/0/involvements/3");
}

}  // namespace
}  // namespace vt::validation::mandatory
