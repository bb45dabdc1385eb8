// The policy file: what it accepts, the errors it gives (file:line), and
// exceptions that keep findings visible but suppressed until they expire.
#include "triage/policy.h"

#include <gtest/gtest.h>

namespace vt::triage {
namespace {

const char* kPolicy = R"(
[[exception]]
vulnerability = "CVE-2024-5535"
artifact = "edge-appliance"
kind = "accepted_risk"
reason = "vendor ships the fix in 4.3"
by = "alice@contoso.com"
until = 2026-12-31

[[exception]]
vulnerability = "CVE-2025-26465"
component = "openssh-client"
kind = "false_positive"
reason = "VerifyHostKeyDNS is off on every host"
by = "bob"

[[exception]]
vulnerability = "CVE-2025-38477"
kind = "accepted_risk"
reason = "old"
by = "carol"
until = 2025-01-01
)";

Finding finding(const std::string& artifact, const std::string& vuln, const std::string& component) {
  Finding f;
  f.artifact = artifact;
  f.vulnerability = vuln;
  f.component.name = component;
  f.verdict = Verdict::kAffected;
  f.tier = Tier::kMedium;
  return f;
}

TEST(Policy, ExceptionsSuppressWithWhoWhyAndUntil) {
  auto policy = parse_policy(kPolicy, "policy.toml");
  ASSERT_TRUE(policy.ok()) << policy.error().to_string();
  ASSERT_EQ(policy->exceptions.size(), 3u);
  std::vector<Finding> findings = {finding("edge-appliance", "CVE-2024-5535", "openssl"),
                                   finding("debian-app", "CVE-2024-5535", "libssl3"),
                                   finding("wsl", "CVE-2025-26465", "openssh-client"),
                                   finding("vm", "CVE-2025-38477", "kernel")};
  auto notes = apply_policy(*policy, "2026-11-25", findings);
  ASSERT_TRUE(findings[0].suppressed.has_value());
  EXPECT_EQ(*findings[0].suppressed, "accepted_risk by alice@contoso.com until 2026-12-31: vendor ships the fix in 4.3");
  EXPECT_FALSE(findings[1].suppressed.has_value());  // another artifact
  EXPECT_TRUE(findings[2].suppressed.has_value());
  EXPECT_FALSE(findings[3].suppressed.has_value());  // expired
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("expired on 2025-01-01"), std::string::npos);
  EXPECT_EQ(findings[0].evidence.back().kind, "policy");
  EXPECT_EQ(findings[0].evidence.back().source, "policy.toml:2");
}

TEST(Policy, MistakesAreErrorsNamingTheLine) {
  auto bad = parse_policy("[[exception]]\nvulnerability = \"CVE-1\"\nkind = \"accepted_risk\"\nreason = \"r\"\nby = \"b\"\n",
                          "p.toml");
  ASSERT_FALSE(bad.ok());  // an accepted risk without expiry
  EXPECT_EQ(bad.error().where, "p.toml:1");
  bad = parse_policy("[[exception]]\nvulnerability = \"CVE-1\"\nreason = 3\n", "p.toml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "p.toml:3");
  bad = parse_policy("[[exception]\n", "p.toml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("not valid TOML"), std::string::npos);
  EXPECT_FALSE(parse_policy("[rules]\nx = 1\n", "p.toml").ok());
  EXPECT_TRUE(parse_policy("", "p.toml").ok());
}

}  // namespace
}  // namespace vt::triage
