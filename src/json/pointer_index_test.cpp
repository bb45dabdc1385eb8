// Pointers are computed on demand from the parsed tape (pointer_index.h):
// every value of a document must get the pointer that leads back to it.
#include <gtest/gtest.h>

#include <thread>

#include "json/json.h"

namespace vt::json {
namespace {

// Every value below `v` with the pointer built along the way.
void collect(const Value& v, const std::string& pointer,
             std::vector<std::pair<Value, std::string>>& out) {
  out.emplace_back(v, pointer);
  if (v.is_object()) {
    for (auto [key, child] : v.members()) {
      std::string p = pointer;
      append_pointer(p, key);
      collect(child, p, out);
    }
  } else if (v.is_array()) {
    std::size_t i = 0;
    for (Value child : v.items()) {
      std::string p = pointer;
      append_pointer(p, i++);
      collect(child, p, out);
    }
  }
}

constexpr const char* kDocument = R"({"a": [1, 2.5, -3, {"b/c": [[], [null, true]], "~": "x"}],
  "": {"": "empty names"}, "n": 18446744073709551615, "s": "\u00e9",
  "deep": [[[[{"k": [{}]}]]]], "d": 1, "d": 2})";

TEST(PointerIndex, EveryValueGetsThePointerThatLeadsToIt) {
  Parser p;
  auto root = p.parse(kDocument, "t.json");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  std::vector<std::pair<Value, std::string>> all;
  collect(*root, "", all);
  ASSERT_EQ(all.size(), 25u);
  for (const auto& [value, expected] : all) EXPECT_EQ(value.pointer(), expected);
  // Duplicate names: both members have the same pointer, find() gives the first.
  EXPECT_EQ(root->find("d")->as_int64(), 1);
  EXPECT_EQ(resolve_pointer(*root, "/a/3/b~1c/1/1")->pointer(), "/a/3/b~1c/1/1");
}

TEST(PointerIndex, ANewParseForgetsTheOldDocument) {
  Parser p;
  auto first = p.parse(R"({"x": [0, 1, 2]})", "1.json");
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(resolve_pointer(*first, "/x/2")->pointer(), "/x/2");
  auto second = p.parse(R"([{"y": {"z": 0}}])", "2.json");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(resolve_pointer(*second, "/0/y/z")->pointer(), "/0/y/z");
  EXPECT_EQ(second->pointer(), "");
  EXPECT_EQ(Value().pointer(), "");
}

TEST(PointerIndex, FirstPointersByDescentThenByTheIndexAgree) {
  // The first pointers of a document are found by descending from the root,
  // later ones from the index: both must name every value alike, in any order.
  std::string text = R"({"v": [)";
  for (int i = 0; i < 100; ++i)
    text += std::string(i ? "," : "") + R"({"id": "x", "n": [[)" + std::to_string(i) +
            R"(], {"k/~": null}]})";
  text += "]}";
  Parser p;
  auto root = p.parse(text, "t.json");
  ASSERT_TRUE(root.ok());
  std::vector<std::pair<Value, std::string>> all;
  collect(*root, "", all);
  ASSERT_GT(all.size(), 200u);
  for (std::size_t i = all.size(); i-- > 0;) EXPECT_EQ(all[i].first.pointer(), all[i].second);
  for (const auto& [value, expected] : all) EXPECT_EQ(value.pointer(), expected);
}

TEST(PointerIndex, ThreadsMayAskForPointersOfOneDocumentAtOnce) {
  std::string text = "[";
  for (int i = 0; i < 2000; ++i)
    text += std::string(i ? "," : "") + R"({"k": [)" + std::to_string(i) + "]}";
  text += "]";
  Parser p;
  auto root = p.parse(text, "t.json");
  ASSERT_TRUE(root.ok());
  std::vector<std::pair<Value, std::string>> all;
  collect(*root, "", all);
  std::vector<int> wrong(2, 0);
  auto check = [&](int t) {
    for (std::size_t i = t; i < all.size(); i += 2)
      wrong[t] += all[i].first.pointer() != all[i].second;
  };
  std::thread a(check, 0), b(check, 1);
  a.join();
  b.join();
  EXPECT_EQ(wrong[0] + wrong[1], 0);
}

}  // namespace
}  // namespace vt::json
