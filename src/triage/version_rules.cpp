#include "triage/version_rules.h"

#include "version/compare.h"
#include "version/vers.h"

namespace vt::triage {
namespace {

using matching::Claim;
using matching::ClaimStatus;

enum class Applies { kYes, kNo, kUnknown };

struct Check {
  Applies applies = Applies::kNo;
  bool above_range = false;  // installed is newer than every bound of the range
};

Check check_range(const Claim& c, std::string_view installed) {
  Check out;
  auto range = version::normalize_vers(c.vers);
  if (!range.ok()) return {Applies::kUnknown, false};
  auto inside = version::contains(*range, installed);
  if (!inside.ok()) return {Applies::kUnknown, false};
  out.applies = *inside ? Applies::kYes : Applies::kNo;
  if (!*inside) {
    out.above_range = true;
    for (const auto& k : range->constraints) {
      if (k.comparator == version::Comparator::kAny) continue;
      auto cmp = version::compare(range->type, installed, k.version);
      if (!cmp.ok() || *cmp < 0) out.above_range = false;
    }
  }
  return out;
}

Check check(const Claim& c, std::string_view scheme, std::string_view installed) {
  if (!c.vers.empty()) return check_range(c, installed);
  if (c.version.empty()) return {Applies::kYes, false};  // about every version
  auto cmp = version::compare(scheme, installed, c.version);
  if (!cmp.ok()) return {Applies::kUnknown, false};
  // A fixed version fixes what comes after it too; other statements name
  // exactly that version.
  if (c.status == ClaimStatus::kFixed) return {*cmp >= 0 ? Applies::kYes : Applies::kNo, false};
  return {*cmp == 0 ? Applies::kYes : Applies::kNo, *cmp > 0};
}

std::string bound_text(const Claim& c) {
  return !c.vers.empty() ? c.vers : c.version.empty() ? "every version" : c.version;
}

}  // namespace

VersionDecision decide_version(const std::vector<const Claim*>& claims, std::string_view scheme,
                               std::string_view installed) {
  const Claim* affected = nullptr;
  const Claim* investigating = nullptr;
  const Claim* fixed = nullptr;
  const Claim* fixed_range = nullptr;  // an explicit unaffected range holding the version
  const Claim* not_affected = nullptr;
  const Claim* above = nullptr;  // an affected range the installed version is past
  bool unknown = false;
  std::string lowest_fix_above;  // smallest fixed version newer than installed
  for (const Claim* c : claims) {
    const Check k = check(*c, scheme, installed);
    if (k.applies == Applies::kUnknown) {
      unknown = true;
      continue;
    }
    if (c->status == ClaimStatus::kFixed && k.applies == Applies::kNo) {
      // The first version the statement calls fixed: its exact version, or
      // the lower bound of an unaffected range ("5.15.190 up to 5.15.*").
      std::string fix = c->version;
      std::string fix_scheme(scheme);
      if (fix.empty() && !c->vers.empty()) {
        if (auto range = version::normalize_vers(c->vers); range.ok()) {
          fix_scheme = range->type;
          for (const auto& b : range->constraints)
            if (b.comparator == version::Comparator::kGreaterEqual ||
                b.comparator == version::Comparator::kEqual) {
              fix = b.version;
              break;
            }
        }
      }
      auto newer = fix.empty() ? Result<int>(-1) : version::compare(fix_scheme, fix, installed);
      if (newer.ok() && *newer > 0) {
        auto cmp = lowest_fix_above.empty() ? Result<int>(-1)
                                            : version::compare(fix_scheme, fix, lowest_fix_above);
        if (cmp.ok() && *cmp < 0) lowest_fix_above = fix;
      }
    }
    if (k.applies == Applies::kNo) {
      if (c->status == ClaimStatus::kAffected && k.above_range) above = c;
      continue;
    }
    switch (c->status) {
      case ClaimStatus::kAffected: {
        // Of several affected statements, the one with the newest fix tells
        // what to install.
        if (!affected)
          affected = c;
        else if (!c->fixed_version.empty()) {
          auto cmp = affected->fixed_version.empty()
                         ? Result<int>(1)
                         : version::compare(scheme, c->fixed_version, affected->fixed_version);
          if (cmp.ok() && *cmp > 0) affected = c;
        }
        break;
      }
      case ClaimStatus::kUnderInvestigation:
        investigating = investigating ? investigating : c;
        break;
      case ClaimStatus::kFixed:
        fixed = fixed ? fixed : c;
        if (!c->vers.empty() && !fixed_range) fixed_range = c;
        break;
      case ClaimStatus::kNotAffected:
        not_affected = not_affected ? not_affected : c;
        break;
    }
  }
  VersionDecision d;
  const std::string v(installed);
  if (fixed_range) {
    // A range the publisher lists as unaffected (CVE records: "5.15.160 up
    // to 5.15.*" after a backport) carves that span out of a wider affected
    // range: it is positive and more specific.
    d.kind = VersionDecision::kFixed;
    d.claim = fixed_range;
    d.reason = "installed " + v + " is within the unaffected " + bound_text(*fixed_range);
  } else if (affected) {
    d.kind = VersionDecision::kAffected;
    d.claim = affected;
    d.fixed_version = !affected->fixed_version.empty() ? affected->fixed_version : lowest_fix_above;
    d.reason = "installed " + v + " is within the affected " + bound_text(*affected);
  } else if (investigating) {
    d.kind = VersionDecision::kUnderInvestigation;
    d.claim = investigating;
    d.reason = "the publisher is investigating " + bound_text(*investigating);
  } else if (fixed) {
    d.kind = VersionDecision::kFixed;
    d.claim = fixed;
    d.fixed_version = fixed->version;
    d.reason = "installed " + v + " is at or above the fixed version " + bound_text(*fixed);
  } else if (not_affected) {
    d.kind = VersionDecision::kNotAffected;
    d.claim = not_affected;
    d.reason = "the publisher states " + bound_text(*not_affected) + " is not affected";
  } else if (unknown) {
    d.kind = VersionDecision::kUnknown;
    d.reason = "installed " + v + " cannot be compared with the versions the statements name";
  } else if (!lowest_fix_above.empty()) {
    // Only a fix is named, and this version predates it: unpatched.
    d.kind = VersionDecision::kAffected;
    d.fixed_version = lowest_fix_above;
    for (const Claim* c : claims)
      if (c->status == ClaimStatus::kFixed && c->version == lowest_fix_above) d.claim = c;
    d.reason = "installed " + v + " is older than the fixed version " + lowest_fix_above;
  } else if (above) {
    d.kind = VersionDecision::kFixed;
    d.claim = above;
    d.fixed_version = above->fixed_version;
    d.reason = "installed " + v + " is newer than the affected " + bound_text(*above);
  } else if (!claims.empty()) {
    d.kind = VersionDecision::kNotAffected;
    d.claim = claims.front();
    d.reason = "installed " + v + " is outside every version the statements name as affected";
  }
  return d;
}

Verdict verdict_for(VersionDecision::Kind kind) {
  switch (kind) {
    case VersionDecision::kAffected:
      return Verdict::kAffected;
    case VersionDecision::kUnderInvestigation:
      return Verdict::kUnderInvestigation;
    case VersionDecision::kFixed:
      return Verdict::kFixed;
    case VersionDecision::kNotAffected:
      return Verdict::kNotAffected;
    case VersionDecision::kUnknown:
    case VersionDecision::kNoStatement:
      break;
  }
  return Verdict::kPresumedAffected;
}

}  // namespace vt::triage
