// A fast hash for short strings (product ids, names) in hash tables: Abseil's
// (LowLevelHash), about twice as fast as std::hash's murmur on ids of 10-50
// bytes. Validation hashes every product id of a document several times.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

namespace vt {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    // Debian's Abseil has its own string_view type (not std::string_view).
    return absl::Hash<absl::string_view>()(absl::string_view(s.data(), s.size()));
  }
};

// For (id, version) and similar pairs of views.
struct StringPairHash {
  std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
    const StringHash h;
    return absl::HashOf(h(p.first), h(p.second));
  }
};

}  // namespace vt
