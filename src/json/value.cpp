#include <charconv>
#include <cmath>
#include <vector>

#include "json/json.h"
#include "json/value_access.h"

namespace vt::json {

namespace dom = simdjson::dom;

namespace {
// simdjson's tape stores a container's element count saturated at 2^24 - 1;
// a larger array or object is counted by walking it.
constexpr std::size_t kSaturatedCount = 0xffffff;
template <typename Container>
std::size_t exact_size(const Container& c) {
  std::size_t n = c.size();
  if (n < kSaturatedCount) return n;
  n = 0;
  for (auto it = c.begin(); it != c.end(); ++it) ++n;
  return n;
}
}  // namespace

const char* to_string(Type type) {
  switch (type) {
    case Type::kNull: return "null";
    case Type::kBool: return "boolean";
    case Type::kNumber: return "number";
    case Type::kString: return "string";
    case Type::kArray: return "array";
    case Type::kObject: return "object";
  }
  return "?";
}

const dom::element& Value::raw() const { return ValueAccess::element(*this); }

Type Value::type() const {
  if (!index_) return Type::kNull;  // a default-constructed Value
  switch (raw().type()) {
    case dom::element_type::ARRAY: return Type::kArray;
    case dom::element_type::OBJECT: return Type::kObject;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: return Type::kNumber;
    case dom::element_type::STRING: return Type::kString;
    case dom::element_type::BOOL: return Type::kBool;
    case dom::element_type::NULL_VALUE: return Type::kNull;
  }
  return Type::kNull;
}

bool Value::is_integer() const {
  if (!index_) return false;
  switch (raw().type()) {
    case dom::element_type::INT64:
    case dom::element_type::UINT64: return true;
    case dom::element_type::DOUBLE: {
      double d = raw().get_double().value_unsafe();
      return std::isfinite(d) && d == std::floor(d);
    }
    default: return false;
  }
}

std::string_view Value::as_string(std::string_view fallback) const {
  if (!index_) return fallback;
  std::string_view out;
  if (raw().get_string().get(out)) return fallback;
  return out;
}

std::optional<std::string_view> Value::if_string() const {
  std::string_view out;
  if (!index_ || raw().get_string().get(out)) return std::nullopt;
  return out;
}

bool Value::as_bool(bool fallback) const {
  if (!index_) return fallback;
  bool out;
  if (raw().get_bool().get(out)) return fallback;
  return out;
}

double Value::as_double(double fallback) const {
  if (!index_) return fallback;
  double out;
  if (raw().get_double().get(out)) return fallback;  // converts integers too
  return out;
}

std::int64_t Value::as_int64(std::int64_t fallback) const {
  if (!index_) return fallback;
  std::int64_t out;
  if (raw().get_int64().get(out)) {
    double d;
    if (raw().get_double().get(d) == simdjson::SUCCESS && d == std::floor(d) && d >= -9.2e18 &&
        d <= 9.2e18)
      return static_cast<std::int64_t>(d);
    return fallback;
  }
  return out;
}

std::string Value::number_text() const {
  char buf[64];
  std::to_chars_result r{};
  switch (index_ ? raw().type() : dom::element_type::NULL_VALUE) {
    case dom::element_type::INT64:
      r = std::to_chars(buf, buf + sizeof buf, raw().get_int64().value_unsafe());
      break;
    case dom::element_type::UINT64:
      r = std::to_chars(buf, buf + sizeof buf, raw().get_uint64().value_unsafe());
      break;
    case dom::element_type::DOUBLE:
      r = std::to_chars(buf, buf + sizeof buf, raw().get_double().value_unsafe());
      break;
    default: return {};
  }
  return std::string(buf, r.ptr);
}

std::optional<Value> Value::find(std::string_view key) const {
  if (!index_) return std::nullopt;
  dom::object obj;
  if (raw().get_object().get(obj)) return std::nullopt;
  // With duplicate names the first occurrence wins.
  for (dom::key_value_pair field : obj) {
    if (field.key == key) return ValueAccess::make(field.value, index_);
  }
  return std::nullopt;
}

std::size_t Value::size() const {
  if (!index_) return 0;
  dom::array arr;
  if (!raw().get_array().get(arr)) return exact_size(arr);
  dom::object obj;
  if (!raw().get_object().get(obj)) return exact_size(obj);
  return 0;
}

std::string Value::pointer() const { return index_ ? index_->pointer_of(raw()) : std::string(); }

// ---- iteration ----

namespace {
using ObjIt = dom::object::iterator;
using ArrIt = dom::array::iterator;
template <typename It>
It& it_of(unsigned char* storage) {
  return *std::launder(reinterpret_cast<It*>(storage));
}
template <typename It>
const It& it_of(const unsigned char* storage) {
  return *std::launder(reinterpret_cast<const It*>(storage));
}
}  // namespace

Value::Members Value::members() const { return Members(*this); }
Value::Items Value::items() const { return Items(*this); }

Value::Members::iterator Value::Members::begin() const {
  iterator it;
  it.object_ = object_;
  dom::object obj;
  if (!object_.index_ || object_.raw().get_object().get(obj)) return end();
  new (it.it_) ObjIt(obj.begin());
  it.index_ = 0;
  it.count_ = exact_size(obj);
  if (it.count_ == 0) it.index_ = static_cast<std::size_t>(-1);
  return it;
}

Value::Members::iterator Value::Members::end() const {
  iterator it;
  it.index_ = static_cast<std::size_t>(-1);
  return it;
}

Member Value::Members::iterator::operator*() const {
  const ObjIt& i = it_of<ObjIt>(it_);
  return Member{i.key(), ValueAccess::make(i.value(), ValueAccess::index(object_))};
}

Value::Members::iterator& Value::Members::iterator::operator++() {
  ++it_of<ObjIt>(it_);
  if (++index_ == count_) index_ = static_cast<std::size_t>(-1);
  return *this;
}

Value::Items::iterator Value::Items::begin() const {
  iterator it;
  it.array_ = array_;
  dom::array arr;
  if (!array_.index_ || array_.raw().get_array().get(arr)) return end();
  new (it.it_) ArrIt(arr.begin());
  it.index_ = 0;
  it.count_ = exact_size(arr);
  if (it.count_ == 0) it.index_ = static_cast<std::size_t>(-1);
  return it;
}

Value::Items::iterator Value::Items::end() const {
  iterator it;
  it.index_ = static_cast<std::size_t>(-1);
  return it;
}

Value Value::Items::iterator::operator*() const {
  return ValueAccess::make(*it_of<ArrIt>(it_), ValueAccess::index(array_));
}

Value::Items::iterator& Value::Items::iterator::operator++() {
  ++it_of<ArrIt>(it_);
  if (++index_ == count_) index_ = static_cast<std::size_t>(-1);
  return *this;
}

// ---- pointers ----

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

void append_pointer(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer += c;
  }
}

