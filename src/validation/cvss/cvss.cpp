#include <algorithm>
#include <array>
#include <cstring>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_internal.h"

namespace vt::validation::cvss {
namespace {

struct Metric {
  std::string_view name;
  std::string_view values;  // comma separated
  bool base;
};

constexpr std::array<Metric, 22> kV3 = {{
    {"AV", "N,A,L,P", true},    {"AC", "L,H", true},       {"PR", "N,L,H", true},
    {"UI", "N,R", true},        {"S", "U,C", true},        {"C", "H,L,N", true},
    {"I", "H,L,N", true},       {"A", "H,L,N", true},      {"E", "X,U,P,F,H", false},
    {"RL", "X,O,T,W,U", false}, {"RC", "X,U,R,C", false},  {"CR", "X,L,M,H", false},
    {"IR", "X,L,M,H", false},   {"AR", "X,L,M,H", false},  {"MAV", "X,N,A,L,P", false},
    {"MAC", "X,L,H", false},    {"MPR", "X,N,L,H", false}, {"MUI", "X,N,R", false},
    {"MS", "X,U,C", false},     {"MC", "X,N,L,H", false},  {"MI", "X,N,L,H", false},
    {"MA", "X,N,L,H", false},
}};

constexpr std::array<Metric, 14> kV2 = {{
    {"AV", "L,A,N", true},
    {"AC", "H,M,L", true},
    {"Au", "M,S,N", true},
    {"C", "N,P,C", true},
    {"I", "N,P,C", true},
    {"A", "N,P,C", true},
    {"E", "U,POC,F,H,ND", false},
    {"RL", "OF,TF,W,U,ND", false},
    {"RC", "UC,UR,C,ND", false},
    {"CDP", "N,L,LM,MH,H,ND", false},
    {"TD", "N,L,M,H,ND", false},
    {"CR", "L,M,H,ND", false},
    {"IR", "L,M,H,ND", false},
    {"AR", "L,M,H,ND", false},
}};

bool allowed(std::string_view values, std::string_view v) {
  for (std::size_t s = 0; s <= values.size();) {
    std::size_t comma = values.find(',', s);
    if (comma == std::string_view::npos) comma = values.size();
    if (values.substr(s, comma - s) == v) return true;
    s = comma + 1;
  }
  return false;
}

template <std::size_t N>
Result<Vector> parse_metrics(std::string_view body, Version version,
                             const std::array<Metric, N>& table, std::string_view text) {
  auto bad = [&](const std::string& what) {
    return make_error(ErrorCode::kInvalidInput,
                      what + " in CVSS vector \"" + std::string(text) + "\"");
  };
  Vector v;
  v.version = version;
  for (std::size_t s = 0; s <= body.size();) {
    std::size_t slash = body.find('/', s);
    if (slash == std::string_view::npos) slash = body.size();
    std::string_view part = body.substr(s, slash - s);
    s = slash + 1;
    const std::size_t colon = part.find(':');
    if (colon == std::string_view::npos)
      return bad("\"" + std::string(part) + "\" is not METRIC:VALUE");
    std::string_view name = part.substr(0, colon), value = part.substr(colon + 1);
    auto m =
        std::find_if(table.begin(), table.end(), [&](const Metric& x) { return x.name == name; });
    if (m == table.end()) return bad("unknown metric " + std::string(name));
    if (!allowed(m->values, value))
      return bad("metric " + std::string(name) + " has value " + std::string(value) +
                 ", expected one of " + std::string(m->values));
    if (!v.metrics.add(name, value)) return bad("metric " + std::string(name) + " appears twice");
  }
  for (const auto& m : table)
    if (m.base && !v.metrics.has(m.name))
      return bad("base metric " + std::string(m.name) + " is missing");
  return v;
}

}  // namespace

const MetricList::Entry* MetricList::find(std::string_view name) const {
  if (name.empty() || name.size() > kMaxText) return nullptr;
  const std::uint32_t key = pack(name);
  for (std::size_t i = 0; i < size_; ++i)
    if (entries_[i].key == key) return &entries_[i];
  return nullptr;
}

std::string_view MetricList::get(std::string_view name) const {
  const Entry* e = find(name);
  return e ? std::string_view(e->value, e->value_size) : std::string_view();
}

bool MetricList::add(std::string_view name, std::string_view value) {
  if (name.size() > kMaxText || value.size() > kMaxText || size_ == kCapacity || has(name))
    return false;
  if (name.empty() || name.find('\0') != std::string_view::npos)
    return false;  // not a metric name; would pack ambiguously
  Entry& e = entries_[size_++];
  e.key = pack(name);
  std::memcpy(e.name, name.data(), name.size());
  std::memcpy(e.value, value.data(), value.size());
  e.name_size = static_cast<std::uint8_t>(name.size());
  e.value_size = static_cast<std::uint8_t>(value.size());
  return true;
}

Result<Vector> parse_vector(std::string_view text) {
  if (text.substr(0, 9) == "CVSS:3.1/")
    return parse_metrics(text.substr(9), Version::kV31, kV3, text);
  if (text.substr(0, 9) == "CVSS:3.0/")
    return parse_metrics(text.substr(9), Version::kV30, kV3, text);
  if (text.substr(0, 5) == "CVSS:")
    return make_error(ErrorCode::kUnsupported,
                      "CVSS version of \"" + std::string(text) + "\" is not 2.0, 3.0 or 3.1");
  return parse_metrics(text, Version::kV2, kV2, text);
}

Scores compute(const Vector& v) {
  return v.version == Version::kV2 ? compute_v2(v) : compute_v3(v);
}

const char* severity(double score) {
  if (score == 0) return "NONE";
  if (score < 4.0) return "LOW";
  if (score < 7.0) return "MEDIUM";
  if (score < 9.0) return "HIGH";
  return "CRITICAL";
}

}  // namespace vt::validation::cvss
