// Internal to the CPE code: a WFN string value read as a sequence of
// logical characters and wildcards, shared by validation and matching.
#pragma once

#include <string_view>
#include <vector>

namespace vt::version::cpe_detail {

struct Token {
  enum class Kind { kChar, kStar, kQuestion };
  Kind kind = Kind::kChar;
  char c = 0;  // the logical (unquoted) character for kChar
};

// Splits "ab\.c*" into a, b, ., c, STAR. False on a dangling `\` or a
// character outside printable ASCII.
bool tokenize(std::string_view wfn_text, std::vector<Token>& out);

// Where the wildcards may stand: a leading `*` or run of `?`, a body of
// characters, a trailing `*` or run of `?`; a value of `?` only is allowed.
struct Shape {
  enum class Edge { kNone, kStar, kQuestions };
  Edge lead = Edge::kNone, trail = Edge::kNone;
  std::size_t lead_count = 0, trail_count = 0;  // number of `?`
  std::size_t body_begin = 0, body_end = 0;     // token indices
};
bool shape_of(const std::vector<Token>& tokens, Shape& out);

}  // namespace vt::version::cpe_detail
