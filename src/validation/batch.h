// Validating many files at once, on N threads, each thread with its own
// JSON parser; results in input order. Shared by the CLI, tests and benchmarks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "validation/report.h"
#include "validation/validator.h"

namespace vt::validation {

struct ValidatedDocument {
  std::string path;
  Report report;
  // Set when the file could not be read or is not JSON: no report then.
  std::optional<Error> failure;
};

struct BatchOptions {
  unsigned threads = 1;
  // Findings get line:column for at most this many per document (each is a
  // scan of the text; a document with 100,000 errors should not take minutes).
  std::size_t max_positions = 1000;
};

std::vector<ValidatedDocument> validate_files(const Validator& validator,
                                              const std::vector<std::string>& paths,
                                              const BatchOptions& options);

}  // namespace vt::validation
