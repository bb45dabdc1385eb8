// A fast hash for strings in hash tables. Keys of up to 16 bytes (product
// ids like "CSAFPID-0001", group ids, names) are hashed inline from two
// overlapping loads and two 64x64->128-bit multiplications; longer ones by
// Abseil (LowLevelHash). Test 6.1.1 alone looks up every product id a
// document names, about 120 per CISA advisory, and the out-of-line Abseil
// call cost more than the lookup around it.
//
// The hash is salted per process, as Abseil's is, with the address of a
// variable (ASLR): a document cannot be crafted to make its ids collide
// and its lookups quadratic without knowing that address.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

namespace vt {

namespace detail {

inline const std::uint64_t kStringHashSalt = 0;

inline std::uint64_t multiply_fold(std::uint64_t a, std::uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

inline std::uint64_t load_u64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

inline std::uint32_t load_u32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace detail

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    const std::size_t n = s.size();
    const char* p = s.data();
    if (n > 16) {
      // Debian's Abseil has its own string_view type (not std::string_view).
      return absl::Hash<absl::string_view>()(absl::string_view(p, n));
    }
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
      a = detail::load_u64(p);
      b = detail::load_u64(p + n - 8);
    } else if (n >= 4) {
      a = detail::load_u32(p);
      b = detail::load_u32(p + n - 4);
    } else if (n > 0) {
      a = static_cast<unsigned char>(p[0]) |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    // The length goes in with the second word: "ab" and "ab\0" load alike.
    const std::uint64_t salt = reinterpret_cast<std::uintptr_t>(&detail::kStringHashSalt);
    const std::uint64_t h =
        detail::multiply_fold(a ^ salt ^ 0xa0761d6478bd642full, b ^ n ^ 0xe7037ed1a0b428dbull);
    return detail::multiply_fold(h ^ 0x8ebc6af09c88c6e3ull, salt | 1);
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
    using detail::load_u32, detail::load_u64;
    if (n >= 8 && n <= 16)
      return load_u64(x) == load_u64(y) && load_u64(x + n - 8) == load_u64(y + n - 8);
    if (n >= 4 && n < 8)
      return load_u32(x) == load_u32(y) && load_u32(x + n - 4) == load_u32(y + n - 4);
    return a == b;  // up to 3 bytes, or longer than 16
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
