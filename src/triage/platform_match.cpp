#include "triage/platform_match.h"

namespace vt::triage {
namespace {

// One spelling per product: CBL-Mariner's os-release ID is "mariner", and
// Azure Linux 2.0 is the same release renamed.
std::string canonical_id(std::string_view id, std::string_view version_id) {
  if (id == "cbl-mariner" || (id == "azurelinux" && (version_id == "1.0" || version_id == "2.0")))
    return "mariner";
  return std::string(id);
}

bool version_covers(std::string_view claim, std::string_view artifact) {
  if (claim.empty()) return true;  // the whole product line
  if (claim == artifact) return true;
  return artifact.size() > claim.size() && artifact.compare(0, claim.size(), claim) == 0 &&
         artifact[claim.size()] == '.';
}

}  // namespace

std::string canonical_platform_id(std::string_view id, std::string_view version_id) {
  return canonical_id(id, version_id);
}

std::string platform_key(std::string_view id, std::string_view version_id) {
  return canonical_id(id, version_id) + " " + std::string(version_id);
}

PlatformRelation relate(const matching::PlatformRef& claim, const inventory::Platform& artifact) {
  if (claim.id.empty() || artifact.id.empty()) return PlatformRelation::kOther;
  const std::string claim_id = canonical_id(claim.id, claim.version_id);
  const std::string artifact_id = canonical_id(artifact.id, artifact.version_id);
  if (claim_id == artifact_id && version_covers(claim.version_id, artifact.version_id))
    return PlatformRelation::kSame;
  const inventory::Lineage lineage = inventory::lineage_of(claim.id, {});
  if (lineage != inventory::Lineage::kUnknown && lineage != inventory::Lineage::kOther &&
      lineage == artifact.lineage)
    return PlatformRelation::kLineage;
  return PlatformRelation::kOther;
}

PreparedPlatform prepare(const matching::PlatformRef& claim) {
  PreparedPlatform p;
  if (claim.id.empty()) return p;
  p.id = canonical_id(claim.id, claim.version_id);
  p.version_id = claim.version_id;
  p.lineage = inventory::lineage_of(claim.id, {});
  return p;
}

PlatformRelation relate(const PreparedPlatform& claim, std::string_view artifact_id,
                        const inventory::Platform& artifact) {
  if (claim.id.empty() || artifact.id.empty()) return PlatformRelation::kOther;
  if (claim.id == artifact_id && version_covers(claim.version_id, artifact.version_id))
    return PlatformRelation::kSame;
  if (claim.lineage != inventory::Lineage::kUnknown &&
      claim.lineage != inventory::Lineage::kOther && claim.lineage == artifact.lineage)
    return PlatformRelation::kLineage;
  return PlatformRelation::kOther;
}

}  // namespace vt::triage
