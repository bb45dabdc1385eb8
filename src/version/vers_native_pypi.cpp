// PEP 440 version specifiers to vers: comma-separated clauses, all of which
// apply. "~=V.N" becomes ">=V.N|<V+1" and "==V.*" the interval of its
// prefix, from the lowest dev release on. "!=V.*" (a hole in the middle of
// an intersection) and "===" (string identity) have no vers form.
#include "version/vers_native_parts.h"

namespace vt::version::native {
namespace {

// The release numbers of a PEP 440 version and its "N!" epoch prefix;
// anything after the release (pre, post, dev, local) is left out.
struct Release {
  std::string epoch;  // "2!" or empty
  std::vector<std::string_view> numbers;
};

Result<Release> release_of(const Input& in, Piece v) {
  Release r;
  std::string_view s = v.text;
  if (!s.empty() && (s[0] == 'v' || s[0] == 'V')) s.remove_prefix(1);
  const size_t bang = s.find('!');
  if (bang != std::string_view::npos) {
    r.epoch = std::string(s.substr(0, bang + 1));
    s.remove_prefix(bang + 1);
  }
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i) break;
    r.numbers.push_back(s.substr(i, j - i));
    if (j < s.size() && s[j] == '.' && j + 1 < s.size() && s[j + 1] >= '0' && s[j + 1] <= '9') {
      i = j + 1;
    } else {
      break;
    }
  }
  if (r.numbers.empty())
    return in.error(v.offset, "expected a release number in '" + std::string(v.text) + "'");
  return r;
}

// epoch + numbers[0..count) with the last one plus one.
std::string bumped(const Release& r, size_t count) {
  std::string out = r.epoch;
  for (size_t i = 0; i + 1 < count; ++i) out += std::string(r.numbers[i]) + ".";
  return out + increment(r.numbers[count - 1]);
}

Result<Constraints> clause(const Input& in, Piece c) {
  std::string_view op;
  for (std::string_view candidate : {"===", "~=", "==", "!=", "<=", ">=", "<", ">"})
    if (c.text.substr(0, candidate.size()) == candidate) {
      op = candidate;
      break;
    }
  if (op.empty())
    return in.error(c.offset, "expected an operator (==, !=, <=, >=, <, >, ~=) before '" +
                                  std::string(c.text) + "'");
  if (op == "===")
    return in.unsupported(c.offset, "'===' (arbitrary equality) has no vers equivalent");
  const Piece v = trim({c.text.substr(op.size()), c.offset + op.size()});
  const auto alnum = [](char ch) {
    return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
  };
  if (v.text.empty() || !alnum(v.text[0]) ||
      v.text.find_first_of(" \t<>=~,") != std::string_view::npos)
    return in.error(v.offset, "expected a version after '" + std::string(op) + "'");
  const size_t star = v.text.find('*');
  const bool wildcard = star != std::string_view::npos;
  if (wildcard && (star + 1 != v.text.size() || star < 2 || v.text[star - 1] != '.'))
    return in.error(v.offset + star, "'*' is only allowed as a final '.*'");
  if (wildcard) {
    if (op == "!=")
      return in.unsupported(c.offset,
                            "'!=V.*' excludes an interval inside the range: no vers form");
    if (op != "==") return in.error(v.offset, "'.*' is only allowed after == and !=");
    const Piece prefix{v.text.substr(0, v.text.size() - 2), v.offset};
    VT_ASSIGN_OR_RETURN(Release r, release_of(in, prefix));
    return Constraints{make(Comparator::kGreaterEqual, std::string(prefix.text) + ".dev0"),
                       make(Comparator::kLess, bumped(r, r.numbers.size()) + ".dev0")};
  }
  const std::string version(v.text);
  if (op == "~=") {
    VT_ASSIGN_OR_RETURN(Release r, release_of(in, v));
    if (r.numbers.size() < 2)
      return in.error(v.offset, "'~=' needs a version with at least two release numbers");
    return Constraints{make(Comparator::kGreaterEqual, version),
                       make(Comparator::kLess, bumped(r, r.numbers.size() - 1))};
  }
  const Comparator cmp = op == "=="   ? Comparator::kEqual
                         : op == "!=" ? Comparator::kNotEqual
                         : op == "<=" ? Comparator::kLessEqual
                         : op == ">=" ? Comparator::kGreaterEqual
                         : op == "<"  ? Comparator::kLess
                                      : Comparator::kGreater;
  return Constraints{make(cmp, version)};
}

}  // namespace

Result<Constraints> pypi_range(const Input& in) {
  const size_t marker = in.text.find(';');
  if (marker != std::string_view::npos)
    return in.unsupported(marker, "environment markers are not part of a version range");
  Constraints out;
  for (Piece c : split({in.text, 0}, ",")) {
    c = trim(c);
    if (c.text.empty()) return in.error(c.offset, "expected a specifier between commas");
    VT_ASSIGN_OR_RETURN(Constraints cs, clause(in, c));
    out.insert(out.end(), cs.begin(), cs.end());
  }
  return out;
}

}  // namespace vt::version::native
