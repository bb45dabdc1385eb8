#include "json/locate.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace vt::json {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view t) : t_(t) {}
  std::size_t pos() const { return i_; }
  char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
  void ws() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
  }
  // Reads a string at the cursor and returns it unescaped (simple escapes and
  // \uXXXX as UTF-8), moving past the closing quote.
  std::string string() {
    std::string out;
    ++i_;
    while (i_ < t_.size() && t_[i_] != '"') {
      if (t_[i_] == '\\' && i_ + 1 < t_.size()) {
        char e = t_[i_ + 1];
        i_ += 2;
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'u': {
            unsigned cp = hex4();
            if (cp >= 0xd800 && cp < 0xdc00 && peek() == '\\' && i_ + 1 < t_.size() && t_[i_ + 1] == 'u') {
              i_ += 2;
              unsigned lo = hex4();
              cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            }
            utf8(out, cp);
            break;
          }
          default: out += e;
        }
      } else {
        out += t_[i_++];
      }
    }
    ++i_;
    return out;
  }
  // Skips one value of any kind.
  void skip_value() {
    ws();
    char c = peek();
    if (c == '"') {
      skip_string();
      return;
    }
    if (c != '{' && c != '[') {
      while (i_ < t_.size() && t_[i_] != ',' && t_[i_] != '}' && t_[i_] != ']' && t_[i_] != ' ' &&
             t_[i_] != '\n' && t_[i_] != '\r' && t_[i_] != '\t')
        ++i_;
      return;
    }
    // Containers: count brackets, skipping strings; no recursion.
    std::size_t depth = 0;
    do {
      char d = peek();
      if (d == '"') {
        skip_string();
        continue;
      }
      if (d == '{' || d == '[') ++depth;
      else if (d == '}' || d == ']') --depth;
      ++i_;
    } while (depth > 0 && i_ < t_.size());
  }
  void advance() { ++i_; }

 private:
  void skip_string() {
    ++i_;
    while (i_ < t_.size() && t_[i_] != '"') i_ += t_[i_] == '\\' ? 2 : 1;
    ++i_;
  }
  unsigned hex4() {
    unsigned v = 0;
    for (int k = 0; k < 4 && i_ < t_.size(); ++k, ++i_) {
      char h = t_[i_];
      v = v * 16 + static_cast<unsigned>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    return v;
  }
  static void utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }
  std::string_view t_;
  std::size_t i_ = 0;
};

std::string unescape_token(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
      out += raw[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += raw[i];
    }
  }
  return out;
}

// Walks as far along the pointer as the text allows; returns the offset of
// the deepest value reached and whether the whole pointer was found.
std::pair<std::size_t, bool> walk(std::string_view text, std::string_view pointer) {
  Cursor c(text);
  c.ws();
  std::size_t found_at = c.pos();
  std::size_t pos = pointer.empty() ? std::string_view::npos : 1;
  while (pos != std::string_view::npos && pos <= pointer.size()) {
    std::size_t next = pointer.find('/', pos);
    std::string token = unescape_token(pointer.substr(pos, next == std::string_view::npos ? next : next - pos));
    pos = next == std::string_view::npos ? next : next + 1;
    char open = c.peek();
    bool located = false;
    if (open == '{') {
      c.advance();
      for (;;) {
        c.ws();
        if (c.peek() != '"') break;
        std::string key = c.string();
        c.ws();
        c.advance();  // ':'
        c.ws();
        if (key == token) {
          located = true;
          break;
        }
        c.skip_value();
        c.ws();
        if (c.peek() != ',') break;
        c.advance();
      }
    } else if (open == '[') {
      std::size_t want = 0;
      for (char ch : token) {
        if (ch < '0' || ch > '9') return {found_at, false};
        want = want * 10 + static_cast<std::size_t>(ch - '0');
      }
      c.advance();
      c.ws();
      if (c.peek() == ']') return {found_at, false};
      for (std::size_t k = 0;; ++k) {
        c.ws();
        if (k == want) {
          located = true;
          break;
        }
        c.skip_value();
        c.ws();
        if (c.peek() != ',') break;
        c.advance();
      }
    }
    if (!located) return {found_at, false};
    found_at = c.pos();
  }
  return {found_at, true};
}

}  // namespace

