#include "version/deb_version.h"

#include <climits>
#include <string>

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

// dpkg's order(): digits 0 (handled apart), letters by ASCII, `~` below the
// end of the string, every other byte above all letters. Bytes are taken
// as signed char like dpkg does on x86/arm64 Debian.
constexpr int order(char c) {
  if (is_digit(c)) return 0;
  if (is_alpha(c)) return c;
  if (c == '~') return -1;
  if (c != 0) return static_cast<int>(static_cast<signed char>(c)) + 256;
  return 0;
}

DebParse fail(DebParse p, DebSyntax s, std::string_view why) {
  p.syntax = s;
  p.problem = why;
  return p;
}

}  // namespace

int deb_verrevcmp(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  const size_t n = a.size(), m = b.size();
  auto at = [](std::string_view s, size_t k) { return k < s.size() ? s[k] : '\0'; };
  while (i < n || j < m) {
    int first_diff = 0;
    while ((i < n && !is_digit(a[i])) || (j < m && !is_digit(b[j]))) {
      const int ac = order(at(a, i));
      const int bc = order(at(b, j));
      if (ac != bc) return ac < bc ? -1 : 1;
      ++i;
      ++j;
    }
    while (i < n && a[i] == '0') ++i;
    while (j < m && b[j] == '0') ++j;
    while (i < n && j < m && is_digit(a[i]) && is_digit(b[j])) {
      if (first_diff == 0) first_diff = a[i] - b[j];
      ++i;
      ++j;
    }
    if (i < n && is_digit(a[i])) return 1;
    if (j < m && is_digit(b[j])) return -1;
    if (first_diff != 0) return first_diff < 0 ? -1 : 1;
  }
  return 0;
}

DebParse parse_deb_version_lenient(std::string_view s) {
  DebParse p;
  size_t begin = 0;
  while (begin < s.size() && is_blank(s[begin])) ++begin;
  if (begin == s.size()) return fail(p, DebSyntax::kError, "version string is empty");
  size_t end = begin;
  while (end < s.size() && !is_blank(s[end]) && s[end] != '\0') ++end;
  size_t after = end;
  while (after < s.size() && is_blank(s[after])) ++after;
  if (after < s.size()) {
    if (s[after] == '\0') return fail(p, DebSyntax::kError, "version string contains a NUL byte");
    return fail(p, DebSyntax::kError, "version string has embedded spaces");
  }
  std::string_view v = s.substr(begin, end - begin);

  const size_t colon = v.find(':');
  if (colon != std::string_view::npos) {
    // strtol semantics: an optional sign, then digits up to the colon.
    size_t k = 0;
    bool negative = false;
    if (k < colon && (v[k] == '+' || v[k] == '-')) negative = v[k++] == '-';
    const size_t digits_at = k;
    uint64_t epoch = 0;
    bool too_big = false;
    while (k < v.size() && is_digit(v[k])) {
      epoch = epoch * 10 + static_cast<uint64_t>(v[k] - '0');
      if (epoch > static_cast<uint64_t>(INT_MAX)) too_big = true;
      if (epoch > (uint64_t{1} << 40)) epoch = uint64_t{1} << 40;  // saturate, stays too_big
      ++k;
    }
    if (k == digits_at) return fail(p, DebSyntax::kError, "epoch in version is empty");
    if (k != colon) return fail(p, DebSyntax::kError, "epoch in version is not number");
    if (negative && epoch != 0) return fail(p, DebSyntax::kError, "epoch in version is negative");
    if (too_big) return fail(p, DebSyntax::kError, "epoch in version is too big");
    if (colon + 1 == v.size()) return fail(p, DebSyntax::kError, "nothing after colon in version number");
    p.version.epoch = static_cast<uint32_t>(epoch);
    v.remove_prefix(colon + 1);
  }
  const size_t hyphen = v.rfind('-');
  if (hyphen != std::string_view::npos) {
    p.version.upstream = v.substr(0, hyphen);
    p.version.revision = v.substr(hyphen + 1);
    if (p.version.revision.empty()) return fail(p, DebSyntax::kError, "revision number is empty");
  } else {
    p.version.upstream = v;
  }
  const std::string_view up = p.version.upstream;
  if (up.empty()) return fail(p, DebSyntax::kError, "upstream version is empty");
  if (!is_digit(up[0])) return fail(p, DebSyntax::kWarning, "version number does not start with digit");
  for (char c : up.substr(1)) {
    if (!is_digit(c) && !is_alpha(c) && std::string_view(".-+~:").find(c) == std::string_view::npos)
      return fail(p, DebSyntax::kWarning, "invalid character in version number");
  }
  for (char c : p.version.revision) {
    if (!is_digit(c) && !is_alpha(c) && std::string_view(".+~").find(c) == std::string_view::npos)
      return fail(p, DebSyntax::kWarning, "invalid character in revision number");
  }
  return p;
}

Result<DebVersion> parse_deb_version(std::string_view text) {
  DebParse p = parse_deb_version_lenient(text);
  if (p.syntax != DebSyntax::kOk)
    return make_error(ErrorCode::kInvalidInput,
                      "invalid Debian version '" + std::string(text) + "': " + std::string(p.problem));
  return p.version;
}

int compare(const DebVersion& a, const DebVersion& b) {
  if (a.epoch != b.epoch) return a.epoch < b.epoch ? -1 : 1;
  const int rc = deb_verrevcmp(a.upstream, b.upstream);
  if (rc != 0) return rc;
  return deb_verrevcmp(a.revision, b.revision);
}

}  // namespace vt::version
