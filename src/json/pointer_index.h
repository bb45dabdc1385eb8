// Internal: the JSON pointer of any value of a parsed document, computed on
// demand. Values carry no path; the first pointer() after a parse walks the
// DOM once and records each value's parent and step, so validating a valid
// document (no pointer asked for) costs nothing and uses no memory for paths.
#pragma once

#include <simdjson.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace vt::json {

// The position of an element on its document's tape, which simdjson keeps
// private: dom::element is exactly a tape_ref {document*, index}, trivially
// copyable, and this module is the only one that sees simdjson.
inline std::size_t tape_index(const simdjson::dom::element& e) {
  struct TapeRef {
    const void* doc;
    std::size_t index;
  };
  static_assert(sizeof(simdjson::dom::element) == sizeof(TapeRef));
  TapeRef r;
  std::memcpy(&r, &e, sizeof r);
  return r.index;
}

class PointerIndex {
 public:
  // Forgets the previous document; `root` is the new one's root.
  void reset(const simdjson::dom::element& root);
  // RFC 6901 pointer of `e`, an element of the document given to reset().
  // Thread-safe: Values of one document may be read from several threads.
  std::string pointer_of(const simdjson::dom::element& e) const;

 private:
  static constexpr std::uint32_t kNone = 0xffffffff;
  struct Step {
    std::uint32_t parent = kNone;  // tape index of the enclosing array or object
    std::uint32_t index = 0;       // array position, or the key's length
    const char* key = nullptr;     // member name (in the DOM's string buffer), nullptr for items
  };
  void build() const;

  simdjson::dom::element root_;
  std::size_t root_index_ = 0;
  mutable std::vector<Step> steps_;  // by tape index; filled by build()
  mutable std::atomic<bool> built_{false};
  mutable std::mutex mutex_;
};

}  // namespace vt::json
