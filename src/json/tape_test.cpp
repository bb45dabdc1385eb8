// json::Value reads simdjson's tape itself (json.h, detail::Tape), and so
// does json::string_of() (dom_tape.h) for the schema walk: these tests walk
// documents through Value and through simdjson's own accessors
// (Value::raw()) and require the same answers everywhere.
#include <simdjson.h>

#include <gtest/gtest.h>

#include <string>

#include "json/dom_tape.h"
#include "json/json.h"

namespace vt::json {
namespace {

namespace dom = simdjson::dom;

Type type_of(const dom::element& e) {
  switch (e.type()) {
    case dom::element_type::ARRAY: return Type::kArray;
    case dom::element_type::OBJECT: return Type::kObject;
    case dom::element_type::STRING: return Type::kString;
    case dom::element_type::BOOL: return Type::kBool;
    case dom::element_type::NULL_VALUE: return Type::kNull;
    default: return Type::kNumber;
  }
}

// Compares `v` with simdjson's view of the same element, recursively;
// returns the number of values compared.
std::size_t expect_same(const Value& v, const std::string& where) {
  const dom::element e = v.raw();
  EXPECT_EQ(v.type(), type_of(e)) << where;
  std::size_t n = 1;
  switch (v.type()) {
    case Type::kString:
      EXPECT_EQ(v.as_string(), std::string_view(e.get_string().value())) << where;
      EXPECT_EQ(string_of(e), std::string_view(e.get_string().value())) << where;
      EXPECT_EQ(v.if_string(), std::optional<std::string_view>(e.get_string().value())) << where;
      break;
    case Type::kBool: EXPECT_EQ(v.as_bool(!e.get_bool().value()), e.get_bool().value()) << where; break;
    case Type::kNumber: EXPECT_EQ(v.as_double(), e.get_double().value()) << where; break;
    case Type::kArray: {
      dom::array arr = e.get_array().value();
      EXPECT_EQ(v.size(), arr.size()) << where;
      auto it = arr.begin();
      std::size_t i = 0;
      for (Value item : v.items()) {
        EXPECT_TRUE(it != arr.end()) << where;
        if (it == arr.end()) break;
        EXPECT_EQ(item.raw().type(), (*it).type()) << where << "/" << i;
        n += expect_same(item, where + "/" + std::to_string(i));
        ++it, ++i;
      }
      EXPECT_TRUE(it == arr.end()) << where << ": simdjson has more items";
      break;
    }
    case Type::kObject: {
      dom::object obj = e.get_object().value();
      EXPECT_EQ(v.size(), obj.size()) << where;
      auto it = obj.begin();
      for (Member m : v.members()) {
        EXPECT_TRUE(it != obj.end()) << where;
        if (it == obj.end()) break;
        EXPECT_EQ(m.key, it.key()) << where;
        n += expect_same(m.value, where + "/" + std::string(m.key));
        ++it;
      }
      EXPECT_TRUE(it == obj.end()) << where << ": simdjson has more members";
      break;
    }
    case Type::kNull: break;
  }
  return n;
}

TEST(Tape, ValueReadsEveryKindOfValueAsSimdjsonDoes) {
  Parser p;
  auto root = p.parse(R"({
    "empty object": {}, "empty array": [], "": "the empty name",
    "strings": ["", "plain", "esc\"aped\\\n\t", "nul\u0000inside", "\u00e9\u4e2d\ud83d\ude00"],
    "numbers": [0, -1, 9223372036854775807, 18446744073709551615, -9223372036854775808,
                1.5, -0.0, 1e308, 2.5e-300],
    "literals": [true, false, null],
    "nested": [[[]], [{}], {"a": [{"b": {"c": [1, [2, [3]]]}}]}],
    "after": "the last member"
  })", "t.json");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  EXPECT_EQ(expect_same(*root, ""), 40u);
  EXPECT_EQ(root->find("after")->as_string(), "the last member");
  EXPECT_EQ(root->find("")->as_string(), "the empty name");
  EXPECT_EQ(root->find("strings")->size(), 5u);
  EXPECT_EQ(root->find("numbers")->size(), 9u);
  EXPECT_EQ(root->find("empty object")->size(), 0u);
  EXPECT_FALSE(root->find("missing"));
}

TEST(Tape, ScalarsAndDefaultValuesHaveNoChildren) {
  Parser p;
  auto root = p.parse(R"("just a string")", "t.json");
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(root->size(), 0u);
  EXPECT_TRUE(root->items().begin() == root->items().end());
  EXPECT_TRUE(root->members().begin() == root->members().end());
  const Value none;
  EXPECT_TRUE(none.is_null());
  EXPECT_EQ(none.size(), 0u);
  EXPECT_TRUE(none.items().begin() == none.items().end());
  EXPECT_FALSE(none.find("a"));
}

// simdjson's tape saturates a container's element count at 2^24 - 1: size()
// walks such a container, and iteration ends at its closing word either way.
TEST(Tape, ContainersLargerThanTheTapesCountAreCountedAndWalkedWhole) {
  constexpr std::size_t kItems = (std::size_t{1} << 24) + 2;
  std::string text = "{\"big\":[";
  text.reserve(kItems * 2 + 32);
  for (std::size_t i = 0; i < kItems; ++i) text += i ? ",0" : "0";
  text += "],\"after\":1}";
  Parser p;
  auto root = p.parse(text, "big.json");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  auto big = root->find("big");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->size(), kItems);
  std::size_t walked = 0;
  for ([[maybe_unused]] Value item : big->items()) ++walked;
  EXPECT_EQ(walked, kItems);
  auto after = root->find("after");  // found past the big array
  ASSERT_TRUE(after);
  EXPECT_EQ(after->as_int64(), 1);
}

}  // namespace
}  // namespace vt::json
