// Exact decimal numbers for multipleOf and bounds: 7.3 is a multiple of 0.1
// although 7.3 / 0.1 is 72.99999999999999 in binary floating point.
#pragma once

#include <optional>
#include <string_view>

namespace vt::validation::schema {

struct Decimal {
  __int128 mantissa = 0;  // value = mantissa * 10^exponent
  int exponent = 0;
  double approx = 0;      // for magnitudes beyond exact alignment

  // Parses JSON number text ("-12.5e3"); nullopt for anything else.
  static std::optional<Decimal> parse(std::string_view text);
};

// -1, 0, 1 (exact when the exponents can be aligned, else via doubles).
int compare(const Decimal& a, const Decimal& b);
// True when `value` is an integer multiple of `divisor` (divisor > 0).
bool is_multiple_of(const Decimal& value, const Decimal& divisor);

}  // namespace vt::validation::schema
