// CVSS v4.0 vector strings (specification section 7) and the MacroVector
// scoring of section 8: the vector's equivalence classes pick a macrovector,
// whose published score is lowered in proportion to how far the vector is
// from the most severe vectors of that macrovector.
#include "validation/cvss/cvss_v4.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/file.h"

namespace vt::validation::cvss {
namespace {

struct MetricSpec {
  std::string_view name;
  std::array<std::string_view, 5> values;  // optional metrics start with X
  std::uint8_t count;
};

// Section 7, Table 23: the metrics in vector order and their values.
constexpr std::array<MetricSpec, kV4MetricCount> kSpec = {{
    {"AV", {"N", "A", "L", "P"}, 4},
    {"AC", {"L", "H"}, 2},
    {"AT", {"N", "P"}, 2},
    {"PR", {"N", "L", "H"}, 3},
    {"UI", {"N", "P", "A"}, 3},
    {"VC", {"H", "L", "N"}, 3},
    {"VI", {"H", "L", "N"}, 3},
    {"VA", {"H", "L", "N"}, 3},
    {"SC", {"H", "L", "N"}, 3},
    {"SI", {"H", "L", "N"}, 3},
    {"SA", {"H", "L", "N"}, 3},
    {"E", {"X", "A", "P", "U"}, 4},
    {"CR", {"X", "H", "M", "L"}, 4},
    {"IR", {"X", "H", "M", "L"}, 4},
    {"AR", {"X", "H", "M", "L"}, 4},
    {"MAV", {"X", "N", "A", "L", "P"}, 5},
    {"MAC", {"X", "L", "H"}, 3},
    {"MAT", {"X", "N", "P"}, 3},
    {"MPR", {"X", "N", "L", "H"}, 4},
    {"MUI", {"X", "N", "P", "A"}, 4},
    {"MVC", {"X", "H", "L", "N"}, 4},
    {"MVI", {"X", "H", "L", "N"}, 4},
    {"MVA", {"X", "H", "L", "N"}, 4},
    {"MSC", {"X", "H", "L", "N"}, 4},
    {"MSI", {"X", "S", "H", "L", "N"}, 5},
    {"MSA", {"X", "S", "H", "L", "N"}, 5},
    {"S", {"X", "N", "P"}, 3},
    {"AU", {"X", "N", "Y"}, 3},
    {"R", {"X", "A", "U", "I"}, 4},
    {"V", {"X", "D", "C"}, 3},
    {"RE", {"X", "L", "M", "H"}, 4},
    {"U", {"X", "Clear", "Green", "Amber", "Red"}, 5},
}};
constexpr std::size_t kBaseCount = 11;  // AV..SA: mandatory, no X
constexpr std::size_t kModifiedOffset =
    static_cast<std::size_t>(V4Metric::kMAV);  // AV + offset = MAV

std::size_t index_of(V4Metric m) { return static_cast<std::size_t>(m); }

std::string join_values(const MetricSpec& spec) {
  std::string out;
  for (std::size_t i = 0; i < spec.count; ++i) out += (i ? ", " : "") + std::string(spec.values[i]);
  return out;
}

// The values scoring reads (section 8.1): a modified metric replaces its base
// metric unless it is X; E:X counts as Attacked and a requirement X as High,
// the worst case, so that a missing threat or environmental metric never
// lowers the score.
struct Effective {
  char av, pr, ui, ac, at, vc, vi, va, sc, si, sa, cr, ir, ar, e;
};

char effective(const V4Vector& v, V4Metric m) {
  const std::size_t i = index_of(m);
  if (i < kBaseCount) {
    const std::uint8_t modified = v.values[i + kModifiedOffset];
    if (modified != 0) return kSpec[i + kModifiedOffset].values[modified][0];
    return kSpec[i].values[v.values[i]][0];
  }
  const std::uint8_t value = v.values[i];
  if (value == 0) return m == V4Metric::kE ? 'A' : 'H';
  return kSpec[i].values[value][0];
}

Effective effective_values(const V4Vector& v) {
  using M = V4Metric;
  return {effective(v, M::kAV), effective(v, M::kPR), effective(v, M::kUI), effective(v, M::kAC),
          effective(v, M::kAT), effective(v, M::kVC), effective(v, M::kVI), effective(v, M::kVA),
          effective(v, M::kSC), effective(v, M::kSI), effective(v, M::kSA), effective(v, M::kCR),
          effective(v, M::kIR), effective(v, M::kAR), effective(v, M::kE)};
}

MacroVector macro_of(const Effective& m) {
  MacroVector mv;
  // EQ1: AV, PR, UI.
  if (m.av == 'N' && m.pr == 'N' && m.ui == 'N')
    mv.eq[0] = 0;
  else if ((m.av == 'N' || m.pr == 'N' || m.ui == 'N') && m.av != 'P')
    mv.eq[0] = 1;
  else
    mv.eq[0] = 2;
  // EQ2: AC, AT.
  mv.eq[1] = m.ac == 'L' && m.at == 'N' ? 0 : 1;
  // EQ3: VC, VI, VA.
  if (m.vc == 'H' && m.vi == 'H')
    mv.eq[2] = 0;
  else if (m.vc == 'H' || m.vi == 'H' || m.va == 'H')
    mv.eq[2] = 1;
  else
    mv.eq[2] = 2;
  // EQ4: SC, SI, SA (Safety only through MSI/MSA).
  if (m.si == 'S' || m.sa == 'S')
    mv.eq[3] = 0;
  else if (m.sc == 'H' || m.si == 'H' || m.sa == 'H')
    mv.eq[3] = 1;
  else
    mv.eq[3] = 2;
  // EQ5: E.
  mv.eq[4] = m.e == 'A' ? 0 : m.e == 'P' ? 1 : 2;
  // EQ6: a high impact that matters to the organisation.
  mv.eq[5] =
      (m.cr == 'H' && m.vc == 'H') || (m.ir == 'H' && m.vi == 'H') || (m.ar == 'H' && m.va == 'H')
          ? 0
          : 1;
  return mv;
}

// Severity order of each metric's values, most severe first: the severity
// distance between two values is the difference of their positions.
int level(std::string_view order, char value) { return static_cast<int>(order.find(value)); }

// An equivalence class's metrics, their severity orders and, per level of
// the class, its highest-severity vectors (values in metric order) and its
// depth (the largest severity distance inside it). From the specification's
// reference calculator (max_composed and max_severity of cvss_score.js).
struct Group {
  std::array<std::string_view, 6> orders;
  std::size_t width;
  int depth;
  std::array<std::string_view, 5> maxima;
};

constexpr std::string_view kAV = "NALP", kPR = "NLH", kUI = "NPA", kAC = "LH", kAT = "NP",
                           kCIA = "HLN", kSubInt = "SHLN", kReq = "HML";

constexpr std::array<Group, 3> kEq1 = {{
    {{kAV, kPR, kUI}, 3, 1, {"NNN"}},
    {{kAV, kPR, kUI}, 3, 4, {"ANN", "NLN", "NNP"}},
    {{kAV, kPR, kUI}, 3, 5, {"PNN", "ALP"}},
}};
constexpr std::array<Group, 2> kEq2 = {{
    {{kAC, kAT}, 2, 1, {"LN"}},
    {{kAC, kAT}, 2, 2, {"HN", "LP"}},
}};
// EQ3 and EQ6 together (VC, VI, VA, CR, IR, AR), by EQ3 * 2 + EQ6; EQ3 = 2
// with EQ6 = 0 cannot happen.
constexpr std::array<Group, 6> kEq36 = {{
    {{kCIA, kCIA, kCIA, kReq, kReq, kReq}, 6, 7, {"HHHHHH"}},
    {{kCIA, kCIA, kCIA, kReq, kReq, kReq}, 6, 6, {"HHLMMH", "HHHMMM"}},
    {{kCIA, kCIA, kCIA, kReq, kReq, kReq}, 6, 8, {"LHHHHH", "HLHHHH"}},
    {{kCIA, kCIA, kCIA, kReq, kReq, kReq},
     6,
     8,
     {"LHLHMH", "LHHHMM", "HLHMHM", "HLLMHH", "LLHHHM"}},
    {{}, 0, 0, {}},
    {{kCIA, kCIA, kCIA, kReq, kReq, kReq}, 6, 10, {"LLLHHH"}},
}};
constexpr std::array<Group, 3> kEq4 = {{
    {{kCIA, kSubInt, kSubInt}, 3, 6, {"HSS"}},
    {{kCIA, kSubInt, kSubInt}, 3, 5, {"HHH"}},
    {{kCIA, kSubInt, kSubInt}, 3, 4, {"LLL"}},
}};

// Distance from the first highest-severity vector of the class that is at
// least as severe as the vector in every metric; nullopt if none is (which
// the unit tests show cannot happen for a vector in that class).
std::optional<int> distance(const Group& g, std::string_view values) {
  for (std::string_view max : g.maxima) {
    if (max.empty()) break;
    int sum = 0;
    bool fits = true;
    for (std::size_t i = 0; i < g.width && fits; ++i) {
      const int d = level(g.orders[i], values[i]) - level(g.orders[i], max[i]);
      fits = d >= 0;
      sum += d;
    }
    if (fits) return sum;
  }
  return std::nullopt;
}

std::size_t table_index(const MacroVector& mv) {
  static constexpr std::array<std::uint8_t, 6> kLevels = {3, 2, 3, 3, 3, 2};
  std::size_t index = 0;
  for (std::size_t i = 0; i < 6; ++i) {
    if (mv.eq[i] >= kLevels[i]) return SIZE_MAX;
    index = index * kLevels[i] + mv.eq[i];
  }
  return index;
}

}  // namespace

std::string_view V4Vector::get(V4Metric metric) const {
  const MetricSpec& spec = kSpec[index_of(metric)];
  return spec.values[values[index_of(metric)] < spec.count ? values[index_of(metric)] : 0];
}

Result<V4Vector> parse_v4_vector(std::string_view text) {
  auto bad = [&](const std::string& what) {
    return make_error(ErrorCode::kInvalidInput,
                      what + " in CVSS v4.0 vector \"" + std::string(text) + "\"");
  };
  constexpr std::string_view kPrefix = "CVSS:4.0/";
  if (text.substr(0, kPrefix.size()) != kPrefix) return bad("expected the prefix \"CVSS:4.0/\"");
  V4Vector v;
  std::array<bool, kV4MetricCount> seen{};
  std::size_t previous = 0;  // Table 23 position of the last metric read, plus one
  const std::string_view body = text.substr(kPrefix.size());
  for (std::size_t s = 0; s <= body.size();) {
    std::size_t slash = body.find('/', s);
    if (slash == std::string_view::npos) slash = body.size();
    const std::string_view part = body.substr(s, slash - s);
    s = slash + 1;
    const std::size_t colon = part.find(':');
    if (colon == std::string_view::npos)
      return bad("\"" + std::string(part) + "\" is not METRIC:VALUE");
    const std::string_view name = part.substr(0, colon), value = part.substr(colon + 1);
    std::size_t m = 0;
    while (m < kV4MetricCount && kSpec[m].name != name) ++m;
    if (m == kV4MetricCount) return bad("unknown metric \"" + std::string(name) + "\"");
    if (seen[m]) return bad("metric " + std::string(name) + " appears twice");
    if (m + 1 < previous)
      return bad(
          "metric " + std::string(name) + " comes after " + std::string(kSpec[previous - 1].name) +
          ", expected the order of the specification (AV/AC/AT/PR/UI/VC/VI/VA/SC/SI/SA/E/CR/IR/AR/"
          "MAV/MAC/MAT/MPR/MUI/MVC/MVI/MVA/MSC/MSI/MSA/S/AU/R/V/RE/U)");
    std::size_t k = 0;
    while (k < kSpec[m].count && kSpec[m].values[k] != value) ++k;
    if (k == kSpec[m].count)
      return bad("metric " + std::string(name) + " has value \"" + std::string(value) +
                 "\", expected one of " + join_values(kSpec[m]));
    seen[m] = true;
    previous = m + 1;
    v.values[m] = static_cast<std::uint8_t>(k);
  }
  for (std::size_t m = 0; m < kBaseCount; ++m)
    if (!seen[m]) return bad("base metric " + std::string(kSpec[m].name) + " is missing");
  return v;
}

std::string to_string(const V4Vector& vector) {
  std::string out = "CVSS:4.0";
  for (std::size_t m = 0; m < kV4MetricCount; ++m) {
    if (m >= kBaseCount && vector.values[m] == 0) continue;
    out += '/';
    out += kSpec[m].name;
    out += ':';
    out += vector.get(static_cast<V4Metric>(m));
  }
  return out;
}

const char* nomenclature(const V4Vector& vector) {
  const bool threat = vector.values[index_of(V4Metric::kE)] != 0;
  bool environmental = false;
  for (std::size_t m = index_of(V4Metric::kCR); m <= index_of(V4Metric::kMSA); ++m)
    environmental = environmental || vector.values[m] != 0;
  if (threat) return environmental ? "CVSS-BTE" : "CVSS-BT";
  return environmental ? "CVSS-BE" : "CVSS-B";
}

std::string MacroVector::to_string() const {
  std::string out;
  for (std::uint8_t level : eq) out += static_cast<char>('0' + level);
  return out;
}

MacroVector macro_vector(const V4Vector& vector) { return macro_of(effective_values(vector)); }

Result<MacroVectorTable> MacroVectorTable::load(const std::string& data_dir) {
  const std::string path = data_dir + "/cvss/v4-macrovector-scores.tsv";
  VT_ASSIGN_OR_RETURN(std::string text, read_file(path, 1u << 20));
  return parse(text, path);
}

Result<MacroVectorTable> MacroVectorTable::parse(std::string_view text, const std::string& where) {
  MacroVectorTable table;
  table.tenths_.fill(-1);
  std::size_t line_no = 0, rows = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& what) {
      return make_error(ErrorCode::kInvalidInput, what + ", got \"" + std::string(line) + "\"",
                        where + ":" + std::to_string(line_no));
    };
    // "EEEEEE<TAB>D.D" or "10.0": six EQ levels, a score with one decimal.
    if (line.size() < 10 || line[6] != '\t') return bad("expected \"macrovector<TAB>score\"");
    MacroVector mv;
    for (std::size_t i = 0; i < 6; ++i) {
      if (line[i] < '0' || line[i] > '9') return bad("a macrovector is six digits");
      mv.eq[i] = static_cast<std::uint8_t>(line[i] - '0');
    }
    const std::size_t index = table_index(mv);
    if (index == SIZE_MAX || (mv.eq[2] == 2 && mv.eq[5] == 0)) return bad("no such macrovector");
    const std::string_view score = line.substr(7);
    int tenths = -1;
    if (score == "10.0")
      tenths = 100;
    else if (score.size() == 3 && score[0] >= '0' && score[0] <= '9' && score[1] == '.' &&
             score[2] >= '0' && score[2] <= '9')
      tenths = (score[0] - '0') * 10 + (score[2] - '0');
    if (tenths < 0) return bad("expected a score from 0.0 to 10.0 with one decimal");
    if (table.tenths_[index] >= 0) return bad("macrovector " + mv.to_string() + " appears twice");
    table.tenths_[index] = static_cast<std::int16_t>(tenths);
    ++rows;
  }
  // All 324 level combinations exist but the 54 with EQ3 = 2 and EQ6 = 0.
  if (rows != 270)
    return make_error(ErrorCode::kInvalidInput,
                      "expected the 270 macrovectors, found " + std::to_string(rows), where);
  return table;
}

