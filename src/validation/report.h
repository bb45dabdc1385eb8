// What validating one document found: errors (schema and mandatory tests),
// warnings (optional tests) and infos (informative tests), each with the
// CSAF test number and the JSON pointer it concerns.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vt::validation {

enum class Severity { kError, kWarning, kInfo };

struct Finding {
  std::string test;     // CSAF section number ("6.1.27.3"), or "schema"
  std::string path;     // JSON pointer into the document
  std::string message;  // for a person: what is wrong, what was expected
  // 1-based place of `path` in the source text, when known (0 = unknown).
  std::size_t line = 0;
  std::size_t column = 0;
};

struct Report {
  std::vector<Finding> errors;
  std::vector<Finding> warnings;
  std::vector<Finding> infos;
  // Tests that could not run (e.g. need --online): named so that no test
  // passes silently.
  std::vector<Finding> not_run;

  bool valid() const { return errors.empty(); }
};

// Which tests run (CLI --preset): schema only, + mandatory, + optional,
// + informative.
enum class Preset { kSchema, kMandatory, kOptional, kFull };

}  // namespace vt::validation
