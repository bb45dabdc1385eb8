// A JSON Schema validator driven by the official schema files (CSAF 2.0 and
// the FIRST CVSS schemas it references; provider and aggregator metadata;
// CycloneDX, SPDX, OpenVEX, SARIF). Schemas are compiled once into an
// immutable graph; validation walks the simdjson DOM directly and builds a
// JSON pointer only when it reports a failure.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "json/json.h"
#include "validation/report.h"

namespace vt::validation::schema {

struct Compiled;  // the node graph (schema_compile.h)

class Validator {
 public:
  // Loads and compiles the schema at `schema_path`; every remote $ref is
  // resolved by $id against the *.json files found (recursively) in
  // `search_dirs`. Unsupported keywords fail the load with their location.
  struct LoadOptions {
    // Objects whose schema lists properties allow no other property, as if
    // every such schema said additionalProperties: false.
    bool strict = false;
  };
  static Result<std::shared_ptr<const Validator>> load(const std::string& schema_path,
                                                       const std::vector<std::string>& search_dirs,
                                                       const LoadOptions& options);
  static Result<std::shared_ptr<const Validator>> load(const std::string& schema_path,
                                                       const std::vector<std::string>& search_dirs) {
    return load(schema_path, search_dirs, LoadOptions{});
  }

  // Validates `instance`, appending Finding{"schema", pointer, message} for
  // each failure. Thread-safe. Returns true when valid.
  bool validate(const json::Value& instance, std::vector<Finding>& out) const;

  ~Validator();

 private:
  explicit Validator(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace vt::validation::schema
