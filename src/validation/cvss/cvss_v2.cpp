// CVSS v2.0 (FIRST "A Complete Guide to the CVSS Version 2.0", 3.2 equations).
#include <cmath>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_internal.h"

namespace vt::validation::cvss {
namespace {

// round_to_1_decimal: half up, on integers after scaling to hide binary
// representation error (2.35 stays 2.4).
double round1(double x) { return std::floor(x * 10.0 + 0.5 + 1e-9) / 10.0; }

double weight(std::string_view metric, std::string_view v) {
  if (metric == "AV") return v == "L" ? 0.395 : v == "A" ? 0.646 : 1.0;
  if (metric == "AC") return v == "H" ? 0.35 : v == "M" ? 0.61 : 0.71;
  if (metric == "Au") return v == "M" ? 0.45 : v == "S" ? 0.56 : 0.704;
  if (metric == "C" || metric == "I" || metric == "A") return v == "N" ? 0.0 : v == "P" ? 0.275 : 0.660;
  if (metric == "E") return v == "U" ? 0.85 : v == "POC" ? 0.9 : v == "F" ? 0.95 : 1.0;
  if (metric == "RL") return v == "OF" ? 0.87 : v == "TF" ? 0.90 : v == "W" ? 0.95 : 1.0;
  if (metric == "RC") return v == "UC" ? 0.90 : v == "UR" ? 0.95 : 1.0;
  if (metric == "CDP") return v == "L" ? 0.1 : v == "LM" ? 0.3 : v == "MH" ? 0.4 : v == "H" ? 0.5 : 0.0;
  if (metric == "TD") return v == "N" ? 0.0 : v == "L" ? 0.25 : v == "M" ? 0.75 : 1.0;
  if (metric == "CR" || metric == "IR" || metric == "AR") return v == "L" ? 0.5 : v == "H" ? 1.51 : 1.0;
  return 1.0;
}

double base_from_impact(double impact, double exploitability) {
  const double f = impact == 0 ? 0 : 1.176;
  return round1(((0.6 * impact) + (0.4 * exploitability) - 1.5) * f);
}

}  // namespace

Scores compute_v2(const Vector& v) {
  auto w = [&](std::string_view m) { return weight(m, v.get(m)); };
  Scores s;
  const double impact = 10.41 * (1 - (1 - w("C")) * (1 - w("I")) * (1 - w("A")));
  const double exploitability = 20 * w("AV") * w("AC") * w("Au");
  s.base = base_from_impact(impact, exploitability);
  const double temporal_factor = w("E") * w("RL") * w("RC");
  const bool has_temporal = !v.get("E").empty() || !v.get("RL").empty() || !v.get("RC").empty();
  const bool has_env = !v.get("CDP").empty() || !v.get("TD").empty() || !v.get("CR").empty() ||
                       !v.get("IR").empty() || !v.get("AR").empty();
  if (has_temporal || has_env) s.temporal = round1(s.base * temporal_factor);
  if (has_env) {
    const double adjusted_impact =
        std::min(10.0, 10.41 * (1 - (1 - w("C") * w("CR")) * (1 - w("I") * w("IR")) * (1 - w("A") * w("AR"))));
    const double adjusted_temporal = round1(base_from_impact(adjusted_impact, exploitability) * temporal_factor);
    s.environmental = round1((adjusted_temporal + (10 - adjusted_temporal) * w("CDP")) * w("TD"));
  }
  if (!has_temporal) s.temporal.reset();
  return s;
}

}  // namespace vt::validation::cvss
