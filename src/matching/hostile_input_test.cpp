// Hostile and broken CSAF input: statements naming product ids the tree
// never defines, relationships that loop, a product group naming itself, a
// million products in one tree, and two revisions of one document that
// disagree. Each must give clear messages and no crash, in bounded time and
// memory (no timing assertion: the million-product case must simply finish
// under ASan too).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "matching/load.h"

namespace vt::matching {
namespace {

namespace fs = std::filesystem;

// An MSRC-style document: Azure Linux 3.0 (17084), openssh under it
// (pkg), `relationships` and `vulnerability` spliced in.
std::string csaf(std::string_view relationships, std::string_view groups,
                 std::string_view vulnerability, std::string_view version = "1",
                 std::string_view date = "2025-04-01T00:00:00Z") {
  std::string doc =
      R"json({"document": {"category": "csaf_vex", "csaf_version": "2.0", "title": "t",
    "publisher": {"category": "vendor", "name": "Microsoft", "namespace": "https://msrc.microsoft.com"},
    "tracking": {"id": "msrc_CVE-2025-6000", "version": ")json";
  doc += version;
  doc += R"json(", "current_release_date": ")json";
  doc += date;
  doc += R"json("}},
    "product_tree": {"branches": [{"category": "vendor", "name": "Microsoft", "branches": [
      {"category": "product_name", "name": "Azure Linux", "branches": [
        {"category": "product_version", "name": "3.0", "product": {"name": "Azure Linux 3.0", "product_id": "17084"}}]},
      {"category": "product_name", "name": "openssh", "branches": [
        {"category": "product_version", "name": "azl3 openssh 9.8p1-3",
         "product": {"name": "azl3 openssh 9.8p1-3", "product_id": "pkg"}}]}]}],
     "relationships": [)json";
  doc += relationships;
  doc += R"json(], "product_groups": [)json";
  doc += groups;
  doc += R"json(]}, "vulnerabilities": [)json";
  doc += vulnerability;
  return doc + "]}";
}

constexpr std::string_view kComponentOf = R"json(
  {"category": "default_component_of", "product_reference": "pkg", "relates_to_product_reference": "17084",
   "full_product_name": {"name": "azl3 openssh 9.8p1-3 as a component of Azure Linux 3.0", "product_id": "pkg-17084"}})json";

std::string problems_of(const ClaimSet& s) {
  std::string out;
  for (const auto& p : s.problems) out += p.path + ": " + p.message + "\n";
  return out;
}

TEST(HostileInput, StatementsNamingMissingProductIdsAreReportedWithTheirPointer) {
  const std::string doc =
      csaf(std::string(kComponentOf) + R"json(,
      {"category": "default_component_of", "product_reference": "gone", "relates_to_product_reference": "17084",
       "full_product_name": {"name": "a component that is not there", "product_id": "dangling"}})json",
           R"json({"group_id": "g", "product_ids": ["pkg-17084", "nowhere"]})json",
           R"json({"cve": "CVE-2025-6000",
        "product_status": {"known_affected": ["pkg-17084", "404", "dangling"]},
        "remediations": [{"category": "vendor_fix", "details": "9.8p1-4:Security Update:https://x", "group_ids": ["g"]},
                         {"category": "workaround", "details": "w", "product_ids": ["405"]}]})json");
  ClaimSet s = claims_from_text(doc, "missing.json");
  ASSERT_EQ(s.claims.size(), 1u) << problems_of(s);
  EXPECT_EQ(s.claims[0].product, "azl3 openssh 9.8p1-3 as a component of Azure Linux 3.0");
  EXPECT_EQ(s.claims[0].fixed_version, "9.8p1-4");  // through the group, its missing member ignored
  ASSERT_EQ(s.problems.size(), 2u) << problems_of(s);
  EXPECT_EQ(s.problems[0].path, "missing.json");
  EXPECT_EQ(s.problems[0].message,
            "/vulnerabilities/0/product_status/known_affected/1: product id \"404\" is defined "
            "nowhere in the "
            "product tree (6.1.1)");
  // A relationship whose component is missing would otherwise read as a
  // statement about Azure Linux 3.0 as a whole.
  EXPECT_EQ(s.problems[1].message,
            "/vulnerabilities/0/product_status/known_affected/2: product id \"dangling\" (a "
            "component that is not "
            "there) cannot be resolved: /product_tree/relationships/1/product_reference: product "
            "id \"gone\" is "
            "defined nowhere in the product tree (6.1.1)");
}

