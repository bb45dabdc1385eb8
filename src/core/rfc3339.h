// RFC 3339 date-time values ("2021-07-21T10:00:00.000Z") as instants that
// order exactly: whole seconds since the epoch with the offset applied, and the
// fraction kept as digits so no precision is lost. Used wherever documents
// compare dates (revision histories, release dates, feed freshness).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace vt {

struct Instant {
  std::int64_t seconds = 0;   // since 1970-01-01T00:00:00Z
  std::string_view fraction;  // digits after the point, trailing zeros removed

  int compare(const Instant& o) const {
    if (seconds != o.seconds) return seconds < o.seconds ? -1 : 1;
    const int c = fraction.compare(o.fraction);  // same-scale digit strings
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  friend bool operator<(const Instant& a, const Instant& b) { return a.compare(b) < 0; }
  friend bool operator==(const Instant& a, const Instant& b) { return a.compare(b) == 0; }
};

// YYYY-MM-DDTHH:MM:SS[.frac](Z|+hh:mm|-hh:mm); nullopt when malformed. The
// fraction views into `text`.
std::optional<Instant> parse_rfc3339(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);

}  // namespace vt
