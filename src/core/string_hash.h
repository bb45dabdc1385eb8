// A fast hash for short strings (product ids, names) in hash tables: Abseil's
// (LowLevelHash), about twice as fast as std::hash's murmur on ids of 10-50
// bytes. Validation hashes every product id of a document several times.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
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

// Equality of string keys without a call to memcmp for the short ones (up
// to 16 bytes: product ids like "CSAFPID-0001"): two overlapping loads per
// side. Hash tables of product ids compare a key at every hit; the call and
// its dispatch on the length cost more than the comparison.
struct StringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* x = a.data();
    const char* y = b.data();
    if (n >= 8 && n <= 16) return load8(x) == load8(y) && load8(x + n - 8) == load8(y + n - 8);
    if (n >= 4 && n < 8) return load4(x) == load4(y) && load4(x + n - 4) == load4(y + n - 4);
    return a == b;  // up to 3 bytes, or longer than 16
  }

 private:
  static std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static std::uint32_t load4(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
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
