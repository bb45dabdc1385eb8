// For the modules that read simdjson's DOM directly (the JSON layer itself
// and the schema engine's walk): an element's place on its document's tape,
// the element at a place, and a string element's text read off the tape in
// line. simdjson keeps the first two private and does not inline the third
// (dom::element::get_string() was a call per string value of a document,
// a fortieth of validating one).
//
// dom::element is exactly a tape_ref {document*, index}, trivially
// copyable; the tape and the string buffer are dom::document's public
// members, laid out as simdjson's doc/tape.md documents. tape_test.cpp
// checks all three against simdjson's own accessors.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "json/json.h"

namespace vt::json {

struct TapeRef {
  const void* doc;
  std::size_t index;
};
static_assert(sizeof(simdjson::dom::element) == sizeof(TapeRef));
static_assert(std::is_trivially_copyable_v<simdjson::dom::element>);

inline std::size_t tape_index(const simdjson::dom::element& e) {
  TapeRef r;
  std::memcpy(&r, &e, sizeof r);
  return r.index;
}

inline simdjson::dom::element element_at(const void* document, std::size_t index) {
  const TapeRef r{document, index};
  simdjson::dom::element e;
  std::memcpy(static_cast<void*>(&e), &r, sizeof r);
  return e;
}

// The tape and string buffer of `e`'s document, to read `e` (at
// tape_index(e)) and what follows it as json::Value does.
[[gnu::always_inline]] inline detail::Tape tape_of(const simdjson::dom::element& e) {
  TapeRef r;
  std::memcpy(&r, &e, sizeof r);
  const auto* doc = static_cast<const simdjson::dom::document*>(r.doc);
  return detail::Tape{doc->tape.get(), doc->string_buf.get(), doc};
}

// The text of `e`, which must be a string (e.is_string()): read as
// json::Value reads its strings (detail::Tape::string).
[[gnu::always_inline]] inline std::string_view string_of(const simdjson::dom::element& e) {
  return tape_of(e).string(tape_index(e));
}

}  // namespace vt::json
