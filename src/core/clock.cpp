#include "core/clock.h"

#include <chrono>
#include <ctime>

namespace vt {
namespace {

class SystemClock : public Clock {
 public:
  std::int64_t now_unix_seconds() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace

std::string Clock::now_rfc3339() const { return format_rfc3339(now_unix_seconds()); }

const Clock& system_clock() {
  static const SystemClock clock;
  return clock;
}

std::string format_rfc3339(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace vt
