#include "version/other_versions.h"

#include <cstdint>
#include <string>

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

// pacman's segment comparison (an older rpmvercmp: no `~`/`^`, separator
// length matters, and a remaining alpha tail never beats the end).
int alpm_segments(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  size_t i = 0, j = 0;
  const size_t n = a.size(), m = b.size();
  while (i < n && j < m) {
    const size_t si = i, sj = j;
    while (i < n && !is_alnum(a[i])) ++i;
    while (j < m && !is_alnum(b[j])) ++j;
    if (i == n || j == m) break;
    if (i - si != j - sj) return (i - si) < (j - sj) ? -1 : 1;
    size_t pi = i, pj = j;
    const bool numeric = is_digit(a[i]);
    if (numeric) {
      while (i < n && is_digit(a[i])) ++i;
      while (j < m && is_digit(b[j])) ++j;
    } else {
      while (i < n && is_alpha(a[i])) ++i;
      while (j < m && is_alpha(b[j])) ++j;
    }
    if (j == pj) return numeric ? 1 : -1;
    if (numeric) {
      while (pi < i && a[pi] == '0') ++pi;
      while (pj < j && b[pj] == '0') ++pj;
      if (i - pi != j - pj) return (i - pi) < (j - pj) ? -1 : 1;
    }
    const int r = a.substr(pi, i - pi).compare(b.substr(pj, j - pj));
    if (r != 0) return sign(r);
  }
  if (i == n && j == m) return 0;
  if ((i == n && !is_alpha(b[j])) || (i < n && is_alpha(a[i]))) return -1;
  return 1;
}

struct Evr {
  std::string_view epoch = "0", version, release;
  bool has_release = false;
};

Evr split_evr(std::string_view s) {
  Evr e;
  size_t k = 0;
  while (k < s.size() && is_digit(s[k])) ++k;
  if (k < s.size() && s[k] == ':') {
    e.epoch = k == 0 ? std::string_view("0") : s.substr(0, k);
    s.remove_prefix(k + 1);
  }
  const size_t dash = s.rfind('-');
  if (dash != std::string_view::npos) {
    e.release = s.substr(dash + 1);
    e.has_release = true;
    s = s.substr(0, dash);
  }
  e.version = s;
  return e;
}

struct OpensslVersion {
  std::string_view numbers, letters;
};

Result<OpensslVersion> parse_openssl(std::string_view v) {
  size_t k = 0;
  bool need_digit = true;
  while (k < v.size() && (is_digit(v[k]) || (v[k] == '.' && !need_digit))) {
    need_digit = v[k] == '.';
    ++k;
  }
  if (k == 0 || need_digit)
    return make_error(ErrorCode::kInvalidInput, "invalid OpenSSL version '" + std::string(v) +
                                                    "', expected dotted numbers and optional lowercase letters");
  for (size_t l = k; l < v.size(); ++l)
    if (v[l] < 'a' || v[l] > 'z')
      return make_error(ErrorCode::kInvalidInput, "invalid OpenSSL version '" + std::string(v) +
                                                      "', expected dotted numbers and optional lowercase letters");
  return OpensslVersion{v.substr(0, k), v.substr(k)};
}

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

struct Instant {
  int64_t seconds = 0;
  std::string fraction;  // digits without trailing zeros
};

Result<Instant> parse_datetime(std::string_view s) {
  auto bad = [&](const char* why) {
    return make_error(ErrorCode::kInvalidInput, "invalid RFC 3339 date-time '" + std::string(s) + "': " + why);
  };
  auto num = [&](size_t at, size_t len, int* out) {
    if (at + len > s.size()) return false;
    int v = 0;
    for (size_t k = at; k < at + len; ++k) {
      if (!is_digit(s[k])) return false;
      v = v * 10 + (s[k] - '0');
    }
    *out = v;
    return true;
  };
  int y, mo, d, h, mi, se;
  if (!num(0, 4, &y) || s.size() < 19 || s[4] != '-' || !num(5, 2, &mo) || s[7] != '-' || !num(8, 2, &d) ||
      (s[10] != 'T' && s[10] != 't') || !num(11, 2, &h) || s[13] != ':' || !num(14, 2, &mi) || s[16] != ':' ||
      !num(17, 2, &se))
    return bad("expected YYYY-MM-DDTHH:MM:SS");
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] || h > 23 || mi > 59 || se > 60)
    return bad("a date or time field is out of range");
  Instant t;
  size_t k = 19;
  if (k < s.size() && s[k] == '.') {
    const size_t start = ++k;
    while (k < s.size() && is_digit(s[k])) ++k;
    if (k == start) return bad("empty fractional seconds");
    t.fraction = std::string(s.substr(start, k - start));
    while (!t.fraction.empty() && t.fraction.back() == '0') t.fraction.pop_back();
  }
  int offset = 0;
  if (k < s.size() && (s[k] == 'Z' || s[k] == 'z') && k + 1 == s.size()) {
  } else if (k < s.size() && (s[k] == '+' || s[k] == '-') && k + 6 == s.size() && s[k + 3] == ':') {
    int oh, om;
    if (!num(k + 1, 2, &oh) || !num(k + 4, 2, &om) || oh > 23 || om > 59) return bad("bad UTC offset");
    offset = (oh * 60 + om) * 60 * (s[k] == '-' ? -1 : 1);
  } else {
    return bad("expected 'Z' or a +HH:MM offset at the end");
  }
  t.seconds = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 +
              se - offset;
  return t;
}

}  // namespace

Result<int> alpm_compare(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return make_error(ErrorCode::kInvalidInput, "empty Arch Linux version");
  if (a == b) return 0;
  const Evr x = split_evr(a), y = split_evr(b);
  int r = alpm_segments(x.epoch, y.epoch);
  if (r == 0) r = alpm_segments(x.version, y.version);
  if (r == 0 && x.has_release && y.has_release) r = alpm_segments(x.release, y.release);
  return r;
}

Result<int> openssl_compare(std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(OpensslVersion x, parse_openssl(a));
  VT_ASSIGN_OR_RETURN(OpensslVersion y, parse_openssl(b));
  std::string_view p = x.numbers, q = y.numbers;
  while (!p.empty() || !q.empty()) {
    auto take = [](std::string_view& s) {
      const size_t dot = s.find('.');
      std::string_view n = s.substr(0, dot);
      s = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
      while (n.size() > 1 && n[0] == '0') n.remove_prefix(1);
      return n.empty() ? std::string_view("0") : n;
    };
    const std::string_view m = take(p), n = take(q);
    if (m.size() != n.size()) return m.size() < n.size() ? -1 : 1;
    if (int r = sign(m.compare(n)); r != 0) return r;
  }
  if (x.letters.size() != y.letters.size()) return x.letters.size() < y.letters.size() ? -1 : 1;
  return sign(x.letters.compare(y.letters));
}

Result<int> datetime_compare(std::string_view a, std::string_view b) {
  VT_ASSIGN_OR_RETURN(Instant x, parse_datetime(a));
  VT_ASSIGN_OR_RETURN(Instant y, parse_datetime(b));
  if (x.seconds != y.seconds) return x.seconds < y.seconds ? -1 : 1;
  return sign(x.fraction.compare(y.fraction));  // digit strings without trailing zeros
}

Result<int> lexicographic_compare(std::string_view a, std::string_view b) { return sign(a.compare(b)); }

}  // namespace vt::version
