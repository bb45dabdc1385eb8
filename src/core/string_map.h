// A map from string views to small values for the per-document lookups of
// validation: product ids and group ids, defined once and then looked up
// for every reference (6.1.1 alone looks up about 120 ids per CISA
// advisory). Open addressing with linear probing over slots that keep the
// key's hash: a lookup is one hash, one slot read and one comparison in
// line, where Abseil's flat_hash_map spent about 70 instructions on its
// probe groups, iterators and policy layers.
//
// The keys are views: the text they point into must outlive the map.
// Insertion keeps the first value of a key (the first definition wins).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/string_hash.h"

namespace vt {

template <typename V>
class StringMap {
 public:
  // Inserts key -> value unless the key is present; returns whether it did.
  bool emplace(std::string_view key, V value) {
    // Grown at three quarters full: a probe stays a slot or two long.
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    const std::uint64_t h = occupied_hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.hash == 0) {
        s = Slot{h, key, value};
        ++size_;
        return true;
      }
      if (s.hash == h && StringEq()(s.key, key)) return false;
    }
  }

  // The value of `key`, or nullptr.
  [[gnu::always_inline]] const V* find(std::string_view key) const {
    if (size_ == 0) return nullptr;
    const std::uint64_t h = occupied_hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.hash == h && StringEq()(s.key, key)) return &s.value;
      if (s.hash == 0) return nullptr;
    }
  }
  [[gnu::always_inline]] bool contains(std::string_view key) const { return find(key) != nullptr; }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  struct Slot {
    std::uint64_t hash = 0;  // 0: empty; occupied slots have the top bit set
    std::string_view key;
    V value{};
  };

  [[gnu::always_inline]] static std::uint64_t occupied_hash(std::string_view key) {
    return static_cast<std::uint64_t>(StringHash()(key)) | std::uint64_t{1} << 63;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    const std::size_t capacity = old.empty() ? 16 : old.size() * 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (const Slot& s : old) {
      if (s.hash == 0) continue;
      std::size_t i = s.hash & mask_;
      while (slots_[i].hash != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace vt
