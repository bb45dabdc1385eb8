#include "json/syntax_locator.h"

#include <cctype>
#include <vector>

namespace vt::json {
namespace {

std::string describe_byte(std::string_view text, std::size_t i) {
  if (i >= text.size()) return "end of input";
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 0x21 && c < 0x7f) return std::string("'") + static_cast<char>(c) + "'";
  static const char kHex[] = "0123456789abcdef";
  std::string out = "byte 0x";
  out += kHex[c >> 4];
  out += kHex[c & 15];
  return out;
}

// Length of the valid UTF-8 sequence at i, or 0 if invalid (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c == 0xe0) { n = 3; lo = 0xa0; }
  else if (c >= 0xe1 && c <= 0xec) n = 3;
  else if (c == 0xed) { n = 3; hi = 0x9f; }
  else if (c >= 0xee && c <= 0xef) n = 3;
  else if (c == 0xf0) { n = 4; lo = 0x90; }
  else if (c >= 0xf1 && c <= 0xf3) n = 4;
  else if (c == 0xf4) { n = 4; hi = 0x8f; }
  else return 0;
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xbf) return 0;
  return n;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t max_depth) : s_(text), max_depth_(max_depth) {}

  SyntaxProblem run() {
    std::vector<char> stack;  // '[' or '{' for each open container
    for (;;) {
      // Parse one value.
      skip_ws();
      if (i_ >= s_.size())
        return fail(stack.empty() ? "empty document, expected a JSON value"
                                  : "unexpected end of input, expected a value");
      char c = s_[i_];
      if (c == '{' || c == '[') {
        if (stack.size() >= max_depth_)
          return fail("nesting deeper than " + std::to_string(max_depth_) + " levels");
        ++i_;
        skip_ws();
        char close = c == '{' ? '}' : ']';
        if (peek() == close) {
          ++i_;
        } else {
          stack.push_back(c);
          if (c == '{' && !member_head()) return problem_;
          continue;
        }
      } else if (c == '"') {
        if (!string()) return problem_;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        if (!number()) return problem_;
      } else if (!literal()) {
        return problem_;
      }
      // The value is complete: close containers until one expects more.
      for (;;) {
        skip_ws();
        if (stack.empty()) {
          if (i_ < s_.size())
            return fail("unexpected " + describe_byte(s_, i_) + " after the end of the document");
          return {};
        }
        char next = peek();
        if (stack.back() == '[') {
          if (next == ',') { ++i_; break; }
          if (next == ']') { ++i_; stack.pop_back(); continue; }
          return fail("expected ',' or ']' in an array, found " + describe_byte(s_, i_));
        }
        if (next == '}') { ++i_; stack.pop_back(); continue; }
        if (next != ',') return fail("expected ',' or '}' in an object, found " + describe_byte(s_, i_));
        ++i_;
        skip_ws();
        if (!member_head()) return problem_;
        break;
      }
    }
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void skip_ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  SyntaxProblem fail(std::string message) {
    problem_ = SyntaxProblem{true, i_, std::move(message)};
    return problem_;
  }
  // A member name and its colon.
  bool member_head() {
    if (!key()) return false;
    skip_ws();
    if (peek() != ':') {
      fail("expected ':' after the member name, found " + describe_byte(s_, i_));
      return false;
    }
    ++i_;
    return true;
  }
  bool key() {
    if (peek() != '"') {
      fail("expected a member name in double quotes, found " + describe_byte(s_, i_));
      return false;
    }
    return string();
  }
  bool string() {
    ++i_;  // opening quote
    while (i_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') { ++i_; return true; }
      if (c < 0x20) { fail("control character " + describe_byte(s_, i_) + " in a string (must be escaped)"); return false; }
      if (c == '\\') {
        ++i_;
        char e = peek();
        if (e == 'u') {
          for (int k = 1; k <= 4; ++k) {
            char h = i_ + k < s_.size() ? s_[i_ + k] : '\0';
            if (!std::isxdigit(static_cast<unsigned char>(h))) {
              i_ += k;
              fail("expected 4 hex digits after \\u");
              return false;
            }
          }
          i_ += 5;
          continue;
        }
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') { ++i_; continue; }
        fail("invalid escape sequence \\" + std::string(1, e ? e : ' ') + " in a string");
        return false;
      }
      std::size_t n = utf8_sequence(s_, i_);
      if (n == 0) { fail("invalid UTF-8 (" + describe_byte(s_, i_) + ") in a string"); return false; }
      i_ += n;
    }
    fail("unterminated string: end of input before the closing '\"'");
    return false;
  }
  bool number() {
    std::size_t start = i_;
    if (peek() == '-') ++i_;
    if (peek() == '0') ++i_;
    else if (peek() >= '1' && peek() <= '9') while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
    else { fail("expected a digit in number"); return false; }
    if (peek() == '.') {
      ++i_;
      if (!std::isdigit(static_cast<unsigned char>(peek()))) { fail("expected a digit after the decimal point"); return false; }
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!std::isdigit(static_cast<unsigned char>(peek()))) { fail("expected a digit in the exponent"); return false; }
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
    }
    (void)start;
    return true;
  }
  bool literal() {
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(i_, word.size()) == word) { i_ += word.size(); return true; }
    }
    fail("unexpected " + describe_byte(s_, i_) + ", expected a JSON value (object, array, string, number, true, false or null)");
    return false;
  }

  std::string_view s_;
  std::size_t max_depth_;
  std::size_t i_ = 0;
  SyntaxProblem problem_;
};

}  // namespace

SyntaxProblem locate_syntax_problem(std::string_view text, std::size_t max_depth) {
  return Scanner(text, max_depth).run();
}

std::string describe_encoding_problem(std::string_view t) {
  auto at = [&](std::size_t i) { return i < t.size() ? static_cast<unsigned char>(t[i]) : 0x100; };
  if (at(0) == 0xef && at(1) == 0xbb && at(2) == 0xbf)
    return "starts with a UTF-8 byte order mark; JSON text must not (RFC 8259 section 8.1): remove the first 3 bytes";
  if (at(0) == 0xff && at(1) == 0xfe && at(2) == 0 && at(3) == 0) return "is UTF-32LE (byte order mark FF FE 00 00); expected UTF-8";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xfe && at(3) == 0xff) return "is UTF-32BE (byte order mark 00 00 FE FF); expected UTF-8";
  if (at(0) == 0xff && at(1) == 0xfe) return "is UTF-16LE (byte order mark FF FE); expected UTF-8";
  if (at(0) == 0xfe && at(1) == 0xff) return "is UTF-16BE (byte order mark FE FF); expected UTF-8";
  if (t.size() >= 2 && at(0) != 0 && at(1) == 0) return "looks like UTF-16LE (every second byte is zero); expected UTF-8";
  if (t.size() >= 2 && at(0) == 0 && at(1) != 0) return "looks like UTF-16BE (every second byte is zero); expected UTF-8";
  return {};
}

}  // namespace vt::json
