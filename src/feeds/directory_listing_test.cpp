// index.txt and changes.csv of real providers (CISA's OT and IT trees with
// their csaf_files/ prefix, Stackable's trusted provider), MSRC's quoted
// style, and hostile lists: escaping paths, schemes, control bytes, CRLF,
// byte order marks, HTML pages, and a million-line list.
#include "feeds/directory_listing.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/file.h"

namespace vt::feeds {
namespace {

namespace fs = std::filesystem;
const std::string kCorpus = VT_SHARED_DIR "/corpus";

std::string slurp(const std::string& path) {
  auto r = read_file(path);
  EXPECT_TRUE(r.ok()) << path;
  return r.ok() ? *r : std::string();
}

// Counted without the parser: non-empty lines as std::getline sees them.
std::size_t count_lines(const std::string& path) {
  std::ifstream in(path);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) n += !line.empty();
  return n;
}

// CSAF documents on disk in the year folders of a tree (feeds excluded).
std::set<std::string> documents_on_disk(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".json") continue;
    const std::string rel = fs::relative(e.path(), dir).generic_string();
    if (rel.find('/') != std::string::npos) out.insert(rel);
  }
  return out;
}

struct Tree {
  std::string dir;
  std::size_t documents;
};

class CisaTree : public ::testing::TestWithParam<Tree> {};

TEST_P(CisaTree, EveryListedPathParsesAndNormalisesToAFileOfTheTree) {
  const Tree& tree = GetParam();
  const std::string index_path = tree.dir + "/index.txt";
  const std::string changes_path = tree.dir + "/changes.csv";

  auto index = parse_index_txt(slurp(index_path), index_path);
  ASSERT_TRUE(index.ok()) << index.error().to_string();
  EXPECT_EQ(index->size(), count_lines(index_path));
  EXPECT_EQ(index->size(), tree.documents);

  auto changes = parse_changes_csv(slurp(changes_path), changes_path);
  ASSERT_TRUE(changes.ok()) << changes.error().to_string();
  EXPECT_EQ(changes->size(), count_lines(changes_path));
  EXPECT_EQ(changes->size(), tree.documents);

  const std::set<std::string> on_disk = documents_on_disk(tree.dir);
  EXPECT_EQ(on_disk.size(), tree.documents);
  std::set<std::string> from_index, from_changes;
  for (const std::string& listed : *index) {
    EXPECT_TRUE(listed.starts_with("csaf_files/")) << listed;  // the quirk under test
    auto rel = directory_relative_path(listed, index_path);
    ASSERT_TRUE(rel.ok()) << rel.error().to_string();
    EXPECT_TRUE(fs::is_regular_file(tree.dir + "/" + *rel)) << *rel;
    from_index.insert(*rel);
  }
  for (const ChangeEntry& c : *changes) {
    auto rel = directory_relative_path(c.path, changes_path);
    ASSERT_TRUE(rel.ok()) << rel.error().to_string();
    EXPECT_TRUE(fs::is_regular_file(tree.dir + "/" + *rel)) << *rel;
    EXPECT_TRUE(c.updated.ends_with("Z")) << c.updated;
    from_changes.insert(*rel);
  }
  EXPECT_EQ(from_index, on_disk);
  EXPECT_EQ(from_changes, on_disk);
}

INSTANTIATE_TEST_SUITE_P(Cisa, CisaTree,
                         ::testing::Values(Tree{kCorpus + "/cisa/OT/white", 2379},
                                           Tree{kCorpus + "/cisa/IT/white", 4}));

TEST(DirectoryListing, StackableListsEveryDocumentAndQuotesItsChanges) {
  const std::string dir = kCorpus + "/signed-stackable/csaf/v2/advisories";
  auto index = parse_index_txt(slurp(dir + "/index.txt"), "index.txt");
  ASSERT_TRUE(index.ok()) << index.error().to_string();
  EXPECT_EQ(index->size(), count_lines(dir + "/index.txt"));
  EXPECT_EQ(index->size(), 23u);
  auto changes = parse_changes_csv(slurp(dir + "/changes.csv"), "changes.csv");
  ASSERT_TRUE(changes.ok()) << changes.error().to_string();
  // 24 lines for 23 documents: one was changed twice and is listed twice.
  EXPECT_EQ(changes->size(), count_lines(dir + "/changes.csv"));
  EXPECT_EQ(changes->size(), 24u);
  EXPECT_EQ(changes->front().path, "2026/cve-2015-1832.json");  // quotes removed
  EXPECT_EQ(changes->front().updated, "2026-07-13T16:44:34Z");

  std::set<std::string> listed, changed;
  for (const std::string& p : *index) {
    auto rel = directory_relative_path(p, "index.txt");
    ASSERT_TRUE(rel.ok()) << rel.error().to_string();
    EXPECT_EQ(*rel, p);  // no prefix to drop here
    EXPECT_TRUE(fs::is_regular_file(dir + "/" + *rel)) << *rel;
    listed.insert(*rel);
  }
  for (const ChangeEntry& c : *changes)
    changed.insert(*directory_relative_path(c.path, "changes.csv"));
  EXPECT_EQ(listed, changed);
  EXPECT_EQ(listed, documents_on_disk(dir));
}

