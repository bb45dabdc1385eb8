// Claims from OpenVEX 0.2 and CycloneDX (1.4-1.6) VEX documents. Both name
// products by package URL; a purl's distro qualifier names the platform.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "json/json.h"
#include "matching/claim.h"

namespace vt::matching {

Result<std::vector<Claim>> claims_from_openvex(const json::Value& root, const std::string& path);
Result<std::vector<Claim>> claims_from_cyclonedx_vex(const json::Value& root, const std::string& path);

// The component facts of a package URL (ecosystem, name, version with rpm
// epoch, platform from the distro qualifier); false when not a valid purl.
bool claim_from_purl(std::string_view purl, Claim& claim);

}  // namespace vt::matching