void append_pointer(std::string& pointer, std::size_t index) {
  pointer += '/';
  pointer += std::to_string(index);
}

Result<Value> resolve_pointer(const Value& root, std::string_view pointer) {
  Value cur = root;
  if (pointer.empty()) return cur;
  if (pointer[0] != '/')
    return make_error(ErrorCode::kInvalidInput,
                      "JSON pointer must be empty or start with '/': '" + std::string(pointer) + "'");
  std::size_t pos = 1;
  for (;;) {
    std::size_t next = pointer.find('/', pos);
    std::string_view raw_token = pointer.substr(pos, next == std::string_view::npos ? next : next - pos);
    std::string token;
    for (std::size_t i = 0; i < raw_token.size(); ++i) {
      if (raw_token[i] == '~' && i + 1 < raw_token.size() && raw_token[i + 1] == '0') {
        token += '~';
        ++i;
      } else if (raw_token[i] == '~' && i + 1 < raw_token.size() && raw_token[i + 1] == '1') {
        token += '/';
        ++i;
      } else {
        token += raw_token[i];
      }
    }
    if (cur.is_object()) {
      auto child = cur.find(token);
      if (!child)
        return make_error(ErrorCode::kNotFound, "no member '" + token + "'", std::string(pointer));
      cur = *child;
    } else if (cur.is_array()) {
      std::size_t index = 0;
      auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
      if (ec != std::errc() || p != token.data() + token.size() || token.empty())
        return make_error(ErrorCode::kInvalidInput, "expected an array index, found '" + token + "'",
                          std::string(pointer));
      std::size_t i = 0;
      bool found = false;
      for (Value item : cur.items()) {
        if (i++ == index) {
          cur = item;
          found = true;
          break;
        }
      }
      if (!found)
        return make_error(ErrorCode::kNotFound, "array index out of range", std::string(pointer));
    } else {
      return make_error(ErrorCode::kNotFound, "cannot descend into a scalar", std::string(pointer));
    }
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return cur;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition p;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

}  // namespace vt::json
