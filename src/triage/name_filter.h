// A set of names that answers "certainly not here" fast: one bit per hash
// of a name (65,536 bits). Triage looks up each of an artifact's thousand
// package names in the statements' name index; most are named by no
// statement (and after a new document, by almost none), and a hash-map
// miss costs a full string hash, a division and a bucket walk.
#pragma once

#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace vt::triage {

class NameFilter {
 public:
  NameFilter() : bits_(std::make_unique<std::bitset<kBits>>()) {}

  void insert(std::string_view name) { bits_->set(slot(name)); }
  // False: no inserted name is `name`. True: perhaps (look it up).
  bool may_contain(std::string_view name) const { return bits_->test(slot(name)); }

 private:
  static constexpr std::size_t kBits = 1 << 16;
  // The length and the first and last eight bytes (names differ mostly
  // there: "libssl3", "libssl-dev"), mixed by multiplication: a few cycles,
  // where a byte-at-a-time hash of every name cost a tenth of a re-triage.
  static std::size_t slot(std::string_view name) {
    std::uint64_t head = 0, tail = 0;
    const std::size_t n = name.size();
    if (n >= 8) {
      std::memcpy(&head, name.data(), 8);
      std::memcpy(&tail, name.data() + n - 8, 8);
    } else {
      std::memcpy(&head, name.data(), n);
    }
    std::uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ n;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(h >> 48);  // the top 16 bits
  }
  std::unique_ptr<std::bitset<kBits>> bits_;
};

}  // namespace vt::triage
