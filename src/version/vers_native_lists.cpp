// The small native syntaxes: NuGet interval notation ("[1.0,2.0)", a bare
// version is a minimum), nginx advisory ranges ("0.7.52-0.8.39", "1.4.1+",
// comma lists) and openssl's comma-separated lists of affected versions.
#include "core/strings.h"
#include "version/vers_native_parts.h"

namespace vt::version::native {
namespace {

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!is_space(c)) out += c;
  return out;
}

bool plain_version(std::string_view v) {
  return !v.empty() && v.find_first_of("[]()<>=!~^*|,+ ") == std::string_view::npos;
}

}  // namespace

Result<Constraints> nuget_range(const Input& in) {
  const std::string s = without_spaces(in.text);
  if (s.empty()) return in.error(0, "expected a version or an interval");
  if (s.front() != '[' && s.front() != '(') {
    if (s.find('*') != std::string::npos)
      return in.unsupported(
          0, "floating versions ('1.*') resolve at restore time: no vers equivalent");
    if (!plain_version(s)) return in.error(0, "expected a version or an interval like [1.0,2.0)");
    return Constraints{make(Comparator::kGreaterEqual, s)};  // NuGet: "1.0" means ">= 1.0"
  }
  const char close = s.back();
  if (s.size() < 3 || (close != ']' && close != ')'))
    return in.error(in.text.size(), "expected ']' or ')' closing the interval");
  const std::string inner = s.substr(1, s.size() - 2);
  const size_t comma = inner.find(',');
  if (comma == std::string::npos) {
    if (s.front() != '[' || close != ']' || !plain_version(inner))
      return in.error(0, "expected an exact version as [1.0]");
    return Constraints{make(Comparator::kEqual, inner)};
  }
  const std::string low = inner.substr(0, comma), high = inner.substr(comma + 1);
  if ((!low.empty() && !plain_version(low)) || (!high.empty() && !plain_version(high)))
    return in.error(0, "expected 'low,high' versions inside the interval");
  if (low.empty() && high.empty()) return in.error(0, "an interval needs at least one bound");
  Constraints out;
  if (!low.empty())
    out.push_back(make(s.front() == '[' ? Comparator::kGreaterEqual : Comparator::kGreater, low));
  if (!high.empty())
    out.push_back(make(close == ']' ? Comparator::kLessEqual : Comparator::kLess, high));
  return out;
}

// nginx security advisories: "X.Y.Z+" is "this or later in its branch";
// an even minor is a stable branch that ends before X.(Y+1).0, an odd one
// is mainline and has no end. "all" is every version.
Result<Constraints> nginx_range(const Input& in) {
  const std::string s = ascii_lowered(without_spaces(in.text));
  if (s == "all") return Constraints{make(Comparator::kAny, "")};
  // "none" (one advisory, CVE-2009-4487) is no version at all: vers has no
  // empty range.
  if (s == "none") return in.error(0, "'none' names no version; vers has no empty range");
  Constraints out;
  for (Piece clause : split({in.text, 0}, ",")) {
    clause = trim(clause);
    const std::string lowered = ascii_lowered(without_spaces(clause.text));
    const std::string_view c = lowered;
    const auto error = [&](const std::string& what) { return in.error(clause.offset, what); };
    const size_t dash = c.find('-');
    if (dash != std::string_view::npos) {
      const std::string_view low = c.substr(0, dash), high = c.substr(dash + 1);
      if (!plain_version(low) || !plain_version(high) || high.find('-') != std::string_view::npos)
        return error("expected 'low-high' in clause '" + std::string(c) + "'");
      out.push_back(make(Comparator::kGreaterEqual, std::string(low)));
      out.push_back(make(Comparator::kLessEqual, std::string(high)));
      continue;
    }
    if (!c.empty() && c.back() == '+') {
      const std::string_view v = c.substr(0, c.size() - 1);
      std::vector<Piece> parts = split({v, 0}, ".");
      if (parts.size() != 3 || !is_digits(parts[0].text) || !is_digits(parts[1].text) ||
          !is_digits(parts[2].text))
        return error("expected major.minor.patch before '+' in clause '" + std::string(c) + "'");
      out.push_back(make(Comparator::kGreaterEqual, std::string(v)));
      const char last = parts[1].text.back();
      if ((last - '0') % 2 == 0)
        out.push_back(make(Comparator::kLess,
                           std::string(parts[0].text) + "." + increment(parts[1].text) + ".0"));
      continue;
    }
    if (!plain_version(c))
      return error("expected a version, 'low-high' or 'version+', found '" + std::string(c) + "'");
    out.push_back(make(Comparator::kEqual, std::string(c)));
  }
  return out;
}

Result<Constraints> openssl_range(const Input& in) {
  Constraints out;
  for (Piece v : split({in.text, 0}, ",")) {
    v = trim(v);
    const std::string version = ascii_lowered(without_spaces(v.text));
    if (!plain_version(version))
      return in.error(v.offset, "expected a version in a comma-separated list");
    out.push_back(make(Comparator::kEqual, version));
  }
  return out;
}

}  // namespace vt::version::native
