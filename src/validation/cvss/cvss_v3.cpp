// CVSS v3.0 and v3.1 (FIRST specification, section 7 formulas; appendix A
// of v3.1 for Roundup).
#include <cmath>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_internal.h"

namespace vt::validation::cvss {
namespace {

// v3.1 Roundup: the smallest one-decimal number >= x, computed on integers
// so that 4.00000000001 does not become 4.1.
double roundup_31(double x) {
  const long long i = std::llround(x * 100000.0);
  if (i % 10000 == 0) return static_cast<double>(i) / 100000.0;
  return (std::floor(static_cast<double>(i) / 10000.0) + 1) / 10.0;
}

// v3.0 Roundup: ceiling to one decimal.
double roundup_30(double x) { return std::ceil(x * 10.0 - 1e-9) / 10.0; }

double weight(std::string_view metric, std::string_view v, bool scope_changed) {
  if (metric == "AV") return v == "N" ? 0.85 : v == "A" ? 0.62 : v == "L" ? 0.55 : 0.2;
  if (metric == "AC") return v == "L" ? 0.77 : 0.44;
  if (metric == "PR") return v == "N" ? 0.85 : v == "L" ? (scope_changed ? 0.68 : 0.62) : (scope_changed ? 0.5 : 0.27);
  if (metric == "UI") return v == "N" ? 0.85 : 0.62;
  if (metric == "C" || metric == "I" || metric == "A") return v == "H" ? 0.56 : v == "L" ? 0.22 : 0.0;
  if (metric == "E") return v == "U" ? 0.91 : v == "P" ? 0.94 : v == "F" ? 0.97 : 1.0;
  if (metric == "RL") return v == "O" ? 0.95 : v == "T" ? 0.96 : v == "W" ? 0.97 : 1.0;
  if (metric == "RC") return v == "U" ? 0.92 : v == "R" ? 0.96 : 1.0;
  if (metric == "CR" || metric == "IR" || metric == "AR") return v == "H" ? 1.5 : v == "L" ? 0.5 : 1.0;
  return 1.0;
}

}  // namespace

Scores compute_v3(const Vector& v) {
  const bool v31 = v.version == Version::kV31;
  auto roundup = v31 ? roundup_31 : roundup_30;
  auto w = [&](std::string_view m, bool changed) { return weight(m, v.get(m), changed); };
  const bool changed = v.get("S") == "C";
  Scores s;
  const double iss = 1 - (1 - w("C", changed)) * (1 - w("I", changed)) * (1 - w("A", changed));
  const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15) : 6.42 * iss;
  const double exploitability = 8.22 * w("AV", changed) * w("AC", changed) * w("PR", changed) * w("UI", changed);
  if (impact <= 0) s.base = 0;
  else s.base = roundup(std::min((changed ? 1.08 : 1.0) * (impact + exploitability), 10.0));
  const double temporal_factor = w("E", changed) * w("RL", changed) * w("RC", changed);
  s.temporal = roundup(s.base * temporal_factor);

  // Environmental: modified metrics fall back to the base ones ("X").
  auto modified = [&](std::string_view m) -> std::string_view {
    std::string key = "M" + std::string(m);
    std::string_view mv = v.get(key);
    return mv.empty() || mv == "X" ? v.get(m) : mv;
  };
  const bool mchanged = modified("S") == "C";
  auto mw = [&](std::string_view m) { return weight(m, modified(m), mchanged); };
  const double miss = std::min(1 - (1 - w("CR", false) * mw("C")) * (1 - w("IR", false) * mw("I")) *
                                       (1 - w("AR", false) * mw("A")),
                               0.915);
  double mimpact;
  if (!mchanged) mimpact = 6.42 * miss;
  else if (v31) mimpact = 7.52 * (miss - 0.029) - 3.25 * std::pow(miss * 0.9731 - 0.02, 13);
  else mimpact = 7.52 * (miss - 0.029) - 3.25 * std::pow(miss - 0.02, 15);
  const double mexploit = 8.22 * mw("AV") * mw("AC") * mw("PR") * mw("UI");
  if (mimpact <= 0) {
    s.environmental = 0;
  } else {
    const double inner = roundup(std::min((mchanged ? 1.08 : 1.0) * (mimpact + mexploit), 10.0));
    s.environmental = roundup(inner * temporal_factor);
  }
  return s;
}

}  // namespace vt::validation::cvss
