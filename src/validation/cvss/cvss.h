// CVSS v2.0, v3.0 and v3.1: vector parsing and the base, temporal and
// environmental scores exactly as the specifications compute and round them
// (v3.1 Roundup on integers, v3.0 ceiling to one decimal, v2 round half up).
// Used by CSAF tests 6.1.9/6.1.10 and by triage to order findings.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::validation::cvss {

enum class Version { kV2, kV30, kV31 };

struct Vector {
  Version version = Version::kV31;
  // Metric -> value as written ("AV" -> "N"), in vector order by key.
  std::map<std::string, std::string, std::less<>> metrics;
  std::string_view get(std::string_view metric) const;  // "" when absent
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
