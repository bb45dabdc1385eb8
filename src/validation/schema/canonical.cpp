#include "validation/schema/canonical.h"

#include <algorithm>
#include <vector>

#include "json/writer.h"
#include "validation/schema/decimal.h"

namespace vt::validation::schema {
namespace {

}  // namespace

std::string canonical_number_text(std::string_view text) {
  auto d = Decimal::parse(text);
  if (!d) return std::string(text);
  __int128 m = d->mantissa;
  int e = d->exponent;
  if (m == 0) return "0";
  while (m % 10 == 0) {
    m /= 10;
    ++e;
  }
  std::string digits;
  bool negative = m < 0;
  if (negative) m = -m;
  while (m > 0) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  }
  return (negative ? "-" : "") + digits + "e" + std::to_string(e);
}

namespace {

void append(std::string& out, const json::Value& v, int depth) {
  switch (v.type()) {
    case json::Type::kNull: out += "null"; return;
    case json::Type::kBool: out += v.as_bool() ? "true" : "false"; return;
    case json::Type::kNumber: out += canonical_number_text(v.number_text()); return;
    case json::Type::kString: json::append_quoted(out, v.as_string()); return;
    case json::Type::kArray:
      out += '[';
      for (json::Value item : v.items()) {
        if (depth < 2048) append(out, item, depth + 1);
        out += ',';
      }
      out += ']';
      return;
    case json::Type::kObject: {
      std::vector<std::pair<std::string_view, json::Value>> members;
      for (auto m : v.members()) members.emplace_back(m.key, m.value);
      std::sort(members.begin(), members.end(), [](auto& a, auto& b) { return a.first < b.first; });
      out += '{';
      for (auto& [k, val] : members) {
        json::append_quoted(out, k);
        out += ':';
        if (depth < 2048) append(out, val, depth + 1);
        out += ',';
      }
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string canonical_json(const json::Value& v) {
  std::string out;
  append(out, v, 0);
  return out;
}

}  // namespace vt::validation::schema
