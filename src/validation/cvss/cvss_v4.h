// CVSS v4.0 (FIRST specification): vector strings with every base, threat,
// environmental and supplemental metric, and the CVSS v4.0 score (CVSS-B,
// -BT, -BE or -BTE, whichever metrics the vector gives) by the MacroVector
// method of section 8. Used by triage to order findings within a tier.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::validation::cvss {

// Every v4.0 metric, in the order the vector string must list them
// (specification section 7, Table 23): base, threat, environmental, supplemental.
enum class V4Metric : std::uint8_t {
  kAV,
  kAC,
  kAT,
  kPR,
  kUI,
  kVC,
  kVI,
  kVA,
  kSC,
  kSI,
  kSA,  // base (mandatory)
  kE,   // threat
  kCR,
  kIR,
  kAR,
  kMAV,
  kMAC,
  kMAT,
  kMPR,
  kMUI,  // environmental
  kMVC,
  kMVI,
  kMVA,
  kMSC,
  kMSI,
  kMSA,
  kS,
  kAU,
  kR,
  kV,
  kRE,
  kU,  // supplemental
};
inline constexpr std::size_t kV4MetricCount = 32;

struct V4Vector {
  // Per metric, the index of its value in the specification's list of values
  // for it (Table 23 order); for optional metrics 0 is X (Not Defined), which
  // is also what an omitted metric gets.
  std::array<std::uint8_t, kV4MetricCount> values{};

  std::string_view get(V4Metric metric) const;  // the abbreviation: "N", "Clear", "X"
  bool operator==(const V4Vector&) const = default;
};

// Strict, as section 7 requires: the "CVSS:4.0/" prefix, known metrics and
// values (case-sensitive), each metric at most once and in Table 23 order,
// all eleven base metrics. X may be written for optional metrics.
Result<V4Vector> parse_v4_vector(std::string_view text);
// The canonical string: Table 23 order, metrics that are X left out.
std::string to_string(const V4Vector& vector);
// "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE": which metric groups the score
// reflects (section 1.3; a metric written as X does not count).
const char* nomenclature(const V4Vector& vector);

// The six equivalence-class levels EQ1..EQ6 of a vector (section 8.2).
struct MacroVector {
  std::array<std::uint8_t, 6> eq{};
  std::string to_string() const;  // "002201"
  bool operator==(const MacroVector&) const = default;
};
MacroVector macro_vector(const V4Vector& vector);

// The score of each macrovector, published with the specification. It is
// data, shipped as <data_dir>/cvss/v4-macrovector-scores.tsv
// (tools/cvss4-table/generate.mjs).
class MacroVectorTable {
 public:
  static Result<MacroVectorTable> load(const std::string& data_dir);
  // Parses the TSV text; `where` names it in errors (with line numbers).
  // Requires exactly the 270 macrovectors that exist.
  static Result<MacroVectorTable> parse(std::string_view text, const std::string& where);

  std::optional<double> score(const MacroVector& mv) const;  // nullopt: no such macrovector

 private:
  std::array<std::int16_t, 324> tenths_{};  // by mixed-radix index; -1: absent
};

// Severity distances (section 8.3) of the vector below the first
// highest-severity vector of its EQ1, EQ2, EQ3+EQ6 and EQ4 classes that is at
// least as severe in every metric, in value steps. nullopt if a class has no
// such vector (the unit tests show that no vector lacks one).
std::optional<std::array<int, 4>> severity_distances(const V4Vector& vector);

// The CVSS v4.0 score of the vector as written, 0.0 to 10.0 rounded to one
// decimal as FIRST's reference calculator rounds it. Its qualitative rating
// uses the same scale as v3.x: cvss::severity() in cvss.h.
double score_v4(const V4Vector& vector, const MacroVectorTable& table);

}  // namespace vt::validation::cvss
