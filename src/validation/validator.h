// Validates CSAF 2.0 documents: the official JSON schema, then the tests of
// section 6 selected by a preset. Built once, then used from many threads.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "json/json.h"
#include "validation/csaf_test.h"
#include "validation/report.h"

namespace vt::validation {

struct ValidatorOptions {
  Preset preset = Preset::kMandatory;
  TestOptions tests;
  std::string data_dir;  // empty: vt::find_data_dir()
};

Result<Preset> parse_preset(std::string_view name);
const char* to_string(Preset preset);

class Validator {
 public:
  // Loads the schemas and catalogues from the data directory.
  static Result<std::shared_ptr<const Validator>> create(const ValidatorOptions& options);

  // Validates one parsed document. Thread-safe.
  Report validate(const json::Value& root) const;

  ~Validator();
  struct Impl;

 private:
  explicit Validator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vt::validation
