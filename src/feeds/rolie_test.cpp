// ROLIE feeds: CISA's two real feeds (the OT feed with "rel", the IT feed
// with "ref" for its hash and signature links), the OASIS example (section
// 7.1.15, example 130), and malformed feeds refused with their JSON pointer.
#include "feeds/rolie.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "core/file.h"
#include "feeds/directory_listing.h"

namespace vt::feeds {
namespace {

namespace fs = std::filesystem;
const std::string kCisa = VT_SHARED_DIR "/corpus/cisa";

std::string slurp(const std::string& path) {
  auto r = read_file(path);
  EXPECT_TRUE(r.ok()) << path;
  return r.ok() ? *r : std::string();
}

struct Feed {
  std::string dir;      // under kCisa
  std::string file;     // the feed
  std::size_t entries;  // documents in the folder
};

class CisaFeed : public ::testing::TestWithParam<Feed> {};

// Every entry names a document of the tree, with its .sha512 and .asc beside
// it; the entries are exactly the documents index.txt lists.
TEST_P(CisaFeed, EveryEntryLinksItsDocumentHashAndSignature) {
  const Feed& f = GetParam();
  const std::string dir = kCisa + "/" + f.dir;
  auto feed = parse_rolie_feed(slurp(dir + "/" + f.file), f.file);
  ASSERT_TRUE(feed.ok()) << feed.error().to_string();
  EXPECT_EQ(feed->entries.size(), f.entries);
  EXPECT_FALSE(feed->id.empty());
  EXPECT_FALSE(feed->title.empty());

  auto index = parse_index_txt(slurp(dir + "/index.txt"), "index.txt");
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->size(), feed->entries.size());
  std::set<std::string> listed;
  for (const std::string& p : *index) listed.insert(*directory_relative_path(p, "index.txt"));

  const std::string base =
      "https://raw.githubusercontent.com/cisagov/CSAF/develop/csaf_files/" + f.dir + "/";
  std::set<std::string> linked, ids;
  for (const RolieEntry& e : feed->entries) {
    ASSERT_TRUE(e.document_url.starts_with(base)) << e.document_url;
    const std::string rel = e.document_url.substr(base.size());
    EXPECT_TRUE(fs::is_regular_file(dir + "/" + rel)) << rel;
    EXPECT_EQ(e.hash_url_sha512, e.document_url + ".sha512");
    EXPECT_EQ(e.signature_url, e.document_url + ".asc");
    EXPECT_EQ(e.hash_url_sha256, "");  // CISA serves SHA-512 only
    EXPECT_TRUE(fs::is_regular_file(dir + "/" + rel + ".sha512")) << rel;
    EXPECT_TRUE(fs::is_regular_file(dir + "/" + rel + ".asc")) << rel;
    EXPECT_FALSE(e.id.empty());
    EXPECT_FALSE(e.updated.empty());
    linked.insert(rel);
    ids.insert(e.id);
  }
  EXPECT_EQ(linked, listed);
  EXPECT_EQ(ids.size(), f.entries);
}

INSTANTIATE_TEST_SUITE_P(
    Cisa, CisaFeed,
    ::testing::Values(Feed{"OT/white", "cisa-csaf-ot-feed-tlp-white.json", 2379},
                      Feed{"IT/white", "cisa-csaf-it-feed-tlp-white.json", 4}));

TEST(Rolie, OasisExampleFeed) {
  auto feed = parse_rolie_feed(
      slurp(VT_SHARED_DIR "/csaf/examples/2.0/ROLIE/example-01-feed-tlp-white.json"),
      "feed-tlp-white.json");
  ASSERT_TRUE(feed.ok()) << feed.error().to_string();
  EXPECT_EQ(feed->id, "example-csaf-feed-tlp-white");
  EXPECT_EQ(feed->title, "Example CSAF feed (TLP:WHITE)");
  EXPECT_EQ(feed->updated, "2021-01-01T12:00:00.000Z");
  ASSERT_EQ(feed->entries.size(), 1u);
  const RolieEntry& e = feed->entries[0];
  EXPECT_EQ(e.id, "2020-ESA-001");
  EXPECT_EQ(e.title, "Example Security Advisory 001");
  EXPECT_EQ(e.published, "2021-01-01T11:00:00.000Z");
  EXPECT_EQ(e.updated, "2021-01-01T12:00:00.000Z");
  EXPECT_EQ(e.document_url, "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json");
  EXPECT_EQ(e.hash_url_sha512,
            "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json.sha512");
  EXPECT_EQ(e.signature_url, "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json.asc");
}

TEST(Rolie, LinksBySuffixAndTheSelfLinkAsFallback) {
  auto feed = parse_rolie_feed(R"({"feed": {"id": "f", "entry": [
      {"id": "a", "updated": "2024-05-01T10:00:00Z", "link": [
        {"rel": "hash", "href": "https://e/2024/a.json.SHA256"},
        {"rel": "hash", "href": "https://e/2024/a.json.sha512"},
        {"rel": "hash", "href": "https://e/2024/a.json.md5"},
        {"rel": "alternate", "href": "https://e/2024/a.html"},
        {"rel": "self", "href": "https://e/2024/a.json"},
        {"rel": "self", "href": "https://e/2024/second-self.json"},
        {"rel": "signature"}]},
      {"id": "b", "updated": "2024-05-01T10:00:00+02:00",
       "content": {"src": "https://e/2024/b.json"}, "link": [{"rel": "self", "href": "https://e/b-entry"}]}]}})",
                               "f.json");
  ASSERT_TRUE(feed.ok()) << feed.error().to_string();
  ASSERT_EQ(feed->entries.size(), 2u);
  const RolieEntry& a = feed->entries[0];
  EXPECT_EQ(a.document_url, "https://e/2024/a.json");
  EXPECT_EQ(a.hash_url_sha256, "https://e/2024/a.json.SHA256");
  EXPECT_EQ(a.hash_url_sha512, "https://e/2024/a.json.sha512");
  EXPECT_EQ(a.signature_url, "");
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(feed->entries[1].document_url, "https://e/2024/b.json");  // content.src wins
  EXPECT_EQ(feed->updated, "");

  auto empty =
      parse_rolie_feed(R"({"feed": {"id": "empty", "updated": "2024-05-01T10:00:00Z"}})", "e.json");
  ASSERT_TRUE(empty.ok()) << empty.error().to_string();
  EXPECT_TRUE(empty->entries.empty());
}

