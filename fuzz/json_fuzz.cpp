// The JSON layer on arbitrary bytes: parse, walk every value with its pointer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "json/json.h"

namespace {
void walk(const vt::json::Value& v, int depth) {
  if (depth > 2000) return;
  (void)v.pointer();
  if (v.is_object())
    for (auto m : v.members()) walk(m.value, depth + 1);
  else if (v.is_array())
    for (auto item : v.items()) walk(item, depth + 1);
  else if (v.is_number())
    (void)v.number_text();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser;
  auto r = parser.parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  if (r.ok()) walk(*r, 0);
  else (void)r.error().to_string();
  return 0;
}