std::optional<double> MacroVectorTable::score(const MacroVector& mv) const {
  const std::size_t index = table_index(mv);
  if (index == SIZE_MAX || tenths_[index] < 0) return std::nullopt;
  return tenths_[index] / 10.0;
}

std::optional<std::array<int, 4>> severity_distances(const V4Vector& vector) {
  const Effective m = effective_values(vector);
  const MacroVector mv = macro_of(m);
  const char eq1_values[] = {m.av, m.pr, m.ui}, eq2_values[] = {m.ac, m.at},
             eq36_values[] = {m.vc, m.vi, m.va, m.cr, m.ir, m.ar},
             eq4_values[] = {m.sc, m.si, m.sa};
  const std::optional<int> d1 = distance(kEq1[mv.eq[0]], {eq1_values, 3}),
                           d2 = distance(kEq2[mv.eq[1]], {eq2_values, 2}),
                           d36 = distance(kEq36[mv.eq[2] * 2u + mv.eq[5]], {eq36_values, 6}),
                           d4 = distance(kEq4[mv.eq[3]], {eq4_values, 3});
  if (!d1 || !d2 || !d36 || !d4) return std::nullopt;
  return std::array<int, 4>{*d1, *d2, *d36, *d4};
}

double score_v4(const V4Vector& vector, const MacroVectorTable& table) {
  const Effective m = effective_values(vector);
  // No impact on any system: 0 whatever else (section 8).
  if (m.vc == 'N' && m.vi == 'N' && m.va == 'N' && m.sc == 'N' && m.si == 'N' && m.sa == 'N')
    return 0.0;
  const MacroVector mv = macro_of(m);
  const std::optional<double> value = table.score(mv);
  if (!value) return 0.0;  // a table that passed parse() holds every reachable macrovector

  auto lower = [&](std::size_t eq) {
    MacroVector next = mv;
    ++next.eq[eq];
    return table.score(next);
  };
  // EQ3 and EQ6 step down together: from 00 either to 01 or to 10 (the
  // higher of the two), from 01 and 10 to 11, from 11 to 21, and 21 is last.
  std::optional<double> lower36;
  const int eq3 = mv.eq[2], eq6 = mv.eq[5];
  if (eq3 == 0 && eq6 == 0) {
    const std::optional<double> left = lower(5), right = lower(2);
    lower36 = left && right ? std::optional<double>(std::max(*left, *right)) : left ? left : right;
  } else if (eq6 == 0) {
    lower36 = lower(5);
  } else if (eq3 < 2) {
    lower36 = lower(2);
  }

  // The reference calculator takes all distances as 0 unless every class has
  // a highest-severity vector above the vector (never the case, see above).
  const std::array<int, 4> d = severity_distances(vector).value_or(std::array<int, 4>{});
  const int depth1 = kEq1[mv.eq[0]].depth, depth2 = kEq2[mv.eq[1]].depth,
            depth36 = kEq36[static_cast<std::size_t>(eq3 * 2 + eq6)].depth,
            depth4 = kEq4[mv.eq[3]].depth;

  // Each class whose next lower macrovector exists lowers the score by the
  // share of the gap to that macrovector's score that the vector's distance
  // is of the class depth; the score drops by the mean of those.
  double sum = 0;
  int count = 0;
  auto step = [&](std::optional<double> next, int dist, int depth) {
    if (!next) return;
    sum += static_cast<double>(dist) / depth * (*value - *next);
    ++count;
  };
  step(lower(0), d[0], depth1);
  step(lower(1), d[1], depth2);
  step(lower36, d[2], depth36);
  step(lower(3), d[3], depth4);
  step(lower(4), 0, 1);
  double score = *value - (count == 0 ? 0.0 : sum / count);
  if (score < 0) return 0.0;
  if (score > 10) return 10.0;
  // The reference calculator adds 1e-6 before rounding half up so that
  // x.x5 computed as x.x4999... still rounds up.
  return std::round((score + 1e-6) * 10) / 10;
}

}  // namespace vt::validation::cvss
