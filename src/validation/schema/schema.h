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

struct Compiled;         // the node graph (compiled.h)
struct CompiledVerdict;  // code generated from a schema (verdict.h, codegen.h)
class VerdictContext;

class Validator {
 public:
  // Loads and compiles the schema at `schema_path`; every remote $ref is
  // resolved by $id against the *.json files found (recursively) in
  // `search_dirs`. Unsupported keywords fail the load with their location.
  struct LoadOptions {
    // Objects whose schema lists properties allow no other property, as if
    // every such schema said additionalProperties: false.
    bool strict = false;
    // Code generated from a schema at build time: used to prove documents
    // valid before the walk when generating code from this schema's graph
    // gives the same text (codegen.h); ignored otherwise.
    const CompiledVerdict* compiled = nullptr;
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

  // Whether LoadOptions::compiled matched this schema and serves validate().
  bool uses_compiled_code() const { return verdict_ != nullptr; }
  // The walk alone (no generated code), for tests that compare the two.
  bool validate_by_walk(const json::Value& instance, std::vector<Finding>& out) const;
  // The generated code's verdict alone: true only if it proves `instance`
  // valid (false also when no generated code serves this schema).
  bool proven_valid(const json::Value& instance) const;

  ~Validator();

 private:
  using VerdictFn = bool (*)(VerdictContext&, const simdjson::dom::element&);
  explicit Validator(std::unique_ptr<Compiled> compiled, VerdictFn verdict);
  std::unique_ptr<Compiled> compiled_;
  VerdictFn verdict_ = nullptr;
};

}  // namespace vt::validation::schema
