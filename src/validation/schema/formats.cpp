#include "validation/schema/formats.h"

#include <algorithm>
#include <array>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vt::validation::schema {
namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& value) {
  if (at + n > s.size()) return false;
  value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "YYYY-MM-DD" at the start of s.
bool full_date(std::string_view s) {
  int y, m, d;
  if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
      !digits(s, 8, 2, d))
    return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  int max = kDays[m - 1] + (m == 2 && leap(y) ? 1 : 0);
  return d <= max;
}

// ASCII classes by table, not <cctype>: those depend on the C locale (a
// Latin-1 locale would call 0xE9 alphanumeric) and cost a call per character
// on the hot path (every URI in a document).
// kUriPlain: a URI character that needs no further look ('%' and '#' do).
enum CharClass : unsigned char {
  kAlpha = 1,
  kDigit = 2,
  kHex = 4,
  kUri = 8,
  kScheme = 16,
  kUriPlain = 32
};

constexpr std::array<unsigned char, 256> make_classes() {
  std::array<unsigned char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] |= kAlpha | kUri | kScheme;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] |= kAlpha | kUri | kScheme;
  for (int c = '0'; c <= '9'; ++c) t[c] |= kDigit | kHex | kUri | kScheme;
  for (int c = 'a'; c <= 'f'; ++c) t[c] |= kHex;
  for (int c = 'A'; c <= 'F'; ++c) t[c] |= kHex;
  // RFC 3986 characters allowed in a URI outside of percent-encodings:
  // unreserved, sub-delims, gen-delims.
  for (char c : std::string_view("-._~!$&'()*+,;=:@/?#[]"))
    t[static_cast<unsigned char>(c)] |= kUri;
  for (char c : std::string_view("+-.")) t[static_cast<unsigned char>(c)] |= kScheme;
  for (auto& c : t)
    if (c & kUri) c |= kUriPlain;
  t[static_cast<unsigned char>('#')] &= static_cast<unsigned char>(~kUriPlain);
  return t;
}
constexpr std::array<unsigned char, 256> kClasses = make_classes();

bool has(char c, CharClass k) { return (kClasses[static_cast<unsigned char>(c)] & k) != 0; }
bool is_hex(char c) { return has(c, kHex); }
bool uri_char(char c) { return has(c, kUri); }

#if defined(__SSE2__)
// Whether all 16 bytes at `p` are URI characters of the common kind: the
// ranges &..; ?..[ a..z and = _ ~ (every one of them kUriPlain). A block that
// is not goes through the table (rarer characters, '%' and '#'). URIs run
// to hundreds of bytes; this is 20 instructions per 16 of them.
bool common_uri_block(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // x in [lo, lo + span] <=> (x - lo) mod 256 <= span, unsigned.
  auto in_range = [&](char lo, char span) {
    const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8(lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(span)), d);
  };
  const __m128i ok = _mm_or_si128(
      _mm_or_si128(_mm_or_si128(in_range('&', ';' - '&'), in_range('?', '[' - '?')),
                   _mm_or_si128(in_range('a', 'z' - 'a'), _mm_cmpeq_epi8(x, _mm_set1_epi8('=')))),
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('_')), _mm_cmpeq_epi8(x, _mm_set1_epi8('~'))));
  return _mm_movemask_epi8(ok) == 0xffff;
}
#endif

bool uri_chars(std::string_view s) {
  std::size_t hashes = 0;
  for (std::size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
    if (i + 16 <= s.size() && common_uri_block(s.data() + i)) {
      i += 16;
      continue;
    }
    const std::size_t block_end = std::min(s.size(), i + 16);  // then back to whole blocks
#else
    const std::size_t block_end = s.size();
#endif
    for (; i < block_end; ++i) {
      char c = s[i];
      if (has(c, kUriPlain)) continue;  // the common case: one table look-up
      if (c == '%') {
        if (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2])) return false;
        i += 2;
        continue;
      }
      if (c == '#' && ++hashes > 1) return false;  // one fragment
      if (!uri_char(c)) return false;
    }
  }
  return true;
}

}  // namespace

bool is_date(std::string_view s) { return s.size() == 10 && full_date(s); }

bool is_date_time(std::string_view s) {
  if (s.size() < 20 || !full_date(s) || (s[10] != 'T' && s[10] != 't')) return false;
  int h, m, sec;
  if (!digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, m) || s[16] != ':' ||
      !digits(s, 17, 2, sec))
    return false;
  if (h > 23 || m > 59 || sec > 60) return false;
  std::size_t i = 19;
  if (i < s.size() && s[i] == '.') {
    std::size_t start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start) return false;
  }
  if (i >= s.size()) return false;
  int off_h = 0, off_m = 0, sign = 0;
  if (s[i] == 'Z' || s[i] == 'z') {
    ++i;
  } else if (s[i] == '+' || s[i] == '-') {
    sign = s[i] == '+' ? 1 : -1;
    if (!digits(s, i + 1, 2, off_h) || i + 3 >= s.size() || s[i + 3] != ':' ||
        !digits(s, i + 4, 2, off_m))
      return false;
    if (off_h > 23 || off_m > 59) return false;
    i += 6;
  } else {
    return false;
  }
  if (i != s.size()) return false;
  if (sec == 60) {
    // A leap second exists only at 23:59:60 UTC.
    int minutes = h * 60 + m - sign * (off_h * 60 + off_m);
    minutes = ((minutes % 1440) + 1440) % 1440;
    if (minutes != 23 * 60 + 59) return false;
  }
  return true;
}

bool is_uri(std::string_view s) {
  if (s.empty() || !has(s[0], kAlpha)) return false;
  std::size_t colon = 0;
  while (colon < s.size() && s[colon] != ':') {
    if (!has(s[colon], kScheme)) return false;
    ++colon;
  }
  if (colon == s.size()) return false;
  return uri_chars(s.substr(colon + 1));
}

bool is_uri_reference(std::string_view s) { return is_uri(s) || uri_chars(s); }

bool is_email(std::string_view s) {
  std::size_t at = s.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
  std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
    return false;
  for (char c : local)
    if (static_cast<unsigned char>(c) <= 32 || c == '(' || c == ')' || c == ',' || c == ':' ||
        c == ';' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\' || c == '"')
      return false;
  if (domain.front() == '[') return domain.back() == ']';
  if (domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string_view::npos)
    return false;
  for (char c : domain)
    if (!has(c, kAlpha) && !has(c, kDigit) && c != '-' && c != '.') return false;
  return true;
}

bool is_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < 36; ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (s[i] != '-') return false;
    } else if (!is_hex(s[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace vt::validation::schema
