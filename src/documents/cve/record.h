// CVE JSON 5 records as CNAs publish them: cveMetadata and the CNA
// container's affected[] (vendor, product, packageName, collectionURL,
// defaultStatus, versions with lessThan / lessThanOrEqual / versionType,
// programFiles as the Linux kernel CNA writes them). Typed model; elements
// keep their json::Value for JSON pointers.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "json/json.h"

namespace vt::cve {

struct VersionSpan {
  json::Value source;
  std::string version, status, version_type, less_than, less_than_or_equal;
};

struct Affected {
  json::Value source;
  std::string vendor, product, package_name, collection_url, repo, default_status;
  std::vector<std::string> cpes, platforms, program_files;
  std::vector<VersionSpan> versions;
};

struct Record {
  json::Value source;
  std::string cve_id, state, assigner, date_updated, date_published;
  std::string title;
  std::vector<Affected> affected;
};

// A record: "dataType": "CVE_RECORD" or a cveMetadata object.
bool is_cve_record(const json::Value& root);

// Fails when cveMetadata.cveId is missing; a REJECTED record parses with
// state "REJECTED" and no affected entries.
Result<Record> parse_record(const json::Value& root);

}  // namespace vt::cve
