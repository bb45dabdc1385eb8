// Internal: converts between json::Value and the simdjson element it wraps.
#pragma once

#include <simdjson.h>

#include <cstring>

#include "json/json.h"
#include "json/path_arena.h"

namespace vt::json {

static_assert(sizeof(simdjson::dom::element) <= 16);
static_assert(sizeof(simdjson::dom::object::iterator) <= 16);
static_assert(sizeof(simdjson::dom::array::iterator) <= 16);

struct ValueAccess {
  static Value make(const simdjson::dom::element& e, const PathNode* path, PathArena* arena) {
    Value v;
    new (v.element_) simdjson::dom::element(e);
    v.path_ = path;
    v.arena_ = arena;
    return v;
  }
  static const simdjson::dom::element& element(const Value& v) {
    return *std::launder(reinterpret_cast<const simdjson::dom::element*>(v.element_));
  }
  static PathArena* arena(const Value& v) { return v.arena_; }
};

}  // namespace vt::json