TEST(HostileInput, OnlyMissingProductIdsSkipTheDocumentWithTheReason) {
  const std::string doc = csaf(
      "", "",
      R"json({"cve": "CVE-2025-6000", "product_status": {"known_affected": ["404", "405"]}})json");
  ClaimSet s = claims_from_text(doc, "missing.json");
  EXPECT_TRUE(s.claims.empty());
  ASSERT_EQ(s.skipped.size(), 1u);
  EXPECT_NE(s.skipped[0].reason.find("only product ids the product tree never defines"),
            std::string::npos);
}

TEST(HostileInput, RelationshipLoopsAndSelfReferencesAreReportedNotFollowed) {
  const std::string doc =
      csaf(std::string(kComponentOf) + R"json(,
      {"category": "default_component_of", "product_reference": "loop-2", "relates_to_product_reference": "17084",
       "full_product_name": {"name": "loop one", "product_id": "loop-1"}},
      {"category": "installed_on", "product_reference": "loop-1", "relates_to_product_reference": "17084",
       "full_product_name": {"name": "loop two", "product_id": "loop-2"}},
      {"category": "installed_with", "product_reference": "self", "relates_to_product_reference": "self",
       "full_product_name": {"name": "itself", "product_id": "self"}},
      {"category": "default_component_of", "product_reference": "loop-1", "relates_to_product_reference": "pkg-17084",
       "full_product_name": {"name": "on a loop", "product_id": "after-loop"}})json",
           R"json({"group_id": "g", "product_ids": ["g", "pkg-17084", "self"]})json",
           R"json({"cve": "CVE-2025-6000",
        "product_status": {"known_affected": ["pkg-17084", "loop-1", "self", "after-loop"]},
        "flags": [{"label": "component_not_present", "group_ids": ["g"]}]})json");
  ClaimSet s = claims_from_text(doc, "loop.json");
  ASSERT_EQ(s.claims.size(), 1u) << problems_of(s);
  EXPECT_EQ(s.claims[0].name, "openssh");
  ASSERT_EQ(s.problems.size(), 3u) << problems_of(s);
  EXPECT_NE(
      s.problems[0].message.find("\"loop-1\" (loop one) cannot be resolved: relationships loop: "),
      std::string::npos)
      << problems_of(s);
  EXPECT_NE(s.problems[0].message.find("(6.1.3)"), std::string::npos);
  EXPECT_NE(s.problems[1].message.find(
                "\"self\" (itself) cannot be resolved: relationships loop: \"self\" -> "
                "\"self\" (6.1.3)"),
            std::string::npos)
      << problems_of(s);
  EXPECT_NE(s.problems[2].message.find(
                "\"after-loop\" (on a loop) cannot be resolved: depends on product id"),
            std::string::npos)
      << problems_of(s);
}

TEST(HostileInput, ManyProblemsAreCountedNotListed) {
  std::string ids;
  for (int i = 0; i < 1000; ++i) ids += (i ? ",\"x" : "\"x") + std::to_string(i) + "\"";
  ClaimSet s = claims_from_text(
      csaf(
          kComponentOf, "",
          R"json({"cve": "CVE-2025-6000", "product_status": {"known_affected": ["pkg-17084", )json" +
              ids + "]}}"),
      "many.json");
  ASSERT_EQ(s.claims.size(), 1u);
  ASSERT_EQ(s.problems.size(), 21u);
  EXPECT_EQ(s.problems.back().message, "980 more statements left out for the same reasons");
}

