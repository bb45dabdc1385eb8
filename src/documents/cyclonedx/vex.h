// CycloneDX 1.4-1.6 VEX: a BOM's vulnerabilities[] with their analysis
// (state, justification, response, detail) and affects[] (a bom-ref, local
// or a BOM-Link into another BOM, with optional versions / vers ranges),
// plus the components those refs name. Typed model; elements keep their
// json::Value for JSON pointers.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "json/json.h"

namespace vt::cyclonedx {

struct Component {
  std::string bom_ref, type, group, name, version, purl, cpe;
};

struct AffectedVersion {
  json::Value source;
  std::string version, range, status;  // status: affected, unaffected, unknown
};

struct Affects {
  json::Value source;
  std::string ref;  // as written
  std::string local_ref;  // the bom-ref part of a BOM-Link (urn:cdx:serial/version#ref), else ref
  std::vector<AffectedVersion> versions;
};

struct Analysis {
  std::string state, justification, detail, first_issued, last_updated;
  std::vector<std::string> response;
};

struct Vulnerability {
  json::Value source;
  std::string bom_ref, id, source_name, source_url, description, recommendation, workaround;
  std::vector<std::string> aliases;  // references[].id
  std::optional<Analysis> analysis;
  std::vector<Affects> affects;
};

struct Bom {
  json::Value source;
  std::string spec_version, serial_number, version, timestamp, supplier;
  std::unordered_map<std::string, Component> components;  // by bom-ref, metadata.component included
  std::vector<Vulnerability> vulnerabilities;
};

// bomFormat "CycloneDX" with a vulnerabilities array.
bool is_cyclonedx(const json::Value& root);
bool has_vulnerabilities(const json::Value& root);

Result<Bom> parse_vex(const json::Value& root);

}  // namespace vt::cyclonedx