TEST(DirectoryListing, MsrcQuotesBothFields) {
  auto changes = parse_changes_csv(
      "\"2024/cve-2024-1.json\",\"2024-05-01T10:00:00Z\"\n"
      "\"2024/cve-2024-2.json\",\"2024-04-30T09:00:00.123Z\"\n",
      "msrc/changes.csv");
  ASSERT_TRUE(changes.ok()) << changes.error().to_string();
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ((*changes)[0].path, "2024/cve-2024-1.json");
  EXPECT_EQ((*changes)[0].updated, "2024-05-01T10:00:00Z");
  EXPECT_EQ((*changes)[1].updated, "2024-04-30T09:00:00.123Z");
}

TEST(DirectoryListing, CrlfBomBlankLinesAndSpacesChangeNothing) {
  const std::string plain =
      "2024/a.json,2024-05-01T10:00:00Z\n2023/b.json,2023-01-01T00:00:00+02:00\n";
  const std::string messy =
      "\xEF\xBB\xBF\r\n  2024/a.json , 2024-05-01T10:00:00Z \r\n\r\n\t\n\"2023/b.json\" ,"
      "\"2023-01-01T00:00:00+02:00\"";
  auto a = parse_changes_csv(plain, "plain");
  auto b = parse_changes_csv(messy, "messy");
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  ASSERT_TRUE(b.ok()) << b.error().to_string();
  ASSERT_EQ(a->size(), 2u);
  ASSERT_EQ(b->size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ((*a)[i].path, (*b)[i].path);
    EXPECT_EQ((*a)[i].updated, (*b)[i].updated);
  }
  auto index = parse_index_txt(
      "\xEF\xBB\xBF"
      "2024/a.json\r\n\r\n  2023/b.json  \n",
      "index.txt");
  ASSERT_TRUE(index.ok()) << index.error().to_string();
  EXPECT_EQ(*index, (std::vector<std::string>{"2024/a.json", "2023/b.json"}));
  EXPECT_TRUE(parse_index_txt("", "empty")->empty());
  EXPECT_TRUE(parse_changes_csv("\n\r\n", "blank")->empty());
}

TEST(DirectoryListing, QuotedQuotesAreUnescaped) {
  auto changes = parse_changes_csv("\"2024/a\"\"b.json\",\"2024-05-01T10:00:00Z\"\n", "c");
  ASSERT_TRUE(changes.ok()) << changes.error().to_string();
  EXPECT_EQ(changes->front().path, "2024/a\"b.json");
  // Parsed as listed; the path check is what refuses it.
  EXPECT_FALSE(directory_relative_path(changes->front().path, "c").ok());
}

TEST(DirectoryListing, MalformedLinesFailWithTheirLineNumber) {
  struct Case {
    std::string text;
    std::string where;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"2024/a.json,2024-05-01T10:00:00Z\n2024/b.json\n", "c.csv:2", "two fields"},
      {"2024/a.json,2024-05-01T10:00:00Z,extra\n", "c.csv:1", "found 3"},
      {"\n\n\"2024/a.json,2024-05-01T10:00:00Z\n", "c.csv:3", "not closed"},
      {"\"2024/a.json\"x,2024-05-01T10:00:00Z\n", "c.csv:1", "comma after"},
      {"2024/a\"b.json,2024-05-01T10:00:00Z\n", "c.csv:1", "quote inside"},
      {"2024/a.json,yesterday\n", "c.csv:1", "RFC 3339"},
      {"2024/a.json,2024-05-01\n", "c.csv:1", "RFC 3339"},
      {",2024-05-01T10:00:00Z\n", "c.csv:1", "empty"},
      {"<!DOCTYPE html>\n<html><body>Not found</body></html>\n", "c.csv:1", "HTML"},
  };
  for (const Case& c : cases) {
    auto r = parse_changes_csv(c.text, "c.csv");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.error().where, c.where) << c.text;
    EXPECT_NE(r.error().message.find(c.says), std::string::npos) << r.error().message;
  }
  auto html = parse_index_txt("\n<html>\n<body>404</body>\n", "index.txt");
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().where, "index.txt:2");
  auto nul = parse_index_txt(std::string("2024/a.json\n2024/b\0.json\n", 25), "index.txt");
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.error().where, "index.txt:2");
  EXPECT_NE(nul.error().message.find("\\x00"), std::string::npos) << nul.error().message;
}

