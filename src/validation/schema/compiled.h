// Internal: the compiled form of a schema. Each node holds the keywords of
// one (sub)schema with everything resolved: $refs are node ids, patterns are
// compiled regular expressions, enum/const values canonical JSON text.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "validation/schema/decimal.h"
#include "validation/schema/ecma_regex.h"
#include "validation/schema/formats.h"

namespace vt::validation::schema {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xffffffff;

enum TypeBit : std::uint8_t {
  kTypeNull = 1,
  kTypeBoolean = 2,
  kTypeObject = 4,
  kTypeArray = 8,
  kTypeNumber = 16,
  kTypeString = 32,
  kTypeInteger = 64,
};

// A name's length (low byte, saturated at 255) and, above it, its bytes
// when it has at most seven (so that equal prefixes mean equal names), or
// its first seven bytes. Loads instead of a loop over the bytes: a loop's
// exit, which depends on the name's length, was mispredicted per member.
inline std::uint64_t property_prefix(std::string_view name) {
  static_assert(std::endian::native == std::endian::little,
                "property_prefix() packs bytes as a little-endian load places them");
  const std::size_t n = name.size();
  const char* p = name.data();
  const std::uint64_t length = n < 255 ? n : 255;
  if (n >= 8) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return length | x << 8;  // little-endian: bytes 0..6 land in bits 8..63
  }
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    // hi holds bytes n-4 .. n-1; bytes 4 .. n-1 are its top n-4 bytes.
    const std::uint64_t rest = static_cast<std::uint64_t>(hi) >> (8 * (8 - n));
    return length | static_cast<std::uint64_t>(lo) << 8 | rest << 40;
  }
  if (n == 0) return 0;
  auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
  return length | byte(0) << 8 | byte(n / 2) << 16 | byte(n - 1) << 24;  // n <= 3: all its bytes
}

// Whether `a` equals `b`, given that their property_prefix() values are
// equal (same length below 255, same first seven bytes, or all of them).
inline bool same_name_after_prefix(std::string_view a, std::string_view b) {
  const std::size_t size = b.size();
  if (size <= 7) return true;  // the prefix holds the whole name
  if (a.size() != size) return false;
  // The last eight bytes, loaded once each, complete names of up to 15
  // bytes, most of them; memcmp (a call) only for the middle of longer ones.
  std::uint64_t x, y;
  std::memcpy(&x, a.data() + size - 8, 8);
  std::memcpy(&y, b.data() + size - 8, 8);
  return x == y && (size <= 15 || std::memcmp(a.data() + 7, b.data() + 7, size - 15) == 0);
}

struct Node {
  bool always_false = false;  // the schema `false`
  std::uint8_t types = 0;     // 0: any type
  NodeId ref = kNoNode;       // $ref
  // Whether any keyword applies to objects, arrays, strings, numbers, and
  // whether enum/const or an applicator (allOf, anyOf, oneOf, not, if) is
  // present (set once compiled). Kept beside the fields above: the walk
  // reads these for every value and the rest of the node only when set.
  bool object_keywords = false, array_keywords = false, string_keywords = false,
       number_keywords = false, enum_or_applicators = false;
  // Keywords for a single value only (type, enum/const, string and number
  // keywords): no $ref, no applicator, nothing for objects or arrays, so
  // nothing below it is visited. Most of a document's values meet a leaf.
  bool leaf = false;
  // A leaf of type "string" alone: for a string value (most of a document's
  // values) its enum/const and string keywords are checked in line.
  bool string_leaf = false;
  // objects
  std::vector<std::pair<std::string, NodeId>> properties;
  // property_prefix(name) of each of `properties`, side by side: a member's
  // name is looked up with one 64-bit comparison per property over two or
  // three cache lines, where scanning `properties` itself touched a line or
  // two per name and branched twice per name (length, first byte).
  std::vector<std::uint64_t> property_prefixes;
  std::vector<std::pair<std::unique_ptr<EcmaRegex>, NodeId>> pattern_properties;
  NodeId additional_properties = kNoNode;  // schema for the others (may be always_false)
  NodeId property_names = kNoNode;
  std::vector<std::string> required;
  // For each of `required`: its index in `properties`, or -1. Lets the walk
  // check required members from the properties it matched, without a
  // second scan of the object per name.
  std::vector<std::int32_t> required_property;
  std::vector<std::pair<std::string, std::vector<std::string>>> dependent_required;
  std::optional<std::uint64_t> min_properties, max_properties;
  // arrays
  std::vector<NodeId> prefix_items;  // 2020-12 prefixItems, draft-07 items: [..]
  NodeId items = kNoNode;            // the items after the prefix
  NodeId contains = kNoNode;
  std::optional<std::uint64_t> min_items, max_items, min_contains, max_contains;
  bool unique_items = false;
  // strings
  std::optional<std::uint64_t> min_length, max_length;  // in code points
  std::unique_ptr<EcmaRegex> pattern;
  std::string pattern_source;
  Format format = Format::kNone;
  // numbers
  std::optional<Decimal> minimum, maximum, exclusive_minimum, exclusive_maximum, multiple_of;
  // any
  std::vector<std::string> enum_values;   // canonical JSON text
  std::vector<std::string> enum_strings;  // the string members of enum, unquoted (the fast path)
  std::vector<std::uint64_t> enum_prefixes;  // property_prefix() of each of enum_strings
  bool enum_only_strings = false;
  std::optional<std::string> const_value;
  std::optional<std::string>
      const_string;  // const as an unquoted string, when it is one (the fast path)
  std::vector<NodeId> all_of, any_of, one_of;
  NodeId not_ = kNoNode;
  NodeId if_ = kNoNode, then_ = kNoNode, else_ = kNoNode;
  std::string location;  // "<schema file>#<pointer>", for messages about the schema itself
  // Bounds that are integers of at most 2^52 (CVSS 0..10 and the like) and
  // no multipleOf: a double compares with them exactly, so a value within
  // them passes without its decimal text. Absent bounds are infinite.
  bool double_bounds = false;
  double min_d = 0, max_d = 0, exclusive_min_d = 0, exclusive_max_d = 0;
};

struct Compiled {
  std::vector<Node> nodes;
  NodeId root = kNoNode;
};

// The graph of the schema at `schema_path` (Validator::load() without the
// Validator), for tools/schema-codegen.
Result<std::unique_ptr<Compiled>> compile_schema_file(const std::string& schema_path,
                                                      const std::vector<std::string>& search_dirs,
                                                      bool strict);

}  // namespace vt::validation::schema
