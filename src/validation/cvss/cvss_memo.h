// Internal: parsed CVSS vectors and their scores, remembered per thread.
// 6.1.9, 6.1.10 (and 6.2.19) each read every vector of a document, and a
// feed repeats the same few hundred vectors across thousands of documents:
// parsing and scoring once per distinct text saves both.
#pragma once

#include <string_view>

#include "validation/cvss/cvss.h"

namespace vt::validation::cvss {

struct ParsedVector {
  Result<Vector> vector;
  Scores scores;  // meaningful only when `vector` is ok
};

// parse_vector(text) and, when it succeeds, compute() of it. The reference
// stays valid until the next call on the same thread (the memo is bounded
// and may be emptied by that call).
const ParsedVector& parsed_vector(std::string_view text);

}  // namespace vt::validation::cvss
