// RubyGems requirements to vers: comma-separated "op version" clauses, all
// of which apply; "~> 2.0.8" (pessimistic) is ">=2.0.8|<2.1". Also the gem
// ordering used to sort them, since vers_schemes has no gem type.
#include "version/vers_native_parts.h"

namespace vt::version::native {
namespace {

// Gem::Version segments: runs of digits (numbers) and of letters (strings,
// which mark a pre-release and sort below any number).
struct Segment {
  bool number = false;
  std::string_view text;
};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Result<std::vector<Segment>> segments(std::string_view v) {
  std::vector<Segment> out;
  size_t i = 0;
  while (i < v.size()) {
    if (v[i] == '.' || v[i] == '-') {
      ++i;
      continue;
    }
    size_t j = i;
    const bool number = is_digit(v[i]);
    if (!number && !is_alpha(v[i]))
      return make_error(ErrorCode::kInvalidInput, "gem version '" + std::string(v) +
                                                      "': unexpected '" + std::string(1, v[i]) +
                                                      "' at offset " + std::to_string(i));
    while (j < v.size() && (number ? is_digit(v[j]) : is_alpha(v[j]))) ++j;
    std::string_view t = v.substr(i, j - i);
    if (number)
      while (t.size() > 1 && t[0] == '0') t.remove_prefix(1);
    out.push_back({number, t});
    i = j;
  }
  if (out.empty() || !out[0].number)
    return make_error(ErrorCode::kInvalidInput,
                      "gem version '" + std::string(v) + "': expected a leading number");
  return out;
}

int compare_numbers(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a < b ? -1 : (a > b ? 1 : 0);
}

Result<Constraints> clause(const Input& in, Piece c) {
  std::string_view op;
  for (std::string_view candidate : {"~>", ">=", "<=", "!=", "=", ">", "<"})
    if (c.text.substr(0, candidate.size()) == candidate) {
      op = candidate;
      break;
    }
  const Piece v = trim({c.text.substr(op.size()), c.offset + op.size()});
  if (v.text.empty() || v.text.find_first_of(" \t<>=!~,") != std::string_view::npos)
    return in.error(v.offset, "expected a version after '" + std::string(op) + "'");
  auto parsed = segments(v.text);
  if (!parsed.ok()) return in.error(v.offset, parsed.error().message);
  const std::string version(v.text);
  if (op == "~>") {
    // Gem::Version#bump: drop the pre-release segments, then the last
    // number (unless it is the only one), and add one to the new last.
    std::vector<std::string_view> numbers;
    for (const Segment& s : *parsed) {
      if (!s.number) break;
      numbers.push_back(s.text);
    }
    if (numbers.size() > 1) numbers.pop_back();
    std::string upper;
    for (size_t i = 0; i + 1 < numbers.size(); ++i) upper += std::string(numbers[i]) + ".";
    upper += increment(numbers.back());
    return Constraints{make(Comparator::kGreaterEqual, version), make(Comparator::kLess, upper)};
  }
  const Comparator cmp = op.empty() || op == "=" ? Comparator::kEqual
                         : op == "!="            ? Comparator::kNotEqual
                         : op == ">="            ? Comparator::kGreaterEqual
                         : op == "<="            ? Comparator::kLessEqual
                         : op == ">"             ? Comparator::kGreater
                                                 : Comparator::kLess;
  return Constraints{make(cmp, version)};
}

}  // namespace

Result<int> gem_compare(std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(std::vector<Segment> x, segments(a));
  VT_ASSIGN_OR_RETURN(std::vector<Segment> y, segments(b));
  const size_t n = std::max(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    // A missing segment is the number 0 ("1.0" == "1").
    const Segment l = i < x.size() ? x[i] : Segment{true, "0"};
    const Segment r = i < y.size() ? y[i] : Segment{true, "0"};
    if (l.number != r.number) return l.number ? 1 : -1;
    const int c = l.number ? compare_numbers(l.text, r.text) : l.text.compare(r.text);
    if (c != 0) return c < 0 ? -1 : 1;
  }
  return 0;
}

Result<Constraints> gem_range(const Input& in) {
  Constraints out;
  for (Piece c : split({in.text, 0}, ",")) {
    c = trim(c);
    if (c.text.empty()) return in.error(c.offset, "expected a requirement between commas");
    VT_ASSIGN_OR_RETURN(Constraints cs, clause(in, c));
    out.insert(out.end(), cs.begin(), cs.end());
  }
  return out;
}

}  // namespace vt::version::native
