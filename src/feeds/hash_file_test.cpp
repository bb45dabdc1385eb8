// Hash files as real providers write them: every .sha256/.sha512 of the CISA
// and Stackable trees must parse and match the digest of its document
// (computed here), whichever way it names the file; then malformed ones.
#include "feeds/hash_file.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/file.h"
#include "core/hash.h"

namespace vt::feeds {
namespace {

namespace fs = std::filesystem;
const std::string kCorpus = VT_SHARED_DIR "/corpus";

struct Counts {
  std::size_t files = 0, named_bare = 0, named_with_year = 0;
};

// Walks a tree, parses every hash file and checks it against its document.
Counts check_tree(const std::string& root, const std::string& advisories_dir) {
  Counts counts;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const std::string ext = e.path().extension().string();
    if (!e.is_regular_file() || (ext != ".sha256" && ext != ".sha512")) continue;
    const bool sha256 = ext == ".sha256";
    const std::string hash_path = e.path().string();
    const std::string doc_path = hash_path.substr(0, hash_path.size() - ext.size());
    auto text = read_file(hash_path);
    auto doc = read_file(doc_path);
    EXPECT_TRUE(text.ok() && doc.ok()) << hash_path;
    if (!text.ok() || !doc.ok()) continue;
    auto parsed = parse_hash_file(*text, sha256 ? 64 : 128, hash_path);
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().to_string());
    if (!parsed.ok()) continue;
    ++counts.files;
    EXPECT_EQ(parsed->hex_digest,
              hex_digest(sha256 ? HashAlgorithm::kSha256 : HashAlgorithm::kSha512, *doc))
        << hash_path;
    const std::string rel = fs::relative(doc_path, advisories_dir).generic_string();
    EXPECT_TRUE(hash_file_names(*parsed, rel)) << parsed->file_name << " vs " << rel;
    if (parsed->file_name == fs::path(doc_path).filename().string()) ++counts.named_bare;
    if (parsed->file_name == rel && rel.find('/') != std::string::npos) ++counts.named_with_year;
  }
  return counts;
}

TEST(HashFile, EveryCisaHashFileMatchesItsDocument) {
  const std::string dir = kCorpus + "/cisa";
  std::size_t documents = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    documents += e.is_regular_file() && e.path().extension() == ".json" &&
                 e.path().filename().string().find("-feed-") == std::string::npos;
  const Counts ot = check_tree(dir + "/OT/white", dir + "/OT/white");
  const Counts it = check_tree(dir + "/IT/white", dir + "/IT/white");
  EXPECT_EQ(ot.files, 2379u);
  EXPECT_EQ(it.files, 4u);
  EXPECT_EQ(ot.files + it.files, documents);  // one .sha512 per document
  EXPECT_EQ(ot.named_bare + it.named_bare, documents);
}

TEST(HashFile, StackableNamesTheFileTwoWays) {
  const std::string dir = kCorpus + "/signed-stackable/csaf/v2/advisories";
  const Counts c = check_tree(dir, dir);
  EXPECT_EQ(c.files, 46u);           // 23 documents, .sha256 and .sha512 each
  EXPECT_GT(c.named_bare, 0u);       // 2024: "stacksa_2024_0089_0001.json"
  EXPECT_GT(c.named_with_year, 0u);  // 2026: "2026/cve-2026-6100.json"
  EXPECT_EQ(c.named_bare + c.named_with_year, 46u);
}

TEST(HashFile, AcceptedForms) {
  const std::string hex64(64, 'a');
  const std::string upper = "EA6A209DBA30A958A78D82309D6CDCC6929FCB81673B3DC4D6B16FAC18B6FF38";
  auto spec = parse_hash_file(upper + "  example_company_-_2019-yh3234.json\n", 64, "h");
  ASSERT_TRUE(spec.ok()) << spec.error().to_string();
  EXPECT_EQ(spec->hex_digest, "ea6a209dba30a958a78d82309d6cdcc6929fcb81673b3dc4d6b16fac18b6ff38");
  EXPECT_EQ(spec->file_name, "example_company_-_2019-yh3234.json");

  auto binary = parse_hash_file(hex64 + " *2024/a.json\r\n", 64, "h");
  ASSERT_TRUE(binary.ok());
  EXPECT_EQ(binary->file_name, "2024/a.json");
  auto alone = parse_hash_file(std::string(128, 'F'), 128, "h");
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->hex_digest, std::string(128, 'f'));
  EXPECT_EQ(alone->file_name, "");
  EXPECT_TRUE(hash_file_names(*alone, "2024/a.json"));
  auto bom = parse_hash_file("\xEF\xBB\xBF" + hex64 + "\n\n", 64, "h");
  ASSERT_TRUE(bom.ok());

  HashFile h{hex64, "2026/x.json"};
  EXPECT_TRUE(hash_file_names(h, "2026/x.json"));
  EXPECT_TRUE(hash_file_names(h, "csaf/v2/2026/x.json"));
  EXPECT_FALSE(hash_file_names(h, "2026/y.json"));
  EXPECT_FALSE(hash_file_names(h, "a2026/x.json"));
  EXPECT_FALSE(hash_file_names(HashFile{hex64, "x.json"}, "2026/other-x.json"));
}

TEST(HashFile, RefusesWhatIsNotOneDigestOfTheRightLength) {
  const std::string hex64(64, 'a');
  struct Case {
    std::string text;
    std::size_t hex_chars;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"", 64, "start with a hex digest"},
      {"  " + hex64, 64, "start with a hex digest"},
      {hex64, 128, "64 hex digits (expected 128)"},  // a .sha256 served as .sha512
      {std::string(128, 'a'), 64, "128 hex digits (expected 64)"},
      {hex64.substr(1) + "g  a.json", 64, "63 hex digits"},
      {hex64 + "x.json", 64, "expected a space"},
      {hex64 + "  a.json\n" + hex64 + "  b.json\n", 64, "more than one line"},
      {"<!DOCTYPE html><html>404</html>", 128, "HTML page"},
      {hex64 + "  a\x01.json", 64, "control character"},
  };
  for (const Case& c : cases) {
    auto r = parse_hash_file(c.text, c.hex_chars, "doc.json.sha");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.error().where, "doc.json.sha");
    EXPECT_NE(r.error().message.find(c.says), std::string::npos) << r.error().message;
  }
  EXPECT_EQ(parse_hash_file(hex64, 0, "h").error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace vt::feeds
