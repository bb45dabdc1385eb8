#include "version/apk_version.h"

#include <cstdint>
#include <string>

namespace vt::version {
namespace {

// Token order matters: a later token type in one version where the other
// has an earlier one makes that version the older (except pre-release
// suffixes, handled apart).
enum Token : int {
  kInitialDigit,
  kDigit,
  kLetter,
  kSuffix,
  kSuffixNo,
  kCommitHash,
  kRevisionNo,
  kEnd,
  kInvalid,
};

// Suffix ranks: pre-release ones below kNone, post-release ones above.
enum Suffix : int { kSufInvalid, kAlpha, kBeta, kPre, kRc, kNone, kCvs, kSvn, kGit, kHg, kP };

struct State {
  int token = kInitialDigit;
  int suffix = kSufInvalid;
  uint64_t number = 0;
  std::string_view value;
};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }

int suffix_of(std::string_view s) {
  if (s == "alpha") return kAlpha;
  if (s == "beta") return kBeta;
  if (s == "pre") return kPre;
  if (s == "rc") return kRc;
  if (s == "cvs") return kCvs;
  if (s == "svn") return kSvn;
  if (s == "git") return kGit;
  if (s == "hg") return kHg;
  if (s == "p") return kP;
  return kSufInvalid;
}

// Digits with wrap-around on overflow, as apk's uint64 accumulation does.
void parse_digits(State& t, std::string_view& b) {
  size_t i = 0;
  uint64_t n = 0;
  while (i < b.size() && is_digit(b[i])) n = n * 10 + static_cast<uint64_t>(b[i++] - '0');
  t.number = n;
  t.value = b.substr(0, i);
  b.remove_prefix(i);
  if (i == 0) t.token = kInvalid;
}

void first(State& t, std::string_view& b) {
  t.token = kInitialDigit;
  parse_digits(t, b);
}

void next(State& t, std::string_view& b) {
  if (b.empty()) {
    t.token = kEnd;
    return;
  }
  const char c = b[0];
  if (is_lower(c)) {
    if (t.token > kDigit) { t.token = kInvalid; return; }
    t.value = b.substr(0, 1);
    t.token = kLetter;
    b.remove_prefix(1);
  } else if (c == '.' || is_digit(c)) {
    if (c == '.') {
      if (t.token > kDigit) { t.token = kInvalid; return; }
      b.remove_prefix(1);
    }
    if (t.token == kInitialDigit || t.token == kDigit) {
      t.token = kDigit;
    } else if (t.token == kSuffix) {
      t.token = kSuffixNo;
    } else {
      t.token = kInvalid;
      return;
    }
    parse_digits(t, b);
  } else if (c == '_') {
    if (t.token > kSuffixNo) { t.token = kInvalid; return; }
    b.remove_prefix(1);
    size_t i = 0;
    while (i < b.size() && is_lower(b[i])) ++i;
    t.value = b.substr(0, i);
    b.remove_prefix(i);
    t.suffix = suffix_of(t.value);
    t.token = t.suffix == kSufInvalid ? kInvalid : kSuffix;
  } else if (c == '~') {
    if (t.token >= kCommitHash) { t.token = kInvalid; return; }
    b.remove_prefix(1);
    size_t i = 0;
    while (i < b.size() && is_hex(b[i])) ++i;
    t.value = b.substr(0, i);
    b.remove_prefix(i);
    t.token = i == 0 ? kInvalid : kCommitHash;
  } else if (c == '-') {
    if (t.token >= kRevisionNo || b.size() < 2 || b[1] != 'r') { t.token = kInvalid; return; }
    b.remove_prefix(2);
    t.token = kRevisionNo;
    parse_digits(t, b);
  } else {
    t.token = kInvalid;
  }
}

int byte_sort(std::string_view a, std::string_view b) {
  const int r = a.compare(b);
  return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

int token_cmp(const State& a, const State& b) {
  uint64_t x = 0, y = 0;
  switch (a.token) {
    case kDigit:
      // A leading zero switches to string order (Gentoo rule: 1.01 < 1.1).
      if (a.value[0] == '0' || b.value[0] == '0') return byte_sort(a.value, b.value);
      [[fallthrough]];
    case kInitialDigit:
    case kSuffixNo:
    case kRevisionNo:
      x = a.number;
      y = b.number;
      break;
    case kLetter:
      x = static_cast<unsigned char>(a.value[0]);
      y = static_cast<unsigned char>(b.value[0]);
      break;
    case kSuffix:
      x = static_cast<uint64_t>(a.suffix);
      y = static_cast<uint64_t>(b.suffix);
      break;
    default:
      return byte_sort(a.value, b.value);
  }
  return x < y ? -1 : (x > y ? 1 : 0);
}

int compare_impl(std::string_view a, std::string_view b, bool fuzzy) {
  State ta, tb;
  first(ta, a);
  first(tb, b);
  while (ta.token == tb.token && ta.token < kEnd) {
    const int r = token_cmp(ta, tb);
    if (r != 0) return r;
    next(ta, a);
    next(tb, b);
  }
  if (ta.token == tb.token) return 0;
  if (tb.token == kEnd && fuzzy) return 0;
  if (ta.token == kSuffix && ta.suffix < kNone) return -1;
  if (tb.token == kSuffix && tb.suffix < kNone) return 1;
  if (ta.token > tb.token) return -1;
  if (tb.token > ta.token) return 1;
  return 0;
}

}  // namespace

bool apk_version_valid(std::string_view v) {
  State t;
  for (first(t, v); t.token < kEnd; next(t, v)) {
  }
  return t.token == kEnd;
}

int apk_compare(std::string_view a, std::string_view b) { return compare_impl(a, b, false); }

int apk_compare_fuzzy(std::string_view a, std::string_view b) { return compare_impl(a, b, true); }

Result<bool> apk_version_match(std::string_view a, std::string_view op, std::string_view b) {
  bool negate = false;
  if (!op.empty() && op[0] == '!') {
    negate = true;
    op.remove_prefix(1);
  }
  bool less = false, greater = false, equal = false, fuzzy = false;
  if (op.empty()) return make_error(ErrorCode::kInvalidInput, "empty apk version operator");
  for (char c : op) {
    switch (c) {
      case '<': less = true; break;
      case '>': greater = true; break;
      case '=': equal = true; break;
      case '~': fuzzy = equal = true; break;
      default:
        return make_error(ErrorCode::kInvalidInput,
                          "unknown apk version operator '" + std::string(op) + "', expected <, <=, =, >=, >, ~, <~ or >~");
    }
  }
  const int r = compare_impl(a, b, fuzzy);
  const bool ok = (r < 0 && less) || (r > 0 && greater) || (r == 0 && equal);
  return negate ? !ok : ok;
}

}  // namespace vt::version
