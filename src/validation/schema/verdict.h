// Internal: what code generated from a schema (codegen.h) runs against.
//
// A generated function proves an instance valid: it returns true only when
// the walk (validate.cpp) would find nothing, and false when the instance
// is invalid or when it cannot tell (then the walk decides, and words the
// findings). Keywords it does not check itself it hands to the walk for
// their node (probe), so a false is never a guess at invalidity and a true
// is never a guess at validity.
#pragma once

#include <simdjson.h>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/string_hash.h"
#include "json/dom_tape.h"
#include "json/json.h"
#include "validation/schema/compiled.h"

namespace vt::validation::schema {

class VerdictContext {
 public:
  VerdictContext(const Compiled& compiled, const json::Value& instance)
      : compiled_(compiled), instance_(instance) {}

  // The walk's verdict on `e` against node `id` (exact, no findings).
  bool probe(NodeId id, const simdjson::dom::element& e);
  // uniqueItems as the walk decides it: strings by value, other items by
  // their canonical JSON text.
  bool unique(const simdjson::dom::element& array);
  const EcmaRegex& pattern(NodeId id) const { return *compiled_.nodes[id].pattern; }

  // Objects and arrays entered on the current path. The walk stops at a
  // depth of schema applications; the generated code gives up far sooner,
  // so that what it proves the walk would also reach the end of.
  static constexpr int kMaxDepth = 128;
  int depth = 0;

 private:
  const Compiled& compiled_;
  const json::Value& instance_;
};

// True only when the instance is valid against the schema it was made from.
using VerdictFn = bool (*)(VerdictContext&, const simdjson::dom::element&);

// A generated function and the digest of the code it was generated as: it
// serves a schema only when generating code from that schema's compiled
// graph now gives the same digest (codegen.h).
struct CompiledVerdict {
  const char* digest;
  VerdictFn fn;
};

namespace verdict {

// A value's place on its document's tape, read in line (simdjson's own
// iterators were calls from the generated code): the layout is simdjson's
// doc/tape.md, as json::detail::Tape reads it.
class Cursor {
 public:
  [[gnu::always_inline]] explicit Cursor(const simdjson::dom::element& e)
      : tape_(json::tape_of(e)), at_(json::tape_index(e)) {}
  [[gnu::always_inline]] char tag() const { return tape_.tag(at_); }
  // The first member's key (objects) or the first item (arrays), and the
  // index of the closing bracket.
  [[gnu::always_inline]] std::size_t first() const { return at_ + 1; }
  [[gnu::always_inline]] std::size_t end() const { return tape_.after(at_) - 1; }
  [[gnu::always_inline]] std::size_t after(std::size_t at) const { return tape_.after(at); }
  [[gnu::always_inline]] std::string_view string(std::size_t at) const { return tape_.string(at); }
  // A string value's own text.
  [[gnu::always_inline]] std::string_view text() const { return tape_.string(at_); }
  [[gnu::always_inline]] simdjson::dom::element element(std::size_t at) const {
    return json::element_at(tape_.document, at);
  }

 private:
  json::detail::Tape tape_;
  std::size_t at_;
};

// The type bits a value of each tape tag satisfies: simdjson's
// element_type values are its tape's tag characters.
inline constexpr std::array<std::uint8_t, 256> kTypeBitsOfTag = [] {
  using T = simdjson::dom::element_type;
  std::array<std::uint8_t, 256> bits{};
  bits[static_cast<unsigned char>(T::OBJECT)] = kTypeObject;
  bits[static_cast<unsigned char>(T::ARRAY)] = kTypeArray;
  bits[static_cast<unsigned char>(T::STRING)] = kTypeString;
  bits[static_cast<unsigned char>(T::BOOL)] = kTypeBoolean;
  bits[static_cast<unsigned char>(T::NULL_VALUE)] = kTypeNull;
  bits[static_cast<unsigned char>(T::INT64)] = kTypeNumber | kTypeInteger;
  bits[static_cast<unsigned char>(T::UINT64)] = kTypeNumber | kTypeInteger;
  bits[static_cast<unsigned char>(T::DOUBLE)] = kTypeNumber;
  return bits;
}();
static_assert(static_cast<char>(simdjson::dom::element_type::OBJECT) == '{' &&
              static_cast<char>(simdjson::dom::element_type::STRING) == '"' &&
              static_cast<char>(simdjson::dom::element_type::DOUBLE) == 'd');

// The "type" keyword, for the walk and the generated code alike: by table,
// not by a switch on the tag (an indirect jump mispredicted at every change
// of type); an integer is also a double without a fractional part.
[[gnu::always_inline]] inline bool type_ok(std::uint8_t types, char tag,
                                           const simdjson::dom::element& e) {
  if (types & kTypeBitsOfTag[static_cast<unsigned char>(tag)]) return true;
  if (tag != 'd' || !(types & kTypeInteger)) return false;
  double d;
  return !e.get_double().get(d) && std::isfinite(d) && d == std::floor(d);
}

// The fast test of numeric bounds that load.cpp made exact for doubles
// (Node::double_bounds), for the walk and the generated code: a double, or
// an integer within 2^53 (tag 'l'), inside all four bounds. False also
// when the value is neither; the decimal comparison then decides.
[[gnu::always_inline]] inline bool within(const simdjson::dom::element& e, char tag, double min,
                                          double max, double exclusive_min, double exclusive_max) {
  double d;
  if (tag == 'd') {
    d = e.get_double().value_unsafe();
  } else if (tag == 'l') {
    const std::int64_t i = e.get_int64().value_unsafe();
    if (i < -(std::int64_t{1} << 53) || i > (std::int64_t{1} << 53)) return false;
    d = static_cast<double>(i);
  } else {
    return false;
  }
  return d >= min && d <= max && d > exclusive_min && d < exclusive_max;
}

// Equal bytes, `size` being a constant where this is inlined: a name of
// up to 32 bytes ("current_release_date", "relates_to_product_reference")
// is compared by overlapping loads, not by a call to memcmp.
[[gnu::always_inline]] inline bool same_bytes(const char* a, const char* b, std::size_t size) {
  using vt::detail::load_u32, vt::detail::load_u64;
  if (size > 16 && size <= 32)
    return load_u64(a) == load_u64(b) && load_u64(a + 8) == load_u64(b + 8) &&
           load_u64(a + size - 16) == load_u64(b + size - 16) &&
           load_u64(a + size - 8) == load_u64(b + size - 8);
  if (size >= 8 && size <= 16)
    return load_u64(a) == load_u64(b) && load_u64(a + size - 8) == load_u64(b + size - 8);
  if (size >= 4 && size < 8)
    return load_u32(a) == load_u32(b) && load_u32(a + size - 4) == load_u32(b + size - 4);
  if (size < 4) {
    for (std::size_t i = 0; i < size; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  return std::memcmp(a, b, size) == 0;
}

[[gnu::always_inline]] inline bool equals(std::string_view s, const char* text, std::size_t size) {
  return s.size() == size && same_bytes(s.data(), text, size);
}

[[gnu::always_inline]] inline std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

// Leaves the depth as it found it, whichever way the check returns.
struct DepthGuard {
  [[gnu::always_inline]] explicit DepthGuard(int& depth) : depth_(depth) { ++depth_; }
  [[gnu::always_inline]] ~DepthGuard() { --depth_; }
  bool too_deep() const { return depth_ > VerdictContext::kMaxDepth; }
  int& depth_;
};

}  // namespace verdict
}  // namespace vt::validation::schema
