#include "version/generic_version.h"

namespace vt::version {
namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

struct Run {
  bool end = true;
  bool numeric = true;
  std::string_view text;  // digits without leading zeros, or letters
};

Run next_run(std::string_view& s) {
  size_t i = 0;
  while (i < s.size() && !is_digit(s[i]) && !is_alpha(s[i])) ++i;
  s.remove_prefix(i);
  Run r;
  if (s.empty()) return r;  // the end acts as the number 0
  r.end = false;
  size_t n = 0;
  if (is_digit(s[0])) {
    while (n < s.size() && is_digit(s[n])) ++n;
    size_t z = 0;
    while (z < n && s[z] == '0') ++z;
    r.text = s.substr(z, n - z);
  } else {
    r.numeric = false;
    while (n < s.size() && is_alpha(s[n])) ++n;
    r.text = s.substr(0, n);
  }
  s.remove_prefix(n);
  return r;
}

int compare_runs(const Run& a, const Run& b) {
  if (a.numeric != b.numeric) return a.numeric ? 1 : -1;
  if (a.numeric) {
    if (a.text.size() != b.text.size()) return a.text.size() < b.text.size() ? -1 : 1;
    const int c = a.text.compare(b.text);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  const size_t n = a.text.size() < b.text.size() ? a.text.size() : b.text.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = static_cast<unsigned char>(lower(a.text[i]));
    const unsigned char y = static_cast<unsigned char>(lower(b.text[i]));
    if (x != y) return x < y ? -1 : 1;
  }
  if (a.text.size() != b.text.size()) return a.text.size() < b.text.size() ? -1 : 1;
  return 0;
}

std::string_view strip_v(std::string_view s) {
  if (s.size() > 1 && (s[0] == 'v' || s[0] == 'V') && is_digit(s[1])) s.remove_prefix(1);
  return s;
}

}  // namespace

int generic_compare(std::string_view a, std::string_view b) {
  a = strip_v(a);
  b = strip_v(b);
  while (true) {
    const Run x = next_run(a);
    const Run y = next_run(b);
    if (x.end && y.end) return 0;
    const int r = compare_runs(x, y);
    if (r != 0) return r;
  }
}

}  // namespace vt::version
