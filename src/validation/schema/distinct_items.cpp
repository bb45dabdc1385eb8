#include "validation/schema/distinct_items.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/string_hash.h"
#include "json/dom_tape.h"

namespace vt::validation::schema {
namespace {

[[gnu::always_inline]] inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  return detail::multiply_fold(a ^ 0x9e3779b97f4a7c15ull, b ^ 0xc2b2ae3d27d4eb4full);
}

// A string: by content up to 16 bytes (product ids); a longer one by its
// length and its first and last eight bytes, which equal strings share,
// and which cost no more for a note's text than for a name.
[[gnu::always_inline]] inline std::uint64_t string_print(std::string_view s) {
  if (s.size() <= 16) return StringHash()(s);
  std::uint64_t head, tail;
  std::memcpy(&head, s.data(), 8);
  std::memcpy(&tail, s.data() + s.size() - 8, 8);
  return mix(mix(s.size(), head), tail);
}

// What one value looks like without descending into it: equal values (as
// canonical JSON compares them) look alike. Numbers by their double value
// (a canonical text names one decimal value, which rounds to one double;
// -0 is 0); arrays and objects by their size alone.
std::uint64_t value_print(const json::detail::Tape& tape, std::size_t at) {
  const std::uint64_t word = tape.words[at];
  switch (tape.tag(at)) {
    case '"':
      return string_print(tape.string(at));
    case 'l':
    case 'u':
    case 'd': {
      const std::uint64_t payload = tape.words[at + 1];
      double d;
      if (tape.tag(at) == 'd')
        std::memcpy(&d, &payload, sizeof d);
      else if (tape.tag(at) == 'l')
        d = static_cast<double>(static_cast<std::int64_t>(payload));
      else
        d = static_cast<double>(payload);
      if (d == 0) d = 0;  // -0
      std::uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return mix(2, bits);
    }
    case 't':
      return 3;
    case 'f':
      return 4;
    case 'n':
      return 5;
    case '[':
    case '{':
      // The item (member) count, saturated, in bits 32-55 (simdjson's tape).
      return mix(static_cast<unsigned char>(tape.tag(at)), (word >> 32) & 0xffffff);
  }
  return 0;
}

// An item: its value's print, and for an object each member's name and
// value print, summed (member order does not count in canonical JSON).
std::uint64_t item_print(const json::detail::Tape& tape, std::size_t at) {
  if (tape.tag(at) != '{') return value_print(tape, at);
  std::uint64_t sum = 0;
  const std::size_t end = tape.after(at) - 1;
  for (std::size_t i = at + 1; i < end; i = tape.after(i + 1))
    sum += mix(string_print(tape.string(i)), value_print(tape, i + 1));
  return mix(value_print(tape, at), sum);
}

}  // namespace

bool proven_distinct(const simdjson::dom::element& array) {
  const json::detail::Tape tape = json::tape_of(array);
  const std::size_t at = json::tape_index(array);
  const std::size_t end = tape.after(at) - 1;
  // Short lists (most: a product_status list, a note or two) pairwise on
  // the stack; longer ones sorted.
  constexpr std::size_t kShort = 16;
  std::uint64_t prints[kShort];
  std::size_t n = 0;
  std::size_t i = at + 1;
  for (; i < end && n < kShort; i = tape.after(i)) prints[n++] = item_print(tape, i);
  if (i >= end) {
    for (std::size_t a = 1; a < n; ++a)
      for (std::size_t b = 0; b < a; ++b)
        if (prints[a] == prints[b]) return false;
    return true;
  }
  thread_local std::vector<std::uint64_t> more;
  more.assign(prints, prints + n);
  for (; i < end; i = tape.after(i)) more.push_back(item_print(tape, i));
  std::sort(more.begin(), more.end());
  const bool distinct = std::adjacent_find(more.begin(), more.end()) == more.end();
  if (more.capacity() > (std::size_t{1} << 16)) std::vector<std::uint64_t>().swap(more);
  return distinct;
}

}  // namespace vt::validation::schema
