// StringMap against std::map on the same operations: keys of every length
// around the hash's inline cases (0-3, 4-7, 8-16, longer), keys that differ
// in one byte, views into one long text, growth past many resizes, and the
// first value of a key kept.
#include "core/string_map.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace vt {
namespace {

TEST(StringMap, AgreesWithStdMapOverManyKeysAndGrowths) {
  std::vector<std::string> keys;
  for (std::size_t length = 0; length <= 40; ++length)
    for (int variant = 0; variant < 60; ++variant) {
      std::string k(length, 'x');
      if (length > 0) k[variant % length] = static_cast<char>('A' + variant % 50);
      if (length > 1) k[length - 1] = static_cast<char>('0' + variant % 10);
      keys.push_back(k);
    }
  StringMap<int> map;
  std::map<std::string, int> reference;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const bool inserted = map.emplace(keys[i], static_cast<int>(i));
    EXPECT_EQ(inserted, reference.emplace(keys[i], static_cast<int>(i)).second) << keys[i];
  }
  EXPECT_EQ(map.size(), reference.size());
  for (const auto& [key, value] : reference) {
    const int* found = map.find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value) << key;  // the first insertion's value
  }
  // Keys that are absent: each present key with one byte more or changed.
  for (const auto& [key, value] : reference) {
    const std::string longer = key + "!";
    EXPECT_EQ(map.contains(longer), reference.count(longer) == 1) << longer;
    if (key.empty()) continue;
    std::string changed = key;
    changed[changed.size() / 2] = '#';
    EXPECT_EQ(map.contains(changed), reference.count(changed) == 1) << changed;
  }
}

TEST(StringMap, ViewsIntoOneTextMatchOtherCopiesOfTheirBytes) {
  const std::string text = "CSAFPID-0001CSAFPID-0002CSAFPID-0001";
  StringMap<int> map;
  EXPECT_TRUE(map.emplace(std::string_view(text.data(), 12), 1));
  EXPECT_TRUE(map.emplace(std::string_view(text.data() + 12, 12), 2));
  EXPECT_FALSE(map.emplace(std::string_view(text.data() + 24, 12), 3));  // same bytes as the first
  EXPECT_EQ(*map.find(std::string("CSAFPID-0001")), 1);
  EXPECT_EQ(*map.find(std::string("CSAFPID-0002")), 2);
  EXPECT_EQ(map.find("CSAFPID-0003"), nullptr);
  EXPECT_EQ(map.find("CSAFPID-000"), nullptr);
}

TEST(StringMap, EmptyMapAndEmptyKey) {
  StringMap<int> map;
  EXPECT_TRUE(map.empty());
  EXPECT_EQ(map.find(""), nullptr);
  EXPECT_TRUE(map.emplace("", 7));
  EXPECT_EQ(*map.find(""), 7);
  EXPECT_EQ(map.find(std::string_view()), map.find(""));
  EXPECT_EQ(map.find("a"), nullptr);
}

}  // namespace
}  // namespace vt
