// Internal: converts between json::Value and the simdjson element it stands
// for (a tape index of the parse's document).
#pragma once

#include <simdjson.h>

#include <cstring>

#include "json/json.h"
#include "json/pointer_index.h"

namespace vt::json {

struct ValueAccess {
  static Value make(const detail::Tape* tape, std::size_t at) { return Value(tape, at); }
  static Value make(const detail::Tape* tape, const simdjson::dom::element& e) {
    return Value(tape, tape_index(e));
  }
  static std::size_t at(const Value& v) { return v.at_; }
  static const detail::Tape* tape(const Value& v) { return v.tape_; }
};

// The element at `at` of the document `tape` describes: dom::element is
// exactly a tape_ref {document*, index} (see tape_index()).
inline simdjson::dom::element element_at(const detail::Tape& tape, std::size_t at) {
  struct TapeRef {
    const void* doc;
    std::size_t index;
  };
  static_assert(sizeof(simdjson::dom::element) == sizeof(TapeRef));
  static_assert(std::is_trivially_copyable_v<simdjson::dom::element>);
  TapeRef r{tape.document, at};
  simdjson::dom::element e;
  std::memcpy(static_cast<void*>(&e), &r, sizeof r);
  return e;
}

}  // namespace vt::json