TEST(Rolie, MalformedFeedsFailWithThePointer) {
  const std::string ok_entry =
      R"({"id": "a", "updated": "2024-05-01T10:00:00Z", "content": {"src": "https://e/a.json"}})";
  struct Case {
    std::string text;
    std::string where;
  };
  const std::vector<Case> cases = {
      {"[]", "f.json#"},
      {R"({"entry": []})", "f.json#"},
      {R"({"feed": []})", "f.json#"},
      {R"({"feed": {"entry": {}}})", "f.json#/feed/entry"},
      {R"({"feed": {"updated": "soon", "entry": []}})", "f.json#/feed/updated"},
      {R"({"feed": {"entry": [)" + ok_entry + R"(, 5]}})", "f.json#/feed/entry/1"},
      {R"({"feed": {"entry": [)" + ok_entry +
           R"(, {"id": "b", "updated": "2024-05-01T10:00:00Z"}]}})",
       "f.json#/feed/entry/1"},
      {R"({"feed": {"entry": [{"id": "b", "content": {"src": "https://e/b.json"}}]}})",
       "f.json#/feed/entry/0"},
      {R"({"feed": {"entry": [{"id": "b", "updated": "2024-13-01T10:00:00Z", "content": {"src": "https://e/b.json"}}]}})",
       "f.json#/feed/entry/0/updated"},
      {R"({"feed": {"entry": [{"id": "b", "updated": "2024-05-01T10:00:00Z", "published": 2024,
          "content": {"src": "https://e/b.json"}}]}})",
       "f.json#/feed/entry/0/published"},
      {R"({"feed": {"entry": [{"id": "b", "updated": "2024-05-01T10:00:00Z", "link": {"rel": "self"}}]}})",
       "f.json#/feed/entry/0/link"},
      {R"({"feed": {"entry": [{"id": "b", "updated": "2024-05-01T10:00:00Z", "link": ["https://e/b.json"]}]}})",
       "f.json#/feed/entry/0/link/0"},
  };
  for (const Case& c : cases) {
    auto feed = parse_rolie_feed(c.text, "f.json");
    ASSERT_FALSE(feed.ok()) << c.text;
    EXPECT_EQ(feed.error().where, c.where) << feed.error().to_string();
  }
  auto html = parse_rolie_feed("<html><body>Moved</body></html>", "f.json");
  ASSERT_FALSE(html.ok());
  EXPECT_TRUE(html.error().where.starts_with("f.json:1:")) << html.error().where;
}

}  // namespace
}  // namespace vt::feeds
