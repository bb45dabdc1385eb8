// npm (node-semver) ranges to vers: "||" unions of space-separated
// comparator sets, hyphen ranges, x-ranges, tilde and caret. As the
// vers-spec suite expects, a partial version without a wildcard is padded
// with zeros ("<=1.0" is "<=1.0.0", "2.1" is "2.1.0") and a union is the
// concatenation of its sets' constraints.
#include <optional>

#include "version/vers_native_parts.h"

namespace vt::version::native {
namespace {

// A node-semver version that may be partial ("1", "1.2") or end in a
// wildcard ("1.x", "*").
struct Partial {
  std::vector<std::string> numbers;  // 0 to 3 numeric parts as written
  bool wildcard = false;             // a part was x, X or *
  std::string suffix;                // "-pre" and/or "+build", as written
  bool full() const { return numbers.size() == 3; }
};

bool is_wild(std::string_view s) { return s == "x" || s == "X" || s == "*"; }

Result<Partial> parse_partial(const Input& in, Piece p) {
  std::string_view v = p.text;
  while (!v.empty() && (v[0] == 'v' || v[0] == 'V' || v[0] == '=')) v.remove_prefix(1);
  Partial out;
  const size_t cut = v.find_first_of("-+");
  if (cut != std::string_view::npos) {
    out.suffix = std::string(v.substr(cut));
    v = v.substr(0, cut);
  }
  if (v.empty())
    return in.error(p.offset, "expected a version, found '" + std::string(p.text) + "'");
  for (Piece part : split({v, 0}, ".")) {
    if (out.numbers.size() == 3 || (out.wildcard && !is_wild(part.text)))
      return in.error(p.offset,
                      "expected at most three version parts after a wildcard-free prefix in '" +
                          std::string(p.text) + "'");
    if (is_wild(part.text)) {
      out.wildcard = true;
    } else if (is_digits(part.text)) {
      out.numbers.emplace_back(part.text);
    } else {
      return in.error(p.offset, "expected digits or x in version '" + std::string(p.text) + "'");
    }
  }
  if (!out.suffix.empty() && !out.full())
    return in.error(p.offset, "a pre-release or build needs major.minor.patch in '" +
                                  std::string(p.text) + "'");
  return out;
}

// The version with missing parts as zeros.
std::string padded(const Partial& v) {
  std::string s;
  for (size_t i = 0; i < 3; ++i)
    s += (i ? "." : "") + (i < v.numbers.size() ? v.numbers[i] : std::string("0"));
  return s + v.suffix;
}

// The first version after all those sharing v's first `index + 1` parts:
// for 1.2.3, index 0 gives 2.0.0 and index 1 gives 1.3.0.
std::string bump(const Partial& v, size_t index) {
  std::string s;
  for (size_t i = 0; i < 3; ++i) {
    std::string part = "0";
    if (i < index) part = v.numbers[i];
    if (i == index) part = increment(v.numbers[i]);
    s += (i ? "." : "") + part;
  }
  return s;
}

// A set's constraints; nullopt means "any version".
using SetResult = std::optional<Constraints>;

Result<SetResult> comparator(const Input& in, Piece word) {
  std::string_view t = word.text;
  std::string_view op;
  for (std::string_view candidate : {">=", "<=", "~>", ">", "<", "=", "~", "^"})
    if (t.substr(0, candidate.size()) == candidate) {
      op = candidate;
      break;
    }
  Piece rest = trim({t.substr(op.size()), word.offset + op.size()});
  VT_ASSIGN_OR_RETURN(Partial v, parse_partial(in, rest));
  const size_t n = v.numbers.size();
  const bool partial = v.wildcard;  // zero-padding applies to wildcard-free partials
  Constraints out;
  auto add = [&](Comparator c, std::string s) { out.push_back(make(c, std::move(s))); };
  if (op.empty() || op == "=") {
    if (!partial) return SetResult(Constraints{make(Comparator::kEqual, padded(v))});
    if (n == 0) return SetResult();
    add(Comparator::kGreaterEqual, padded(v));
    add(Comparator::kLess, bump(v, n - 1));
  } else if (op == "~" || op == "~>") {
    if (n == 0) return SetResult();
    add(Comparator::kGreaterEqual, padded(v));
    add(Comparator::kLess, bump(v, n == 1 ? 0 : 1));
  } else if (op == "^") {
    if (n == 0) return SetResult();
    size_t index = n - 1;
    for (size_t i = 0; i < n; ++i)
      if (v.numbers[i].find_first_not_of('0') != std::string::npos) {
        index = i;
        break;
      }
    add(Comparator::kGreaterEqual, padded(v));
    add(Comparator::kLess, bump(v, index));
  } else if (!partial) {
    const Comparator c = op == ">="   ? Comparator::kGreaterEqual
                         : op == "<=" ? Comparator::kLessEqual
                         : op == ">"  ? Comparator::kGreater
                                      : Comparator::kLess;
    add(c, padded(v));
  } else if (n == 0) {
    // ">=*" and "<=*" match everything, ">*" and "<*" nothing.
    if (op == ">=" || op == "<=") return SetResult();
    add(Comparator::kLess, "0.0.0");
  } else if (op == ">=") {  // node-semver x-range rules: "<=1.2.x" is "<1.3.0"
    add(Comparator::kGreaterEqual, padded(v));
  } else if (op == ">") {
    add(Comparator::kGreaterEqual, bump(v, n - 1));
  } else if (op == "<") {
    add(Comparator::kLess, padded(v));
  } else {
    add(Comparator::kLess, bump(v, n - 1));
  }
  return SetResult(std::move(out));
}

// "A - B": inclusive bounds; a partial B means "below the next B".
Result<SetResult> hyphen(const Input& in, Piece low, Piece high) {
  VT_ASSIGN_OR_RETURN(Partial a, parse_partial(in, trim(low)));
  VT_ASSIGN_OR_RETURN(Partial b, parse_partial(in, trim(high)));
  Constraints out;
  if (!a.numbers.empty()) out.push_back(make(Comparator::kGreaterEqual, padded(a)));
  if (b.full())
    out.push_back(make(Comparator::kLessEqual, padded(b)));
  else if (!b.numbers.empty())
    out.push_back(make(Comparator::kLess, bump(b, b.numbers.size() - 1)));
  if (out.empty()) return SetResult();
  return SetResult(std::move(out));
}

Result<SetResult> comparator_set(const Input& in, Piece set) {
  const std::vector<Piece> halves = split(set, " - ");
  if (halves.size() == 2) return hyphen(in, halves[0], halves[1]);
  if (halves.size() > 2) return in.error(halves[2].offset, "expected one ' - ' in a hyphen range");
  Constraints out;
  bool any = true;
  for (Piece word : words(set)) {
    VT_ASSIGN_OR_RETURN(SetResult r, comparator(in, word));
    if (!r) continue;  // "*" inside a set constrains nothing
    any = false;
    out.insert(out.end(), r->begin(), r->end());
  }
  if (any) return SetResult();
  return SetResult(std::move(out));
}

}  // namespace

Result<Constraints> npm_range(const Input& in) {
  Constraints out;
  for (Piece set : split({in.text, 0}, "||")) {
    VT_ASSIGN_OR_RETURN(SetResult r, comparator_set(in, trim(set)));
    if (!r) return Constraints{make(Comparator::kAny, "")};  // a union with "any" is any
    out.insert(out.end(), r->begin(), r->end());
  }
  return out;
}

}  // namespace vt::version::native
