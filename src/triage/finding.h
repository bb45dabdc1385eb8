// Findings: the verdict on one artifact x vulnerability x component, with its
// tier, the attestation it rests on, the remediation, and the evidence chain
// (CONTRACT.md, "vextriage scan --format json"). Triage produces these;
// `output` renders them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vt::triage {

enum class Verdict { kAffected, kPresumedAffected, kUnderInvestigation, kFixed, kNotAffected };
enum class Tier { kHighest, kHigh, kMedium, kLow, kNone };
enum class Action { kPatchRebuild, kRebootKernel, kRedeploy, kUpdateWslKernel, kContactPublisher, kVerify, kNone };

const char* to_string(Verdict v);
const char* to_string(Tier t);
const char* to_string(Action a);
// Severity order for sorting and --fail-on: highest first.
int rank(Tier t);

struct Evidence {
  std::string kind;    // attestation, package_db, kernel_release, kernel_config, kernel_module, file, lineage, no_inventory, policy
  std::string detail;  // one sentence a person understands
  std::string source;  // path inside the artifact, or document + JSON pointer
};

struct Attestation {
  std::string publisher, document, revision, product, status;
  std::string path, pointer;  // where it was read (for explain)
};

struct FindingComponent {
  std::string kind = "none";  // package, kernel, kernel-module, file, none
  std::string name, version, purl;
};

struct Finding {
  std::string id;  // stable: artifact + vulnerability + component
  std::string artifact, artifact_type;
  std::string platform_id, platform_version_id;
  std::string vulnerability;
  FindingComponent component;
  Verdict verdict = Verdict::kPresumedAffected;
  Tier tier = Tier::kNone;
  // Shared by the findings that rest on the same statement (null: none).
  std::shared_ptr<const Attestation> attestation;
  std::string fixed_version;  // "" = unknown (null in JSON)
  Action action = Action::kNone;
  std::string action_detail;
  std::vector<Evidence> evidence;
  std::map<std::string, std::string> labels;  // echoed from the estate manifest
  // Policy exceptions keep the finding visible: who, why, until.
  std::optional<std::string> suppressed;
};

// The stable id: the first 16 hex digits of SHA-256 over the three parts.
std::string finding_id(const std::string& artifact, const std::string& vulnerability, const std::string& component);

}  // namespace vt::triage