// One product tree with a million products (branches under one product
// name), a group of all of them, and statements on every thousandth. The
// JSON is about 90 MB; it must load in one pass with memory in proportion.
TEST(HostileInput, AMillionProductsInOneTree) {
  constexpr int kProducts = 1000000;
  std::string doc =
      R"json({"document": {"category": "csaf_vex", "csaf_version": "2.0", "title": "big",
    "publisher": {"category": "vendor", "name": "Example", "namespace": "https://example.com"},
    "tracking": {"id": "big-1", "version": "1"}},
    "product_tree": {"branches": [{"category": "vendor", "name": "Example", "branches": [
      {"category": "product_name", "name": "widget", "branches": [)json";
  doc.reserve(100u << 20);
  std::string group = R"json(, "product_groups": [{"group_id": "all", "product_ids": [)json";
  std::string status;
  for (int i = 0; i < kProducts; ++i) {
    const std::string n = std::to_string(i);
    if (i) doc += ',';
    doc += R"json({"category": "product_version", "name": "1.)json" + n +
           R"json(", "product": {"name": "widget 1.)json" + n + R"json(", "product_id": "p)json" +
           n + "\"}}";
    group += (i ? ",\"p" : "\"p") + n + "\"";
    if (i % 1000 == 0) status += (status.empty() ? "\"p" : ",\"p") + n + "\"";
  }
  doc += "]}]}]";
  doc += group;
  doc +=
      R"json(]}]}, "vulnerabilities": [{"cve": "CVE-2025-6001", "product_status": {"known_affected": [)json" +
      status +
      R"json(]}, "remediations": [{"category": "vendor_fix", "details": "update", "group_ids": ["all"]}]}]})json";
  group.clear();
  group.shrink_to_fit();
  ClaimSet s = claims_from_text(doc, "big.json");
  EXPECT_TRUE(s.skipped.empty()) << (s.skipped.empty() ? "" : s.skipped[0].reason);
  ASSERT_EQ(s.claims.size(), 1000u);
  EXPECT_EQ(s.claims[7].product, "widget 1.7000");
  EXPECT_EQ(s.claims[7].name, "widget");
  EXPECT_EQ(s.claims[7].version, "1.7000");
  ASSERT_EQ(s.claims[7].remediations.size(), 1u);
  EXPECT_TRUE(s.problems.empty()) << problems_of(s);
}

class Revisions : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vt_hostile_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, std::string_view text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
};

std::string status(std::string_view list) {
  return R"json({"cve": "CVE-2025-6000", "product_status": {")json" + std::string(list) +
         R"json(": ["pkg-17084"]}})json";
}

// Revision 2 says fixed where revision 1 said affected: the newer wins
// whatever order the files are read in, and the change is a note.
TEST_F(Revisions, TheNewerRevisionWinsAndTheConflictIsShown) {
  write("a-newer.json", csaf(kComponentOf, "", status("fixed"), "2", "2025-05-01T00:00:00Z"));
  write("b-older.json", csaf(kComponentOf, "", status("known_affected"), "1"));
  ClaimSet s = load_claims({dir_.string()}, {});
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].status, ClaimStatus::kFixed);
  EXPECT_EQ(s.claims[0].source.revision, "2");
  ASSERT_EQ(s.changes.size(), 1u);
  EXPECT_EQ(s.changes[0].old_revision, "1");
  EXPECT_EQ(s.changes[0].new_revision, "2");
  EXPECT_NE(s.changes[0].summary.find("affected -> fixed"), std::string::npos)
      << s.changes[0].summary;
  ASSERT_EQ(s.skipped.size(), 1u);
  EXPECT_NE(s.skipped[0].reason.find("replaced by revision 2"), std::string::npos);
}

// The same revision number published twice with different statements: the
// one released later wins, and the disagreement is shown, not hidden.
TEST_F(Revisions, TheSameRevisionWithDifferentStatementsIsAConflictShown) {
  write("a-later.json", csaf(kComponentOf, "", status("fixed"), "3", "2025-06-02T00:00:00Z"));
  write("b-earlier.json",
        csaf(kComponentOf, "", status("known_affected"), "3", "2025-06-01T00:00:00Z"));
  ClaimSet s = load_claims({dir_.string()}, {});
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].status, ClaimStatus::kFixed);
  EXPECT_NE(s.claims[0].source.path.find("a-later.json"), std::string::npos);
  ASSERT_EQ(s.changes.size(), 1u);
  EXPECT_EQ(s.changes[0].old_revision, "3");
  EXPECT_EQ(s.changes[0].new_revision, "3");
  EXPECT_NE(s.changes[0].summary.find("affected -> fixed"), std::string::npos)
      << s.changes[0].summary;
  ASSERT_EQ(s.skipped.size(), 1u);
  EXPECT_NE(s.skipped[0].path.find("b-earlier.json"), std::string::npos);
  EXPECT_NE(s.skipped[0].reason.find("with different statements"), std::string::npos)
      << s.skipped[0].reason;
}

}  // namespace
}  // namespace vt::matching
