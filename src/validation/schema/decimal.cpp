#include "validation/schema/decimal.h"

#include <charconv>
#include <cmath>
#include <string>

namespace vt::validation::schema {
namespace {

constexpr int kMaxDigits = 36;  // __int128 holds 38 decimal digits

// a * 10^n, or false when it would overflow.
bool scale(__int128& a, int n) {
  static const __int128 kLimit = static_cast<__int128>(1) << 120;
  for (int i = 0; i < n; ++i) {
    if (a > kLimit / 10 || a < -kLimit / 10) return false;
    a *= 10;
  }
  return true;
}

// Brings both to the smaller exponent.
bool align(const Decimal& a, const Decimal& b, __int128& x, __int128& y) {
  x = a.mantissa;
  y = b.mantissa;
  int e = std::min(a.exponent, b.exponent);
  return scale(x, a.exponent - e) && scale(y, b.exponent - e);
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view s) {
  Decimal d;
  if (s.empty()) return std::nullopt;
  std::size_t i = 0;
  bool negative = s[0] == '-';
  if (negative) ++i;
  int digits = 0, frac = 0;
  bool dot = false, any = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      any = true;
      if (d.mantissa == 0 && c == '0') {
        if (dot) ++frac;
        continue;
      }
      if (digits >= kMaxDigits) {
        if (!dot) ++d.exponent;  // drop precision beyond 36 digits
        continue;
      }
      d.mantissa = d.mantissa * 10 + (c - '0');
      ++digits;
      if (dot) ++frac;
    } else if (c == '.' && !dot) {
      dot = true;
    } else if (c == 'e' || c == 'E') {
      int exp = 0;
      std::string_view rest = s.substr(i + 1);
      if (!rest.empty() && rest[0] == '+') rest.remove_prefix(1);
      auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), exp);
      if (ec != std::errc() || p != rest.data() + rest.size()) return std::nullopt;
      d.exponent += exp;
      break;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  d.exponent -= frac;
  if (negative) d.mantissa = -d.mantissa;
  d.approx = std::strtod(std::string(s).c_str(), nullptr);
  return d;
}

int compare(const Decimal& a, const Decimal& b) {
  __int128 x, y;
  if (align(a, b, x, y)) return x < y ? -1 : x > y ? 1 : 0;
  return a.approx < b.approx ? -1 : a.approx > b.approx ? 1 : 0;
}

bool is_multiple_of(const Decimal& value, const Decimal& divisor) {
  if (divisor.mantissa == 0) return false;
  if (value.mantissa == 0) return true;
  __int128 x, y;
  if (align(value, divisor, x, y)) return x % y == 0;
  double q = value.approx / divisor.approx;
  return std::isfinite(q) && q == std::floor(q);
}

}  // namespace vt::validation::schema
