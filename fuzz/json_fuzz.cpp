// The JSON layer on arbitrary bytes: parse, walk every value with its
// pointer, and locate those pointers in the text, one at a time and all in
// one pass (the two must agree).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "json/json.h"
#include "json/locate.h"

namespace {
void walk(const vt::json::Value& v, int depth, std::vector<std::string>& pointers) {
  if (depth > 2000) return;
  if (pointers.size() < 64) pointers.push_back(v.pointer());
  if (v.is_object())
    for (auto m : v.members()) walk(m.value, depth + 1, pointers);
  else if (v.is_array())
    for (auto item : v.items()) walk(item, depth + 1, pointers);
  else if (v.is_number())
    (void)v.number_text();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = parser.parse(text, "fuzz");
  if (!r.ok()) {
    (void)r.error().to_string();
    return 0;
  }
  std::vector<std::string> pointers;
  walk(*r, 0, pointers);
  pointers.push_back(pointers.empty() ? "/missing" : pointers.back() + "/missing/0");
  const std::vector<std::string_view> views(pointers.begin(), pointers.end());
  const std::vector<vt::json::TextPosition> many = vt::json::positions_of_pointers(text, views);
  for (std::size_t i = 0; i < views.size(); ++i) {
    const vt::json::TextPosition one = vt::json::position_of_pointer(text, views[i]);
    if (many[i].line != one.line || many[i].column != one.column) std::abort();
  }
  return 0;
}
