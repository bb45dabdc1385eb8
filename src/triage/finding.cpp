#include "triage/finding.h"

#include "core/hash.h"

namespace vt::triage {

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::kAffected:
      return "affected";
    case Verdict::kPresumedAffected:
      return "presumed_affected";
    case Verdict::kUnderInvestigation:
      return "under_investigation";
    case Verdict::kFixed:
      return "fixed";
    case Verdict::kNotAffected:
      return "not_affected";
  }
  return "presumed_affected";
}

const char* to_string(Tier t) {
  switch (t) {
    case Tier::kHighest:
      return "highest";
    case Tier::kHigh:
      return "high";
    case Tier::kMedium:
      return "medium";
    case Tier::kLow:
      return "low";
    case Tier::kNone:
      return "none";
  }
  return "none";
}

const char* to_string(Action a) {
  switch (a) {
    case Action::kPatchRebuild:
      return "patch_rebuild";
    case Action::kRebootKernel:
      return "reboot_kernel";
    case Action::kRedeploy:
      return "redeploy";
    case Action::kUpdateWslKernel:
      return "update_wsl_kernel";
    case Action::kContactPublisher:
      return "contact_publisher";
    case Action::kVerify:
      return "verify";
    case Action::kNone:
      return "none";
  }
  return "none";
}

int rank(Tier t) { return static_cast<int>(t); }

std::string finding_id(const std::string& artifact, const std::string& vulnerability,
                       const std::string& component) {
  // NUL separators: no two different triples hash the same text. The text
  // is built in a buffer kept per thread (triage makes millions of ids).
  thread_local std::string text;
  text.clear();
  text.append(artifact).push_back('\0');
  text.append(vulnerability).push_back('\0');
  text.append(component);
  std::string id = hex_digest(HashAlgorithm::kSha256, text);
  id.resize(16);
  return id;
}

}  // namespace vt::triage
