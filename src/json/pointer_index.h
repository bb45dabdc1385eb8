// Internal: the JSON pointer of any value of a parsed document, computed on
// demand. Values carry no path. The first few pointers of a document are
// found by descending from the root (no memory; a report names a handful of
// places); after that the DOM is walked once to record each value's parent
// and step (16 bytes per tape slot) so that many pointers stay cheap. A
// valid document, for which no pointer is asked, pays for neither.
#pragma once

#include <simdjson.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "json/dom_tape.h"

namespace vt::json {

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
  // Descends from the root to `at`, scanning siblings by tape position.
  std::string scan(std::size_t at) const;
  void build() const;
  static constexpr unsigned kScansBeforeIndex = 64;

  simdjson::dom::element root_;
  std::size_t root_index_ = 0;
  mutable std::vector<Step> steps_;  // by tape index; filled by build()
  mutable std::atomic<bool> built_{false};
  mutable std::atomic<unsigned> scans_{0};
  mutable std::mutex mutex_;
};

}  // namespace vt::json
