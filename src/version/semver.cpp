#include "version/semver.h"

#include <string>

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ident(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return !s.empty();
}

Error bad(std::string_view text, const std::string& why) {
  return make_error(ErrorCode::kInvalidInput, "invalid semantic version '" + std::string(text) + "': " + why);
}

// Numeric strings without leading zeros: longer is larger, else bytewise.
int numeric_cmp(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  const int r = a.compare(b);
  return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

// Validates dot-separated identifiers; numeric ones must not have leading zeros
// when `numeric_rule` (pre-release) is set.
bool check_identifiers(std::string_view s, bool numeric_rule, std::string* why) {
  size_t start = 0;
  while (true) {
    size_t dot = s.find('.', start);
    std::string_view id = s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (id.empty()) {
      *why = "empty identifier";
      return false;
    }
    for (char c : id)
      if (!is_ident(c)) {
        *why = "identifiers may only hold [0-9A-Za-z-]";
        return false;
      }
    if (numeric_rule && all_digits(id) && id.size() > 1 && id[0] == '0') {
      *why = "numeric identifier '" + std::string(id) + "' has a leading zero";
      return false;
    }
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

}  // namespace

Result<SemVer> parse_semver(std::string_view text) {
  SemVer v;
  std::string_view rest = text;
  const size_t plus = rest.find('+');
  if (plus != std::string_view::npos) {
    v.build = rest.substr(plus + 1);
    rest = rest.substr(0, plus);
    std::string why;
    if (!check_identifiers(v.build, false, &why)) return bad(text, "build metadata: " + why);
  }
  const size_t dash = rest.find('-');
  if (dash != std::string_view::npos) {
    v.prerelease = rest.substr(dash + 1);
    rest = rest.substr(0, dash);
    std::string why;
    if (!check_identifiers(v.prerelease, true, &why)) return bad(text, "pre-release: " + why);
  }
  std::string_view* parts[3] = {&v.major, &v.minor, &v.patch};
  for (int i = 0; i < 3; ++i) {
    const size_t dot = rest.find('.');
    if ((i < 2) != (dot != std::string_view::npos))
      return bad(text, "expected MAJOR.MINOR.PATCH");
    std::string_view part = rest.substr(0, dot);
    if (!all_digits(part)) return bad(text, "expected digits in MAJOR.MINOR.PATCH");
    if (part.size() > 1 && part[0] == '0') return bad(text, "leading zero in '" + std::string(part) + "'");
    *parts[i] = part;
    rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  }
  return v;
}

int compare(const SemVer& a, const SemVer& b) {
  int r = numeric_cmp(a.major, b.major);
  if (r == 0) r = numeric_cmp(a.minor, b.minor);
  if (r == 0) r = numeric_cmp(a.patch, b.patch);
  if (r != 0) return r;
  if (a.prerelease.empty() || b.prerelease.empty()) {
    if (a.prerelease.empty() == b.prerelease.empty()) return 0;
    return a.prerelease.empty() ? 1 : -1;  // a pre-release is older
  }
  std::string_view x = a.prerelease, y = b.prerelease;
  while (true) {
    const size_t dx = x.find('.'), dy = y.find('.');
    const std::string_view ix = x.substr(0, dx), iy = y.substr(0, dy);
    const bool nx = all_digits(ix), ny = all_digits(iy);
    if (nx && ny) {
      r = numeric_cmp(ix, iy);
    } else if (nx != ny) {
      r = nx ? -1 : 1;  // numeric identifiers are lower than alphanumeric
    } else {
      const int c = ix.compare(iy);
      r = c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (r != 0) return r;
    const bool ex = dx == std::string_view::npos, ey = dy == std::string_view::npos;
    if (ex || ey) return ex == ey ? 0 : (ex ? -1 : 1);
    x.remove_prefix(dx + 1);
    y.remove_prefix(dy + 1);
  }
}

}  // namespace vt::version
