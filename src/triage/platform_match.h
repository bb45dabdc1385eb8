// How the platform a statement names relates to an artifact's platform:
// the same product (the statement is an attestation for it), the same
// lineage (Azure Linux 3.0 vs CBL-Mariner 2.0; RHEL vs a rebuild), or not.
#pragma once

#include "inventory/os_release.h"
#include "matching/claim.h"

namespace vt::triage {

enum class PlatformRelation { kSame, kLineage, kOther };

// Azure Linux 2.0 is CBL-Mariner 2.0 renamed; both spellings of the id are
// accepted. A statement's version matches a more precise artifact version at
// a dot boundary ("9" names RHEL 9.4; "15" does not name "15.6" of SLES when
// the statement says "15.5").
PlatformRelation relate(const matching::PlatformRef& claim, const inventory::Platform& artifact);

// A statement's platform prepared once (canonical id, lineage), for
// relating it to thousands of artifacts; the same answers as relate().
struct PreparedPlatform {
  std::string id;  // canonical_platform_id
  std::string version_id;
  inventory::Lineage lineage = inventory::Lineage::kUnknown;
};
PreparedPlatform prepare(const matching::PlatformRef& claim);
// `artifact_id`: canonical_platform_id of `artifact`.
PlatformRelation relate(const PreparedPlatform& claim, std::string_view artifact_id,
                        const inventory::Platform& artifact);

// The key claims are indexed by: "<canonical id> <version_id>".
std::string platform_key(std::string_view id, std::string_view version_id);

// One spelling per product line ("cbl-mariner" and Azure Linux 1.0/2.0 are
// "mariner"), for indexing statements by the platform they name.
std::string canonical_platform_id(std::string_view id, std::string_view version_id);

}  // namespace vt::triage
