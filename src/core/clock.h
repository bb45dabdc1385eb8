// The Clock seam: code that stamps or compares times asks a Clock, so tests
// fix "now" and feed syncs are reproducible.
#pragma once

#include <cstdint>
#include <string>

namespace vt {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t now_unix_seconds() const = 0;
  // "2026-12-03T06:48:06Z"
  std::string now_rfc3339() const;
};

// The machine's real-time clock.
const Clock& system_clock();

// A clock that says what the test sets.
class FixedClock : public Clock {
 public:
  explicit FixedClock(std::int64_t unix_seconds) : now_(unix_seconds) {}
  std::int64_t now_unix_seconds() const override { return now_; }
  void set(std::int64_t unix_seconds) { now_ = unix_seconds; }

 private:
  std::int64_t now_;
};

// Seconds since the epoch as RFC 3339 UTC with a Z.
std::string format_rfc3339(std::int64_t unix_seconds);

}  // namespace vt
