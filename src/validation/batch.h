// Validating many files at once, on N threads, each thread with its own
// JSON parser; results in input order. Shared by the CLI, tests and benchmarks.
#pragma once

#include <cstdint>
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
  // Findings get line:column for at most this many per document (located in
  // one pass over the text; the table of pointers is what grows). Findings
  // past the limit keep their JSON pointer alone.
  std::size_t max_positions = 1000;
  // Larger documents are refused with a clear error before they are read:
  // validation needs about 3x a document's size in memory.
  std::uint64_t max_document_bytes = std::uint64_t{512} << 20;
};

std::vector<ValidatedDocument> validate_files(const Validator& validator,
                                              const std::vector<std::string>& paths,
                                              const BatchOptions& options);

}  // namespace vt::validation
