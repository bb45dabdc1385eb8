// load_claims over files and directories: recognition by content (a CSAF
// file without extension, as Palo Alto publishes them), recursion, skipped
// inputs with their reasons, and the newest of several revisions of one
// CSAF document winning with the change shown.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

#include "matching/load.h"

namespace vt::matching {
namespace {

namespace fs = std::filesystem;

class LoadClaims : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vt_load_claims_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "a" / "b");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, std::string_view text) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  fs::path dir_;
};

// One MSRC-style document in a given revision: revision 1 names Azure Linux
// 3.0 as affected, revision 2 also CBL Mariner 2.0 and says 3.0 is fixed.
std::string msrc(std::string_view version, bool second) {
  std::string doc = R"json({"document": {"category": "csaf_vex", "csaf_version": "2.0",
    "publisher": {"name": "Microsoft", "namespace": "https://msrc.microsoft.com"},
    "tracking": {"id": "msrc_CVE-2025-5000", "version": ")json" + std::string(version) + R"json("}},
    "product_tree": {"branches": [{"category": "product_name", "name": "x", "branches": [
      {"category": "product_version", "name": "3.0", "product": {"name": "Azure Linux 3.0", "product_id": "17084"}},
      {"category": "product_version", "name": "2.0", "product": {"name": "CBL Mariner 2.0", "product_id": "17086"}}]}]},
    "vulnerabilities": [{"cve": "CVE-2025-5000", "product_status": )json";
  doc += second ? R"json({"fixed": ["17084"], "known_affected": ["17086"]})json" : R"json({"known_affected": ["17084"]})json";
  return doc + "}]}";
}

TEST_F(LoadClaims, NewestRevisionWinsAndTheChangeIsShown) {
  write("a/msrc-r1.json", msrc("1", false));
  write("a/b/msrc-r2.json", msrc("2", true));
  write("msrc-r1-copy.json", msrc("1", false));
  ClaimSet s = load_claims({dir_.string()}, {});
  EXPECT_EQ(s.documents, 3u);
  ASSERT_EQ(s.claims.size(), 2u);
  for (const auto& c : s.claims) EXPECT_EQ(c.source.revision, "2");
  ASSERT_EQ(s.changes.size(), 1u);
  EXPECT_EQ(s.changes[0].document_id, "msrc_CVE-2025-5000");
  EXPECT_EQ(s.changes[0].old_revision, "1");
  EXPECT_EQ(s.changes[0].new_revision, "2");
  EXPECT_EQ(s.changes[0].summary,
            "names 1 more product: CBL Mariner 2.0; CVE-2025-5000: Azure Linux 3.0 affected -> fixed");
  ASSERT_EQ(s.skipped.size(), 2u);  // both copies of revision 1, each with the reason
  for (const auto& k : s.skipped) EXPECT_NE(k.reason.find("replaced by revision 2"), std::string::npos) << k.reason;
}

TEST_F(LoadClaims, RevisionsCompareAsVersionsNotText) {
  write("r9.json", msrc("1.9.0", false));
  write("r10.json", msrc("1.10.0", true));
  ClaimSet s = load_claims({dir_.string()}, {});
  ASSERT_FALSE(s.claims.empty());
  EXPECT_EQ(s.claims[0].source.revision, "1.10.0");
}

TEST_F(LoadClaims, RecognisedByContentAndSkippedWithReasons) {
  write("a/PAN-SA-2025-0001", msrc("1", false));  // no extension
  write("a/b/broken.json", "{\"document\": ");
  write("a/b/big.json.xz", "\xfd" "7zXZ");
  write("notes.txt", "hello");
  const std::string cve = write("cve.json", R"json({"cveMetadata": {"cveId": "CVE-2025-1"},
    "containers": {"cna": {"affected": [{"vendor": "a", "product": "b", "defaultStatus": "affected"}]}}})json");
  ClaimSet s = load_claims({dir_.string() + "/a", dir_.string() + "/notes.txt", dir_.string() + "/missing"}, {cve});
  EXPECT_EQ(s.documents, 2u);
  EXPECT_EQ(s.claims.size(), 2u);
  std::map<std::string, std::string> reasons;
  for (const auto& k : s.skipped) reasons[fs::path(k.path).filename().string()] = k.reason;
  ASSERT_EQ(reasons.size(), 4u);
  EXPECT_NE(reasons["broken.json"].find("not valid JSON"), std::string::npos) << reasons["broken.json"];
  EXPECT_NE(reasons["big.json.xz"].find("compressed"), std::string::npos);
  EXPECT_NE(reasons["notes.txt"].find("not valid JSON"), std::string::npos);
  EXPECT_NE(reasons["missing"].find("no such file"), std::string::npos);
}

}  // namespace
}  // namespace vt::matching