TEST(DirectoryRelativePath, DropsThePrefixBeforeTheYearFolder) {
  EXPECT_EQ(*directory_relative_path("csaf_files/OT/white/2024/icsa-24-001-01.json", "w"),
            "2024/icsa-24-001-01.json");
  EXPECT_EQ(*directory_relative_path("2024/icsa-24-001-01.json", "w"), "2024/icsa-24-001-01.json");
  EXPECT_EQ(*directory_relative_path("rhsa-2024_1.json", "w"), "rhsa-2024_1.json");
  EXPECT_EQ(*directory_relative_path("vex/cve+x~y.json", "w"), "vex/cve+x~y.json");
}

TEST(DirectoryRelativePath, RefusesEveryPathThatCouldEscapeTheDirectory) {
  const std::vector<std::string> hostile = {
      "",
      "../x.json",
      "2024/../../x.json",
      "..",
      "./2024/x.json",
      "/etc/passwd.json",
      "//evil.example/2024/x.json",
      "http://evil.example/2024/x.json",
      "https://evil.example/2024/x.json",
      "file:///etc/x.json",
      "C:/2024/x.json",
      "2024\\..\\x.json",
      std::string("2024/x.json\0.txt", 16),
      std::string("2024/\0x.json", 12),
      "%2e%2e/2024/x.json",
      "2024/x.json?download=1",
      "2024/x.json#frag",
      "2024//x.json",
      "2024/x.json/",
      "2024/x.txt",
      "2024/.json",
      "2024/x.JSON.exe",
      "2024/x y.json",
      "2024/\xc3\xa9.json",
      "2024/x.json\r",
      std::string(5000, 'a') + ".json",
  };
  for (const std::string& p : hostile) {
    auto r = directory_relative_path(p, "changes.csv:7");
    EXPECT_FALSE(r.ok()) << "accepted: " << p << " as " << (r.ok() ? *r : "");
    if (!r.ok()) {
      EXPECT_EQ(r.error().where, "changes.csv:7");
    }
  }
}

TEST(DirectoryListing, HostilePathsParseAndAreRefusedOneByOne) {
  const std::string text =
      "2024/good.json,2024-05-03T00:00:00Z\n"
      "../../etc/passwd.json,2024-05-02T00:00:00Z\n"
      "/etc/shadow.json,2024-05-02T00:00:00Z\n"
      "\"http://evil.example/2024/x.json\",\"2024-05-01T00:00:00Z\"\n"
      "csaf_files/IT/white/2024/also-good.json,2024-05-01T00:00:00Z\n";
  auto changes = parse_changes_csv(text, "changes.csv");
  ASSERT_TRUE(changes.ok()) << changes.error().to_string();
  ASSERT_EQ(changes->size(), 5u);
  std::vector<std::string> accepted;
  for (const ChangeEntry& c : *changes)
    if (auto rel = directory_relative_path(c.path, "changes.csv"); rel.ok())
      accepted.push_back(*rel);
  EXPECT_EQ(accepted, (std::vector<std::string>{"2024/good.json", "2024/also-good.json"}));
}

// A million lines must parse in one pass: the parser is linear (no
// re-scanning of the text per line). No timing is asserted; a quadratic
// parser would not finish within the test timeout.
TEST(DirectoryListing, AMillionLineChangesCsvParses) {
  constexpr std::size_t kLines = 1'000'000;
  std::string text;
  text.reserve(kLines * 48);
  for (std::size_t i = 0; i < kLines; ++i) {
    text += (i % 2) ? "\"2024/doc-" : "csaf_files/OT/white/2024/doc-";
    text += std::to_string(i);
    text +=
        (i % 2) ? ".json\",\"2024-05-01T10:00:00Z\"\r\n" : ".json,2024-05-01T10:00:00.000000Z\n";
  }
  auto changes = parse_changes_csv(text, "big.csv");
  ASSERT_TRUE(changes.ok()) << changes.error().to_string();
  ASSERT_EQ(changes->size(), kLines);
  EXPECT_EQ(changes->front().path, "csaf_files/OT/white/2024/doc-0.json");
  EXPECT_EQ(changes->back().path, "2024/doc-999999.json");
  EXPECT_EQ(*directory_relative_path((*changes)[123456].path, "big.csv"), "2024/doc-123456.json");

  std::string index;
  index.reserve(kLines * 24);
  for (std::size_t i = 0; i < kLines; ++i) index += "2024/doc-" + std::to_string(i) + ".json\n";
  auto listed = parse_index_txt(index, "big.txt");
  ASSERT_TRUE(listed.ok()) << listed.error().to_string();
  EXPECT_EQ(listed->size(), kLines);
}

}  // namespace
}  // namespace vt::feeds
