// Claims from CVE JSON 5 records (as CNAs publish them): each
// containers.cna.affected[] entry names a product and version ranges with a
// status. The Linux kernel CNA's records become kernel claims
// (ecosystem "linux-kernel") with their programFiles, so triage can gate on
// the kernel's build options.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "json/json.h"
#include "matching/claim.h"

namespace vt::matching {

// `root` is a parsed record; errors name `path` and the JSON pointer.
Result<std::vector<Claim>> claims_from_cve_record(const json::Value& root, const std::string& path);

}  // namespace vt::matching
