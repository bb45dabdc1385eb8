// vextriage validate as a user runs it: exit codes, output formats, and
// hostile input (truncated, invalid UTF-8, deep nesting, huge files).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli_run.h"
#include "json/json.h"

namespace {

namespace fs = std::filesystem;

using vt::testing::CliRun;
using vt::testing::vextriage;

class CliValidate : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vt-validate-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  fs::path dir_;
};

const std::string kExample = VT_SHARED_DIR "/csaf/examples/2.0/csaf/bsi-2022-0001.json";
const std::string kFails611 =
    VT_SHARED_DIR "/csaf/tests/2.0/mandatory/oasis_csaf_tc-csaf_2_0-2021-6-1-01-01.json";

TEST_F(CliValidate, ValidDocumentExitsZero) {
  CliRun r = vextriage("validate " + kExample);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("valid"), std::string::npos);
}

TEST_F(CliValidate, InvalidDocumentExitsOneWithTestAndPointer) {
  CliRun r = vextriage("validate --format json " + kFails611);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  vt::json::Parser p;
  auto root = p.parse(r.out, "stdout");
  ASSERT_TRUE(root.ok()) << r.out;
  auto doc = *root->find("documents")->items().begin();
  EXPECT_FALSE(doc.find("valid")->as_bool());
  bool found = false;
  for (auto e : doc.find("errors")->items())
    if (e.find("test")->as_string() == "6.1.1") {
      found = true;
      EXPECT_EQ(e.find("path")->as_string().rfind("/product_tree/product_groups/0/product_ids/", 0), 0u);
      EXPECT_GT(e.find("line")->as_int64(), 1);
    }
  EXPECT_TRUE(found) << r.out;
  EXPECT_EQ(root->find("summary")->find("invalid")->as_int64(), 1);
}

TEST_F(CliValidate, TruncatedFileNamesLineAndColumn) {
  std::string path = write("trunc.json", "{\n  \"document\": {\n    \"category\": \"csaf_b");
  CliRun r = vextriage("validate " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find(path + ":3:"), std::string::npos) << r.out << r.err;
}

TEST_F(CliValidate, InvalidUtf8IsRefused) {
  std::string path = write("utf8.json", "{\"document\": {\"title\": \"caf\xe9\"}}");
  CliRun r = vextriage("validate --format json " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("UTF-8"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(":1:"), std::string::npos) << r.out;
}

TEST_F(CliValidate, DeepNestingIsAnErrorNotACrash) {
  std::string path = write("deep.json", std::string(100000, '[') + std::string(100000, ']'));
  CliRun r = vextriage("validate " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("nesting deeper than"), std::string::npos) << r.out << r.err;
}

TEST_F(CliValidate, HugeFileIsRefusedBeforeReading) {
  std::string path = (dir_ / "huge.json").string();
  { std::ofstream(path) << ""; }
  fs::resize_file(path, std::uintmax_t{1} << 30);  // sparse: costs no disk
  CliRun r = vextriage("validate " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("limit"), std::string::npos) << r.out << r.err;
}

TEST_F(CliValidate, MissingAndBrokenPathsExitTwo) {
  fs::create_symlink(dir_ / "nowhere.json", dir_ / "dangling.json");
  CliRun r = vextriage("validate " + (dir_ / "dangling.json").string() + " " + kExample);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("dangling.json"), std::string::npos) << r.out << r.err;
  r = vextriage("validate /nonexistent/dir");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/dir"), std::string::npos) << r.err;
}

TEST_F(CliValidate, BadUsageExitsTwo) {
  EXPECT_EQ(vextriage("validate --preset nonsense " + kExample).exit_code, 2);
  EXPECT_EQ(vextriage("validate").exit_code, 2);
  EXPECT_EQ(vextriage("no-such-command").exit_code, 2);
}

TEST_F(CliValidate, ReadsStandardInput) {
  CliRun r = vextriage("validate -", kExample);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(CliValidate, DirectoriesAreSearchedAndParallelRunsAgree) {
  std::string dir = VT_SHARED_DIR "/csaf/tests/2.0/mandatory";
  CliRun one = vextriage("validate --format json -j 1 " + dir);
  CliRun two = vextriage("validate --format json -j 2 " + dir);
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_EQ(one.out, two.out);
  EXPECT_NE(one.out.find("\"documents\": 147"), std::string::npos) << one.out.substr(one.out.size() - 200);
}

TEST_F(CliValidate, SarifNamesRulesAndRegions) {
  CliRun r = vextriage("validate --format sarif " + kFails611);
  EXPECT_EQ(r.exit_code, 1);
  vt::json::Parser p;
  auto root = p.parse(r.out, "sarif");
  ASSERT_TRUE(root.ok()) << r.out;
  EXPECT_EQ(root->find("version")->as_string(), "2.1.0");
  auto run = *root->find("runs")->items().begin();
  auto result = *run.find("results")->items().begin();
  EXPECT_EQ(result.find("ruleId")->as_string(), "6.1.1");
  auto region = vt::json::resolve_pointer(result, "/locations/0/physicalLocation/region/startLine");
  ASSERT_TRUE(region.ok()) << r.out;
  EXPECT_GT(region->as_int64(), 0);
}

}  // namespace
