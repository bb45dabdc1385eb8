// Cases of 6.2.1-6.2.3, 6.2.16 and 6.2.19 the OASIS files do not cover:
// references through groups, the informational profile, environmental
// metrics given only in the vector.
#include <gtest/gtest.h>

#include <string>

#include "validation/csaf_test_testing.h"
#include "validation/optional/optional_tests.h"

namespace vt::validation::optional {
namespace {

using testing::run_csaf_test;

const char* kTwoProducts = R"("product_tree": {"full_product_names": [
    {"name": "A", "product_id": "A"},
    {"name": "B", "product_id": "B", "product_identification_helper": {"cpe": "cpe:/a:x:b"}}]})";

std::string doc(const std::string& category, const std::string& rest) {
  return R"({"document": {"category": ")" + category + R"("}, )" + kTwoProducts + rest + "}";
}

TEST(OptionalProducts, UnusedProductIdCountsGroupsAndSkipsInformational) {
  const std::string via_group = doc("csaf_base", R"(, "vulnerabilities": [{"product_status": {"fixed": ["A"]}}])");
  const auto f = run_csaf_test(&test_6_2_1_unused_product_id, via_group);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/product_tree/full_product_names/1/product_id");
  EXPECT_NE(f[0].message.find("product B"), std::string::npos);
  const std::string grouped =
      R"({"document": {"category": "csaf_base"}, "product_tree": {"full_product_names": [
      {"name": "A", "product_id": "A"}, {"name": "B", "product_id": "B"}],
      "product_groups": [{"group_id": "G", "product_ids": ["A", "B"]}]}})";
  EXPECT_TRUE(run_csaf_test(&test_6_2_1_unused_product_id, grouped).empty());
  EXPECT_TRUE(run_csaf_test(&test_6_2_1_unused_product_id, doc("csaf_informational_advisory", "")).empty());
}

TEST(OptionalProducts, MissingRemediationAcceptsGroupsAndNamesTheStatus) {
  const std::string by_group = doc("csaf_base", R"(,
      "vulnerabilities": [{"product_status": {"known_affected": ["A"], "under_investigation": ["B"]},
        "remediations": [{"category": "none_available", "details": "d", "group_ids": ["G"]}]}])");
  // Without the group definition, G covers nothing: both products lack one.
  auto f = run_csaf_test(&test_6_2_2_missing_remediation, by_group);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].path, "/vulnerabilities/0/product_status/known_affected/0");
  EXPECT_NE(f[0].message.find("known_affected"), std::string::npos);
  std::string with_group = by_group;
  with_group.replace(with_group.find(R"("full_product_names")"), 0,
                     R"("product_groups": [{"group_id": "G", "product_ids": ["A", "B"]}], )");
  EXPECT_TRUE(run_csaf_test(&test_6_2_2_missing_remediation, with_group).empty());
  // Fixed and not affected products need none.
  EXPECT_TRUE(run_csaf_test(&test_6_2_2_missing_remediation,
                            doc("csaf_base", R"(, "vulnerabilities": [{"product_status":
                                {"fixed": ["A"], "known_not_affected": ["B"]}}])"))
                  .empty());
}

TEST(OptionalProducts, MissingScoreOnlyForAffected) {
  const std::string d = doc("csaf_base", R"(, "vulnerabilities": [{"product_status":
      {"last_affected": ["A"], "first_affected": ["B"], "under_investigation": ["A"]},
      "scores": [{"products": ["B"], "cvss_v3": {"version": "3.1",
        "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL"}}]}])");
  const auto f = run_csaf_test(&test_6_2_3_missing_score, d);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/vulnerabilities/0/product_status/last_affected/0");
}

TEST(OptionalProducts, MissingHelperInBranchesAndRelationships) {
  const std::string d = R"({"product_tree": {
      "branches": [{"category": "vendor", "name": "V", "branches": [{"category": "product_name", "name": "P",
        "product": {"name": "P", "product_id": "P", "product_identification_helper": {"purl": "pkg:generic/p"}}},
        {"category": "product_name", "name": "Q", "product": {"name": "Q", "product_id": "Q"}}]}],
      "relationships": [{"category": "installed_on", "product_reference": "P", "relates_to_product_reference": "Q",
        "full_product_name": {"name": "P on Q", "product_id": "PQ"}}]}})";
  const auto f = run_csaf_test(&test_6_2_16_missing_helper, d);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].path, "/product_tree/branches/0/branches/1/product");
  EXPECT_EQ(f[1].path, "/product_tree/relationships/0/full_product_name");
  EXPECT_TRUE(run_csaf_test(&test_6_2_16_missing_helper, R"({"document": {}})").empty());
}

std::string fixed_with(const std::string& cvss) {
  return doc("csaf_base", R"(, "vulnerabilities": [{"product_status": {"fixed": ["A"], "known_affected": ["B"]},
      "scores": [{"products": ["B", "A"], "cvss_v3": )" + cvss + "}]}]");
}

TEST(OptionalProducts, CvssForFixedNeedsEnvironmentalZero) {
  const std::string base = R"("version": "3.1", "baseScore": 9.8, "baseSeverity": "CRITICAL")";
  const auto plain = run_csaf_test(&test_6_2_19_cvss_for_fixed, fixed_with(
      "{" + base + R"(, "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"})"));
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].path, "/vulnerabilities/0/scores/0/cvss_v3");
  EXPECT_NE(plain[0].message.find("product A"), std::string::npos);
  // Modified impacts none in the vector alone: environmental score 0.
  EXPECT_TRUE(run_csaf_test(&test_6_2_19_cvss_for_fixed,
                            fixed_with("{" + base + R"(, "vectorString":
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MC:N/MI:N/MA:N"})"))
                  .empty());
  EXPECT_TRUE(run_csaf_test(&test_6_2_19_cvss_for_fixed, fixed_with("{" + base + R"(, "vectorString":
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "environmentalScore": 0})"))
                  .empty());
  // A stated non-zero environmental score fails.
  EXPECT_EQ(run_csaf_test(&test_6_2_19_cvss_for_fixed, fixed_with("{" + base + R"(, "vectorString":
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MC:L", "environmentalScore": 7.2})"))
                .size(),
            1u);
  // No score names a fixed product: passes.
  EXPECT_TRUE(run_csaf_test(&test_6_2_19_cvss_for_fixed,
                            doc("csaf_base", R"(, "vulnerabilities": [{"product_status": {"fixed": ["A"]},
      "scores": [{"products": ["B"], "cvss_v3": {)" + base + "}}]}]"))
                  .empty());
}

}  // namespace
}  // namespace vt::validation::optional
