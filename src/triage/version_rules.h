// What a set of statements about one component says about one installed
// version: which statement applies (exact version, vers range, or all
// versions) and the resulting status. Conservative: where an affected range
// and a fixed version both apply, affected wins; only an explicit unaffected
// range (as CVE records give for backports) overrides an affected range.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "matching/claim.h"
#include "triage/finding.h"

namespace vt::triage {

struct VersionDecision {
  enum Kind { kAffected, kUnderInvestigation, kFixed, kNotAffected, kUnknown, kNoStatement };
  Kind kind = kNoStatement;
  const matching::Claim* claim = nullptr;  // the statement that decided
  std::string fixed_version;               // when known
  std::string reason;                      // one sentence for the evidence
};

// `scheme` orders the installed version ("rpm", "deb", "apk", "generic");
// ranges carry their own. `installed` is the full version the package
// manager reports (rpm with "epoch:" when non-zero).
VersionDecision decide_version(const std::vector<const matching::Claim*>& claims,
                               std::string_view scheme, std::string_view installed);

// The verdict a decision gives a present package: no statement or an
// incomparable version leaves it presumed affected (unpatched counts as
// vulnerable).
Verdict verdict_for(VersionDecision::Kind kind);

}  // namespace vt::triage
