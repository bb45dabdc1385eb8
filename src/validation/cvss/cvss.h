// CVSS v2.0, v3.0 and v3.1: vector parsing and the base, temporal and
// environmental scores exactly as the specifications compute and round them
// (v3.1 Roundup on integers, v3.0 ceiling to one decimal, v2 round half up).
// Used by CSAF tests 6.1.9/6.1.10 and by triage to order findings.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/result.h"

namespace vt::validation::cvss {

enum class Version { kV2, kV30, kV31 };

// Metric -> value as written ("AV" -> "N"), in vector order. Flat and
// allocation-free: every CVSS object of every document is parsed by 6.1.9
// and 6.1.10, and names and values are at most three letters.
class MetricList {
 public:
  static constexpr std::size_t kCapacity = 24;  // v3.x has 22 metrics, v2 14
  static constexpr std::size_t kMaxText = 4;
  // False when `name` is already present, or too long to be a CVSS metric.
  bool add(std::string_view name, std::string_view value);
  bool has(std::string_view name) const { return find(name) != nullptr; }
  std::string_view get(std::string_view name) const;  // "" when absent
  std::size_t size() const { return size_; }

 private:
  // Names are packed into an integer (one compare per lookup).
  static std::uint32_t pack(std::string_view name) {
    std::uint32_t key = 0;
    for (std::size_t i = 0; i < name.size(); ++i)
      key |= std::uint32_t{static_cast<unsigned char>(name[i])} << (8 * i);
    return key;
  }
  struct Entry {
    std::uint32_t key;
    char name[kMaxText];
    char value[kMaxText];
    std::uint8_t name_size, value_size;
  };

 public:
  // Iterates (name, value) pairs in vector order.
  class iterator {
   public:
    explicit iterator(const Entry* e) : e_(e) {}
    std::pair<std::string_view, std::string_view> operator*() const {
      return {std::string_view(e_->name, e_->name_size),
              std::string_view(e_->value, e_->value_size)};
    }
    iterator& operator++() {
      ++e_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return e_ != o.e_; }

   private:
    const Entry* e_;
  };
  iterator begin() const { return iterator(entries_.data()); }
  iterator end() const { return iterator(entries_.data() + size_); }

 private:
  const Entry* find(std::string_view name) const;
  std::array<Entry, kCapacity> entries_{};
  std::size_t size_ = 0;
};

struct Vector {
  Version version = Version::kV31;
  MetricList metrics;
  std::string_view get(std::string_view metric) const { return metrics.get(metric); }
};

struct Scores {
  double base = 0;
  std::optional<double> temporal;       // when a temporal metric is given (v3: always computable)
  std::optional<double> environmental;  // likewise
  double temporal_or_base() const { return temporal.value_or(base); }
};

// Strict: the prefix ("CVSS:3.1/" for v3.x, none for v2), known metrics and
// values, no duplicates, every base metric. Errors name the metric.
Result<Vector> parse_vector(std::string_view text);
Scores compute(const Vector& v);

// "NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL" (v3.x qualitative ratings).
const char* severity(double score);

}  // namespace vt::validation::cvss
