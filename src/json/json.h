// The one JSON layer: reading through simdjson, with every value knowing its
// JSON pointer and every syntax error its line:column. Writing lives in
// json/writer.h. No other module includes simdjson.
#pragma once

#include <cstdint>
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

namespace vt::json {

enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
const char* to_string(Type type);

class PointerIndex;

// A read-only view of one JSON value. Cheap to copy; valid while the Parser
// that produced it is alive and has not parsed another document.
class Value {
 public:
  Value() = default;

  Type type() const;
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_number() const { return type() == Type::kNumber; }
  bool is_string() const { return type() == Type::kString; }
  bool is_array() const { return type() == Type::kArray; }
  bool is_object() const { return type() == Type::kObject; }
  // True for a number with no fractional part (1 and 1.0 alike).
  bool is_integer() const;

  // Accessors for the matching type; the fallback is returned on a mismatch.
  std::string_view as_string(std::string_view fallback = {}) const;
  // The string, or nullopt for any other type (absent and "" told apart).
  std::optional<std::string_view> if_string() const;
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
  const simdjson::dom::element& raw() const;

 private:
  friend class Parser;
  friend struct ValueAccess;

  alignas(8) unsigned char element_[16] = {};
  const PointerIndex* index_ = nullptr;  // of the parse; nullptr: a default-constructed Value
};

struct Member {
  std::string_view key;
  Value value;
};

class Value::Members {
 public:
  class iterator;
  iterator begin() const;
  iterator end() const;

 private:
  friend class Value;
  explicit Members(const Value& object) : object_(object) {}
  Value object_;
};

class Value::Items {
 public:
  class iterator;
  iterator begin() const;
  iterator end() const;

 private:
  friend class Value;
  explicit Items(const Value& array) : array_(array) {}
  Value array_;
};

class Value::Members::iterator {
 public:
  using value_type = Member;
  using difference_type = std::ptrdiff_t;
  Member operator*() const;
  iterator& operator++();
  bool operator==(const iterator& o) const { return index_ == o.index_; }

 private:
  friend class Members;
  Value object_;
  std::size_t index_ = 0;
  std::size_t count_ = 0;                 // members, counted once by begin()
  alignas(8) unsigned char it_[16] = {};  // simdjson::dom::object::iterator
};

class Value::Items::iterator {
 public:
  using value_type = Value;
  using difference_type = std::ptrdiff_t;
  Value operator*() const;
  iterator& operator++();
  bool operator==(const iterator& o) const { return index_ == o.index_; }

 private:
  friend class Items;
  Value array_;
  std::size_t index_ = 0;
  std::size_t count_ = 0;                 // items, counted once by begin()
  alignas(8) unsigned char it_[16] = {};  // simdjson::dom::array::iterator
};

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

  // Reads and parses a file ("-" for standard input) without an extra copy.
  Result<Value> parse_file(const std::string& path);

  // The text of the last successful parse (owned by the parser for parse_file).
  std::string_view text() const;

 private:
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
