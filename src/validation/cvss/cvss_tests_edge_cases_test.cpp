// 6.1.10 on properties the OASIS files leave alone: every property of both
// CVSS tables is compared with its vector (a v2 targetDistribution, a v3
// modified metric), and the members that are no metric (version,
// vectorString, scores, severities) are never taken for one.
#include <gtest/gtest.h>

#include <string>

#include "validation/csaf_test_testing.h"
#include "validation/cvss/cvss_tests.h"

namespace vt::validation::cvss {
namespace {

using testing::run_csaf_test;

std::string with_score(const std::string& kind, const std::string& object) {
  return R"({"vulnerabilities": [{"scores": [{"products": ["P1"], ")" + kind + R"(": )" + object +
         "}]}]}";
}

TEST(InconsistentCvss, EveryV2PropertyIsComparedWithTheVector) {
  const std::string vector = "AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C/CDP:N/TD:H/CR:M/IR:M/AR:M";
  const std::string agreeing =
      R"({"version": "2.0", "vectorString": ")" + vector +
      R"(", "baseScore": 7.5, "targetDistribution": "HIGH", "authentication": "NONE",
      "collateralDamagePotential": "NONE", "exploitability": "FUNCTIONAL"})";
  EXPECT_TRUE(
      run_csaf_test(&test_6_1_10_inconsistent_cvss, with_score("cvss_v2", agreeing)).empty());
  const std::string target = R"({"version": "2.0", "vectorString": ")" + vector +
                             R"(", "baseScore": 7.5, "targetDistribution": "LOW"})";
  const auto findings =
      run_csaf_test(&test_6_1_10_inconsistent_cvss, with_score("cvss_v2", target));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/vulnerabilities/0/scores/0/cvss_v2/targetDistribution");
  EXPECT_NE(findings[0].message.find("TD:H"), std::string::npos) << findings[0].message;
}

TEST(InconsistentCvss, EveryV3PropertyIsComparedWithTheVector) {
  const std::string vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:L/MUI:R";
  const std::string agreeing =
      R"({"version": "3.1", "vectorString": ")" + vector +
      R"(", "baseScore": 9.8, "baseSeverity": "CRITICAL", "attackVector": "NETWORK",
      "modifiedAttackVector": "LOCAL", "userInteraction": "NONE", "modifiedUserInteraction": "REQUIRED"})";
  EXPECT_TRUE(
      run_csaf_test(&test_6_1_10_inconsistent_cvss, with_score("cvss_v3", agreeing)).empty());
  for (const char* wrong :
       {R"("attackVector": "LOCAL")", R"("modifiedAttackVector": "NETWORK")",
        R"("userInteraction": "REQUIRED")", R"("modifiedUserInteraction": "NONE")"}) {
    const std::string object = R"({"version": "3.1", "vectorString": ")" + vector +
                               R"(", "baseScore": 9.8, "baseSeverity": "CRITICAL", )" + wrong + "}";
    EXPECT_EQ(run_csaf_test(&test_6_1_10_inconsistent_cvss, with_score("cvss_v3", object)).size(),
              1u)
        << wrong;
  }
}

}  // namespace
}  // namespace vt::validation::cvss