std::optional<std::size_t> locate_pointer(std::string_view text, std::string_view pointer) {
  auto [offset, complete] = walk(text, pointer);
  if (!complete) return std::nullopt;
  return offset;
}

TextPosition position_of_pointer(std::string_view text, std::string_view pointer) {
  return position_of(text, walk(text, pointer).first);
}

std::vector<TextPosition> positions_of_pointers(std::string_view text,
                                                const std::vector<std::string_view>& pointers) {
  // The offset of every wanted pointer and of its ancestors (the fallback
  // when it does not exist); containers are entered only when a wanted
  // pointer lies below them, the rest is skipped.
  std::unordered_map<std::string, std::size_t> offsets;
  std::unordered_set<std::string> inner;
  constexpr std::size_t kUnseen = std::string::npos;
  // The walk ends when every pointer asked for is found (most findings are
  // near the start of a large document, and the single-pointer walk stops
  // there too); one that does not exist keeps it going to the end.
  std::unordered_set<std::string> targets;
  for (std::string_view p : pointers) targets.emplace(p);
  std::size_t remaining = targets.size();
  for (std::string_view p : pointers) {
    offsets.emplace(std::string(p), kUnseen);
    for (std::size_t slash = p.rfind('/'); slash != std::string_view::npos; slash = p.rfind('/')) {
      p = p.substr(0, slash);
      offsets.emplace(std::string(p), kUnseen);
      if (!inner.insert(std::string(p)).second) break;  // its own ancestors are in already
    }
  }

  Cursor c(text);
  std::string here;  // the pointer of the value at the cursor
  struct Frame {
    bool object;
    std::size_t next_index;
    std::size_t length;  // here.size() for the container itself
  };
  std::vector<Frame> stack;  // explicit: nesting is the document's
  auto at_value = [&] {
    c.ws();
    // A repeated key: its first value counts, as for a single pointer, and
    // the containers of the later ones are skipped.
    bool first = false;
    if (auto it = offsets.find(here); it != offsets.end() && it->second == kUnseen) {
      it->second = c.pos();
      first = true;
      if (targets.count(here)) --remaining;
    }
    if (remaining == 0) return;  // done: not even this value is skipped over
    const char open = c.peek();
    if ((open == '{' || open == '[') && first && inner.count(here)) {
      c.advance();
      stack.push_back({open == '{', 0, here.size()});
    } else {
      c.skip_value();
    }
  };
  at_value();
  while (!stack.empty() && remaining > 0) {
    Frame& f = stack.back();
    c.ws();
    if (c.peek() == ',') {
      c.advance();
      c.ws();
    }
    const char next = c.peek();
    if (next == '}' || next == ']' || next == '\0') {
      c.advance();
      stack.pop_back();
      continue;
    }
    here.resize(f.length);
    if (f.object) {
      if (next != '"') break;  // not well-formed: stop, keeping what was found
      append_pointer(here, c.string());
      c.ws();
      c.advance();  // ':'
    } else {
      append_pointer(here, f.next_index++);
    }
    at_value();
  }

  // Offsets (or the nearest ancestor's) to line:column, in one pass in
  // offset order.
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (offset, index in pointers)
  order.reserve(pointers.size());
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    std::string_view p = pointers[i];
    std::size_t offset = 0;
    for (;;) {
      if (auto it = offsets.find(std::string(p)); it != offsets.end() && it->second != kUnseen) {
        offset = it->second;
        break;
      }
      const std::size_t slash = p.rfind('/');
      if (slash == std::string_view::npos) break;  // not even the root: offset 0
      p = p.substr(0, slash);
    }
    order.emplace_back(offset, i);
  }
  std::sort(order.begin(), order.end());
  std::vector<TextPosition> out(pointers.size());
  TextPosition at;
  std::size_t scanned = 0;
  for (const auto& [offset, index] : order) {
    const std::size_t end = std::min(offset, text.size());
    for (; scanned < end; ++scanned) {
      if (text[scanned] == '\n') {
        ++at.line;
        at.column = 1;
      } else {
        ++at.column;
      }
    }
    out[index] = at;
  }
  return out;
}

}  // namespace vt::json
