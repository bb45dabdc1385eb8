#include <charconv>
#include <cmath>
#include <vector>

#include "json/json.h"
#include "json/value_access.h"

namespace vt::json {

namespace dom = simdjson::dom;

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

dom::element Value::raw() const {
  return tape_ ? element_at(tape_->document, at_) : dom::element();
}

bool Value::is_integer() const {
  if (!tape_) return false;
  switch (tape_->tag(at_)) {
    case 'l':
    case 'u': return true;
    case 'd': {
      double d = raw().get_double().value_unsafe();
      return std::isfinite(d) && d == std::floor(d);
    }
    default: return false;
  }
}

bool Value::as_bool(bool fallback) const {
  if (!tape_) return fallback;
  switch (tape_->tag(at_)) {
    case 't': return true;
    case 'f': return false;
    default: return fallback;
  }
}

double Value::as_double(double fallback) const {
  if (!tape_) return fallback;
  double out;
  if (raw().get_double().get(out)) return fallback;  // converts integers too
  return out;
}

std::int64_t Value::as_int64(std::int64_t fallback) const {
  if (!tape_) return fallback;
  const dom::element e = raw();
  std::int64_t out;
  if (e.get_int64().get(out)) {
    double d;
    if (e.get_double().get(d) == simdjson::SUCCESS && d == std::floor(d) && d >= -9.2e18 &&
        d <= 9.2e18)
      return static_cast<std::int64_t>(d);
    return fallback;
  }
  return out;
}

std::string Value::number_text() const {
  char buf[64];
  std::to_chars_result r{};
  const dom::element e = raw();
  switch (tape_ ? e.type() : dom::element_type::NULL_VALUE) {
    case dom::element_type::INT64:
      r = std::to_chars(buf, buf + sizeof buf, e.get_int64().value_unsafe());
      break;
    case dom::element_type::UINT64:
      r = std::to_chars(buf, buf + sizeof buf, e.get_uint64().value_unsafe());
      break;
    case dom::element_type::DOUBLE:
      r = std::to_chars(buf, buf + sizeof buf, e.get_double().value_unsafe());
      break;
    default: return {};
  }
  return std::string(buf, r.ptr);
}

std::optional<Value> Value::find(std::string_view key) const {
  // With duplicate names the first occurrence wins.
  for (Member m : members())
    if (m.key == key) return m.value;
  return std::nullopt;
}

std::size_t Value::size() const {
  if (!is_array() && !is_object()) return 0;
  // The tape saturates a container's count at 2^24 - 1; a larger array or
  // object is counted by walking it.
  constexpr std::size_t kSaturatedCount = 0xffffff;
  const std::size_t n = (tape_->words[at_] >> 32) & kSaturatedCount;
  if (n < kSaturatedCount) return n;
  std::size_t count = 0;
  if (is_array())
    for ([[maybe_unused]] Value item : items()) ++count;
  else
    for ([[maybe_unused]] Member m : members()) ++count;
  return count;
}

std::string Value::pointer() const { return tape_ ? tape_->pointers->pointer_of(raw()) : std::string(); }

std::string Value::pointer_of(const dom::element& e) const {
  return tape_ ? tape_->pointers->pointer_of(e) : std::string();
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
