// Internal: finds where and why a text is not JSON. simdjson says only that a
// document is malformed; this strict, iterative (no recursion, so no stack
// overflow on deep nesting) scanner runs on the error path to say where.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vt::json {

struct SyntaxProblem {
  bool found = false;
  std::size_t offset = 0;
  std::string message;  // what was found and what was expected
};

SyntaxProblem locate_syntax_problem(std::string_view text, std::size_t max_depth);

// A byte order mark or UTF-16/UTF-32 text, described; empty when neither.
std::string describe_encoding_problem(std::string_view text);

}  // namespace vt::json
