// Reference catalogues the tests need, loaded once from the data directory:
// the CWE list (6.1.11), the BCP 47 language subtag registry (6.1.12,
// 6.2.x, 6.3.x) and FIRST's CVSS schemas (6.1.8).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::validation {
namespace schema {
class Validator;
}

class Catalogues {
 public:
  // Loads <data_dir>/cwe/cwec.json (plus cwec_all_versions.json) and
  // <data_dir>/bcp47/*.json.
  static Result<std::shared_ptr<const Catalogues>> load(const std::string& data_dir);

  // The CWE's name in the current catalogue, or nullopt if the id is unknown.
  std::optional<std::string_view> cwe_name(std::string_view cwe_id) const;
  // True when some catalogue version (1.0 ... current) gave the weakness this
  // name (trailing blanks ignored), or knew the id at all.
  bool cwe_had_name(std::string_view cwe_id, std::string_view name) const;
  bool cwe_existed(std::string_view cwe_id) const;
  // True when `tag` is a well-formed BCP 47 tag whose subtags are registered.
  bool is_valid_language_tag(std::string_view tag) const;
  // True for a registered language subtag ("en", "de", "i-default" ...).
  bool is_known_language(std::string_view subtag) const;
  // FIRST's JSON schema of a CVSS object by its version ("2.0", "3.0",
  // "3.1"), for 6.1.8; nullptr for another version.
  const schema::Validator* cvss_schema(std::string_view version) const;
  // The CSAF 2.0 schema as published, and its strict variant (no property
  // beyond those listed; 6.2.20).
  const schema::Validator* csaf_schema(bool strict) const;

  ~Catalogues();
  struct Impl;

 private:
  Catalogues();
  std::unique_ptr<Impl> impl_;
};

}  // namespace vt::validation
