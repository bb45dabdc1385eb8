// The one JSON layer: reading through simdjson, with every value knowing its
// JSON pointer and every syntax error its line:column. Writing lives in
// json/writer.h. No other module includes simdjson, but the schema engine,
// which walks its DOM directly (json/dom_tape.h).
#pragma once

#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace simdjson::dom {
class parser;
class element;
}  // namespace simdjson::dom

// The accessors below are a few instructions each and sit in the typed
// models' hottest loops, inside lambdas large enough that the compiler
// otherwise calls them out of line.
#define VT_JSON_INLINE [[gnu::always_inline]] inline

namespace vt::json {

enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
const char* to_string(Type type);

class PointerIndex;

namespace detail {
// One parse's DOM as simdjson lays it out (its documented tape format,
// doc/tape.md): 64-bit words whose top byte is the type ('{', '[', '"',
// 'l' int64, 'u' uint64, 'd' double, 't', 'f', 'n'); a container's word
// holds the index after its closing word in the low 32 bits and its element
// count (saturated at 2^24 - 1) in the next 24; a string's word holds the
// offset of a 4-byte length and the bytes in the string buffer. Reading it
// inline makes walking a document as cheap as a pointer chase: the typed
// models and the tests walk every value. Owned by the Parser; tests in
// json_test.cpp check it against simdjson's own accessors.
struct Tape {
  const std::uint64_t* words = nullptr;
  const std::uint8_t* strings = nullptr;
  const void* document = nullptr;  // the simdjson::dom::document
  const PointerIndex* pointers = nullptr;

  VT_JSON_INLINE char tag(std::size_t at) const { return static_cast<char>(words[at] >> 56); }
  // The index of the word after the value at `at`.
  VT_JSON_INLINE std::size_t after(std::size_t at) const {
    switch (tag(at)) {
      case '{':
      case '[': return static_cast<std::uint32_t>(words[at]);
      case 'l':
      case 'u':
      case 'd': return at + 2;
      default: return at + 1;
    }
  }
  VT_JSON_INLINE std::string_view string(std::size_t at) const {
    const std::uint8_t* p = strings + (words[at] & kPayload);
    std::uint32_t length;
    std::memcpy(&length, p, sizeof length);
    return {reinterpret_cast<const char*>(p + sizeof length), length};
  }
  static constexpr std::uint64_t kPayload = (std::uint64_t{1} << 56) - 1;
};
}  // namespace detail

// A read-only view of one JSON value. Cheap to copy; valid while the Parser
// that produced it is alive and has not parsed another document.
class Value {
 public:
  Value() = default;

  VT_JSON_INLINE Type type() const {
    if (!tape_) return Type::kNull;  // a default-constructed Value
    switch (tape_->tag(at_)) {
      case '{': return Type::kObject;
      case '[': return Type::kArray;
      case '"': return Type::kString;
      case 'l':
      case 'u':
      case 'd': return Type::kNumber;
      case 't':
      case 'f': return Type::kBool;
      default: return Type::kNull;
    }
  }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_number() const { return type() == Type::kNumber; }
  VT_JSON_INLINE bool is_string() const { return has_tag('"'); }
  VT_JSON_INLINE bool is_array() const { return has_tag('['); }
  VT_JSON_INLINE bool is_object() const { return has_tag('{'); }
  // True for a number with no fractional part (1 and 1.0 alike).
  bool is_integer() const;

  // Accessors for the matching type; the fallback is returned on a mismatch.
  VT_JSON_INLINE std::string_view as_string(std::string_view fallback = {}) const {
    return is_string() ? tape_->string(at_) : fallback;
  }
  // The string, or nullopt for any other type (absent and "" told apart).
  VT_JSON_INLINE std::optional<std::string_view> if_string() const {
    if (!is_string()) return std::nullopt;
    return tape_->string(at_);
  }
  bool as_bool(bool fallback = false) const;
  double as_double(double fallback = 0) const;
  std::int64_t as_int64(std::int64_t fallback = 0) const;
  // The number as the shortest decimal text that reads back to the same
  // value ("7.5", "100", "1e+21"): the basis for exact decimal arithmetic.
  std::string number_text() const;

  // Object member by name, or nullopt (also for non-objects).
  std::optional<Value> find(std::string_view key) const;
  // Array element or object member count; 0 for scalars.
  std::size_t size() const;

  class Members;
  class Items;
  Members members() const;  // object: for (auto [key, value] : v.members())
  Items items() const;      // array:  for (Value item : v.items())

  // RFC 6901 JSON pointer of this value ("" for the root). Computed on
  // demand: the first call after a parse indexes the document once.
  std::string pointer() const;

  // Escape hatch for the json module's own code (schema engine, benchmarks).
  simdjson::dom::element raw() const;
  // The pointer of `e`, an element of this value's document (read through
  // raw()): the schema engine walks elements and names only the failing ones.
  std::string pointer_of(const simdjson::dom::element& e) const;

