// The user's policy file (TOML): exceptions that keep a finding visible but
// suppressed, with who decided, why and until when (accepted risk with an
// expiry, known false positive). Suppressed findings never reach --fail-on.
//
//   [[exception]]
//   vulnerability = "CVE-2024-5535"
//   artifact = "edge-appliance"      # optional: every artifact when absent
//   component = "openssl"            # optional
//   kind = "accepted_risk"           # or "false_positive"
//   reason = "vendor ships the fix in 4.3, due in January"
//   by = "alice@contoso.com"
//   until = 2026-12-31               # required for accepted_risk
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "triage/finding.h"

namespace vt::triage {

struct PolicyException {
  std::string vulnerability, artifact, component, kind, reason, by, until;  // until: YYYY-MM-DD or ""
  std::string where;  // file:line, for messages
};

struct Policy {
  std::vector<PolicyException> exceptions;
};

// Errors name the file and line and say what was expected.
Result<Policy> parse_policy(std::string_view text, const std::string& path);
Result<Policy> load_policy(const std::string& path);

// Marks the findings an exception covers as suppressed ("accepted_risk by
// alice until 2026-12-31: reason"). `today` is YYYY-MM-DD from the
// caller's clock; an expired exception no longer applies and is reported in
// the returned notes.
std::vector<std::string> apply_policy(const Policy& policy, std::string_view today, std::vector<Finding>& findings);

}  // namespace vt::triage
