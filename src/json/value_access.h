// Internal: converts between json::Value and the simdjson element it stands
// for (a tape index of the parse's document).
#pragma once

#include <simdjson.h>

#include "json/json.h"
#include "json/pointer_index.h"

namespace vt::json {

struct ValueAccess {
  static Value make(const detail::Tape* tape, const simdjson::dom::element& e) {
    return Value(tape, tape_index(e));
  }
};

}  // namespace vt::json