 private:
  friend class Parser;
  friend struct ValueAccess;
  Value(const detail::Tape* tape, std::size_t at) : tape_(tape), at_(at) {}
  VT_JSON_INLINE bool has_tag(char tag) const { return tape_ && tape_->tag(at_) == tag; }
  // The index of the closing word of this container; at_ + 1 (an empty
  // range) for anything else.
  VT_JSON_INLINE std::size_t end_of_children(char tag) const {
    return has_tag(tag) ? static_cast<std::uint32_t>(tape_->words[at_]) - 1 : at_ + 1;
  }

  const detail::Tape* tape_ = nullptr;  // of the parse; nullptr: a default-constructed Value
  std::size_t at_ = 0;                  // index of the value's word on the tape
};

struct Member {
  std::string_view key;
  Value value;
};

class Value::Members {
 public:
  class iterator {
   public:
    using value_type = Member;
    using difference_type = std::ptrdiff_t;
    VT_JSON_INLINE Member operator*() const { return Member{tape_->string(at_), Value(tape_, at_ + 1)}; }
    VT_JSON_INLINE iterator& operator++() {
      at_ = tape_->after(at_ + 1);  // past the key and its value
      return *this;
    }
    VT_JSON_INLINE bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    friend class Members;
    iterator(const detail::Tape* tape, std::size_t at) : tape_(tape), at_(at) {}
    const detail::Tape* tape_;
    std::size_t at_;  // the member's key
  };
  VT_JSON_INLINE iterator begin() const { return {object_.tape_, object_.at_ + 1}; }
  VT_JSON_INLINE iterator end() const { return {object_.tape_, object_.end_of_children('{')}; }

 private:
  friend class Value;
  explicit Members(const Value& object) : object_(object) {}
  Value object_;
};

class Value::Items {
 public:
  class iterator {
   public:
    using value_type = Value;
    using difference_type = std::ptrdiff_t;
    VT_JSON_INLINE Value operator*() const { return Value(tape_, at_); }
    VT_JSON_INLINE iterator& operator++() {
      at_ = tape_->after(at_);
      return *this;
    }
    VT_JSON_INLINE bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    friend class Items;
    iterator(const detail::Tape* tape, std::size_t at) : tape_(tape), at_(at) {}
    const detail::Tape* tape_;
    std::size_t at_;
  };
  VT_JSON_INLINE iterator begin() const { return {array_.tape_, array_.at_ + 1}; }
  VT_JSON_INLINE iterator end() const { return {array_.tape_, array_.end_of_children('[')}; }

 private:
  friend class Value;
  explicit Items(const Value& array) : array_(array) {}
  Value array_;
};

VT_JSON_INLINE Value::Members Value::members() const { return Members(*this); }
VT_JSON_INLINE Value::Items Value::items() const { return Items(*this); }

// Limits applied to every parse.
struct ParseLimits {
  std::size_t max_depth = 1024;                     // nesting of arrays and objects
  std::uint64_t max_bytes = std::uint64_t{4} << 30;  // whole document
};

// A reusable parser: keep one per thread and parse many documents with it.
// Values from a parse stay valid until the next parse or destruction.
class Parser {
 public:
  explicit Parser(ParseLimits limits = {});
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  // Parses `text`; `source` names it in errors ("advisories/a.json").
  // Syntax errors carry line:column; invalid UTF-8, a byte order mark and
  // UTF-16/32 text are reported as such.
  Result<Value> parse(std::string_view text, std::string_view source);

  // Parses `text` in place when its capacity leaves kPadding bytes beyond
  // its size (read_file(path, limit, kPadding) reads it so), as parse_file()
  // does; otherwise as parse() does, which copies the text into a padded
  // buffer first. For callers that hold documents in memory (benchmarks).
  Result<Value> parse_padded(const std::string& text, std::string_view source);

  // Reads and parses a file ("-" for standard input) without an extra copy.
  Result<Value> parse_file(const std::string& path);

  // Bytes simdjson may read beyond a text's end (its SIMD loads).
  static constexpr std::size_t kPadding = 64;

  // The text of the last successful parse (owned by the parser for parse_file).
  std::string_view text() const;

 private:
  Result<Value> parse_text(std::string_view text, std::string_view source, bool padded);

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Escapes one reference token for a JSON pointer (~ → ~0, / → ~1).
std::string escape_pointer_token(std::string_view token);
// Appends "/token" (escaped) to a pointer.
void append_pointer(std::string& pointer, std::string_view token);
void append_pointer(std::string& pointer, std::size_t index);

// Resolves an RFC 6901 pointer ("" or "/a/0/b") against `root`.
Result<Value> resolve_pointer(const Value& root, std::string_view pointer);

// 1-based line and column (in bytes) of `offset` in `text`.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};
TextPosition position_of(std::string_view text, std::size_t offset);

}  // namespace vt::json

#undef VT_JSON_INLINE
