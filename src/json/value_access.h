// Internal: converts between json::Value and the simdjson element it wraps.
#pragma once

#include <simdjson.h>

#include <cstring>

#include "json/json.h"
#include "json/pointer_index.h"

namespace vt::json {

static_assert(sizeof(simdjson::dom::element) <= 16);
static_assert(sizeof(simdjson::dom::object::iterator) <= 16);
static_assert(sizeof(simdjson::dom::array::iterator) <= 16);

struct ValueAccess {
  static Value make(const simdjson::dom::element& e, const PointerIndex* index) {
    Value v;
    new (v.element_) simdjson::dom::element(e);
    v.index_ = index;
    return v;
  }
  static const simdjson::dom::element& element(const Value& v) {
    return *std::launder(reinterpret_cast<const simdjson::dom::element*>(v.element_));
  }
  static const PointerIndex* index(const Value& v) { return v.index_; }
};

}  // namespace vt::json
