// A small streaming JSON writer: correct escaping, commas and indentation, so
// no caller ever concatenates JSON by hand.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vt::json {

class Writer {
 public:
  // indent = 0 writes compact JSON on one line.
  explicit Writer(int indent = 2) : indent_(indent) {}

  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  Writer& key(std::string_view name);

  Writer& value(std::string_view s);
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  Writer& value(bool b);
  Writer& value(std::int64_t n);
  Writer& value(std::uint64_t n);
  Writer& value(int n) { return value(static_cast<std::int64_t>(n)); }
  Writer& value(unsigned n) { return value(static_cast<std::uint64_t>(n)); }
  Writer& value(double d);
  Writer& null();
  // Inserts already-serialized JSON as a value (trusted input only).
  Writer& raw(std::string_view json);

  // Shorthands for one member.
  template <typename T>
  Writer& member(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  Writer& end_container(char close);
  void newline();
  std::string out_;
  int indent_;
  // One entry per open container: has it any element yet?
  std::vector<bool> has_items_;
  bool after_key_ = false;
};

// Appends `s` as a JSON string literal (with quotes) to `out`.
void append_quoted(std::string& out, std::string_view s);

}  // namespace vt::json
