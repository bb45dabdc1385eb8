// 6.1.8 Invalid CVSS (the object against FIRST's schema for its version),
// 6.1.9 Invalid CVSS computation (scores and severities as computed from the
// vector), 6.1.10 Inconsistent CVSS (the properties against the vector).
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_memo.h"
#include "validation/cvss/cvss_tests.h"
#include "validation/schema/schema.h"

namespace vt::validation::cvss {
namespace {

template <typename Fn>
void for_each_cvss(const TestContext& ctx, Fn&& fn) {
  for (const auto& v : ctx.doc.vulnerabilities)
    for (const auto& s : v.scores) {
      if (s.cvss_v2) fn(*s.cvss_v2, true);
      if (s.cvss_v3) fn(*s.cvss_v3, false);
    }
}

std::string member_pointer(const json::Value& object, std::string_view member) {
  std::string p = object.pointer();
  json::append_pointer(p, member);
  return p;
}

std::string format_score(double d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", d);
  return buf;
}

// JSON property -> vector metric, and the property's enum value -> letter.
struct Property {
  std::string_view json, metric;
  bool base;
};
constexpr Property kV3Properties[] = {
    {"attackVector", "AV", true},
    {"attackComplexity", "AC", true},
    {"privilegesRequired", "PR", true},
    {"userInteraction", "UI", true},
    {"scope", "S", true},
    {"confidentialityImpact", "C", true},
    {"integrityImpact", "I", true},
    {"availabilityImpact", "A", true},
    {"exploitCodeMaturity", "E", false},
    {"remediationLevel", "RL", false},
    {"reportConfidence", "RC", false},
    {"confidentialityRequirement", "CR", false},
    {"integrityRequirement", "IR", false},
    {"availabilityRequirement", "AR", false},
    {"modifiedAttackVector", "MAV", false},
    {"modifiedAttackComplexity", "MAC", false},
    {"modifiedPrivilegesRequired", "MPR", false},
    {"modifiedUserInteraction", "MUI", false},
    {"modifiedScope", "MS", false},
    {"modifiedConfidentialityImpact", "MC", false},
    {"modifiedIntegrityImpact", "MI", false},
    {"modifiedAvailabilityImpact", "MA", false},
};
constexpr Property kV2Properties[] = {
    {"accessVector", "AV", true},          {"accessComplexity", "AC", true},
    {"authentication", "Au", true},        {"confidentialityImpact", "C", true},
    {"integrityImpact", "I", true},        {"availabilityImpact", "A", true},
    {"exploitability", "E", false},        {"remediationLevel", "RL", false},
    {"reportConfidence", "RC", false},     {"collateralDamagePotential", "CDP", false},
    {"targetDistribution", "TD", false},   {"confidentialityRequirement", "CR", false},
    {"integrityRequirement", "IR", false}, {"availabilityRequirement", "AR", false},
};

// Whether some property of either table starts with the byte.
constexpr std::array<bool, 256> kPropertyInitials = [] {
  std::array<bool, 256> initials{};
  for (const Property& p : kV3Properties) initials[static_cast<unsigned char>(p.json[0])] = true;
  for (const Property& p : kV2Properties) initials[static_cast<unsigned char>(p.json[0])] = true;
  return initials;
}();

std::string v3_letter(std::string_view value) {
  if (value == "ADJACENT_NETWORK") return "A";
  if (value == "PROOF_OF_CONCEPT") return "P";
  if (value == "NOT_DEFINED") return "X";
  if (value == "OFFICIAL_FIX") return "O";
  if (value == "TEMPORARY_FIX") return "T";
  return value.empty() ? "" : std::string(1, value[0]);
}

std::string v2_letter(std::string_view metric, std::string_view value) {
  if (value == "NOT_DEFINED") return "ND";
  if (value == "ADJACENT_NETWORK") return "A";
  if (value == "PROOF_OF_CONCEPT") return "POC";
  if (value == "OFFICIAL_FIX") return "OF";
  if (value == "TEMPORARY_FIX") return "TF";
  if (value == "UNCONFIRMED") return "UC";
  if (value == "UNCORROBORATED") return "UR";
  if (value == "LOW_MEDIUM") return "LM";
  if (value == "MEDIUM_HIGH") return "MH";
  if (metric == "Au" && value == "MULTIPLE") return "M";
  return value.empty() ? "" : std::string(1, value[0]);
}

}  // namespace

void add_property_metrics(Vector& v, const json::Value& object) {
  const bool v2 = v.version == Version::kV2;
  auto add = [&](const Property& p) {
    if (p.base || !v.get(p.metric).empty()) return;
    auto given = object.find(p.json);
    if (!given || !given->is_string()) return;
    v.metrics.add(p.metric,
                  v2 ? v2_letter(p.metric, given->as_string()) : v3_letter(given->as_string()));
  };
  if (v2)
    for (const auto& p : kV2Properties) add(p);
  else
    for (const auto& p : kV3Properties) add(p);
}

void test_6_1_8_invalid_cvss(const TestContext& ctx, TestSink& sink) {
  for_each_cvss(ctx, [&](const csaf::Cvss& c, bool v2) {
    std::string_view version = c.version.value_or(v2 ? "2.0" : "");
    const schema::Validator* s = ctx.catalogues.cvss_schema(version);
    if (!s) {
      sink.report(member_pointer(c.source, "version"),
                  std::string("the CVSS object has no known version (expected ") +
                      (v2 ? "\"2.0\"" : "\"3.0\" or \"3.1\"") + ")");
      return;
    }
    // The CSAF schema refers to the same FIRST schemas (cvss_v3 is oneOf
    // 3.0/3.1, told apart by their `version` const): a document valid
    // against it has every CVSS object valid against its version's schema.
    if (ctx.schema_valid) return;
    std::vector<Finding> errors;
    if (s->validate(c.source, errors)) return;
    for (auto& e : errors)
      sink.report(e.path, "not valid against FIRST's CVSS v" + std::string(version) +
                              " schema: " + e.message);
  });
}

void test_6_1_9_invalid_cvss_computation(const TestContext& ctx, TestSink& sink) {
  for_each_cvss(ctx, [&](const csaf::Cvss& c, bool v2) {
    if (!c.vector_string) return;
    const ParsedVector& parsed = parsed_vector(*c.vector_string);
    const auto& vector = parsed.vector;
    if (!vector.ok()) return;                             // 6.1.8 reports a malformed vector
    if (v2 != (vector->version == Version::kV2)) return;  // the wrong kind of object: 6.1.8
    const Scores& want = parsed.scores;
    auto check_score = [&](const std::optional<double>& given, std::optional<double> computed,
                           std::string_view key) {
      if (!given || !computed) return;
      if (std::fabs(*given - *computed) < 1e-9) return;
      sink.report(member_pointer(c.source, key), std::string(key) + " is " + format_score(*given) +
                                                     " but " + std::string(*c.vector_string) +
                                                     " gives " + format_score(*computed));
    };
    auto check_severity = [&](const std::optional<std::string_view>& given,
                              std::optional<double> score, std::string_view key) {
      if (!given || !score) return;
      const char* expected = severity(*score);
      if (*given == expected) return;
      sink.report(member_pointer(c.source, key), std::string(key) + " is " + std::string(*given) +
                                                     " but the score " + format_score(*score) +
                                                     " is " + expected);
    };
    check_score(c.base_score, want.base, "baseScore");
    check_score(c.temporal_score,
                want.temporal.has_value() ? want.temporal : std::optional<double>(want.base),
                "temporalScore");
    check_score(c.environmental_score,
                want.environmental.has_value() ? want.environmental
                                               : std::optional<double>(want.temporal_or_base()),
                "environmentalScore");
    if (!v2) {
      check_severity(c.base_severity, want.base, "baseSeverity");
      check_severity(c.temporal_severity, want.temporal, "temporalSeverity");
      check_severity(c.environmental_severity, want.environmental, "environmentalSeverity");
    }
  });
}

void test_6_1_10_inconsistent_cvss(const TestContext& ctx, TestSink& sink) {
  for_each_cvss(ctx, [&](const csaf::Cvss& c, bool v2) {
    if (!c.vector_string) return;
    const auto& vector = parsed_vector(*c.vector_string).vector;
    if (!vector.ok() || v2 != (vector->version == Version::kV2)) return;
    if (!v2 && c.version) {
      const std::string_view vv = vector->version == Version::kV30 ? "3.0" : "3.1";
      if (*c.version != vv)
        sink.report(
            member_pointer(c.source, "version"),
            "version is " + std::string(*c.version) + " but the vector is CVSS " + std::string(vv));
    }
    // The object's members looked up in one pass (first occurrence of a
    // name, as find() would), then checked in table order. Most members
    // (version, vectorString, baseScore, baseSeverity) are in neither table:
    // their first letter rules them out before a scan of the table.
    const std::span<const Property> table =
        v2 ? std::span<const Property>(kV2Properties) : std::span<const Property>(kV3Properties);
    std::array<std::optional<json::Value>, std::size(kV3Properties)> given_by_property;
    for (auto [key, value] : c.source.members()) {
      if (key.empty() || !kPropertyInitials[static_cast<unsigned char>(key[0])]) continue;
      for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].json.size() == key.size() && table[i].json[0] == key[0] &&
            table[i].json == key) {
          if (!given_by_property[i]) given_by_property[i] = value;
          break;
        }
    }
    auto check = [&](const Property& p) {
      const auto& given = given_by_property[&p - table.data()];
      if (!given || !given->is_string()) return;
      const std::string letter =
          v2 ? v2_letter(p.metric, given->as_string()) : v3_letter(given->as_string());
      // A metric the vector leaves out is not contradicted (the OASIS files
      // for 6.2.19 give modified impacts as properties only).
      std::string_view in_vector = vector->get(p.metric);
      if (in_vector.empty() || letter == in_vector) return;
      sink.report(given->pointer(), std::string(p.json) + " is " + std::string(given->as_string()) +
                                        " but the vector says " + std::string(p.metric) + ":" +
                                        std::string(in_vector));
    };
    for (const auto& p : table) check(p);
  });
}

}  // namespace vt::validation::cvss
