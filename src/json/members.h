// Small readers for optional members of a parsed object, shared by the
// parsers of outside formats (feeds, documents, inventory).
#pragma once

#include <string>
#include <string_view>

#include "json/json.h"

namespace vt::json {

// The string member `key` of an object, or "" when it is absent or not a
// string (for optional text fields).
inline std::string string_member(const Value& object, std::string_view key) {
  auto v = object.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace vt::json
