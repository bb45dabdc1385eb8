// The OASIS CSAF 2.0 test files for 6.1.1-6.1.7 and 6.1.11-6.1.16 (rows of
// ../shared/csaf/tests/2.0/INDEX.tsv): `fail` files must produce a finding of
// that test, `pass` files none. Also: the OASIS examples produce no finding,
// and (disabled by default) a per-test count over the CISA corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/file.h"
#include "documents/csaf/parse.h"
#include "documents/csaf/product_index.h"
#include "json/json.h"
#include "validation/catalogues.h"
#include "validation/csaf_test.h"
#include "validation/test_parts.h"

namespace vt::validation {
namespace {

const std::string kTests = VT_SHARED_DIR "/csaf/tests/2.0/";

const Catalogues& catalogues() {
  static const std::shared_ptr<const Catalogues> loaded = [] {
    auto result = Catalogues::load(VT_BUILD_DATA_DIR);
    if (!result) {
      ADD_FAILURE() << result.error().to_string();
      return std::shared_ptr<const Catalogues>();
    }
    return *result;
  }();
  return *loaded;
}

// Runs `tests` on one file; findings, or an error text when it cannot be read.
std::vector<Finding> run_on_file(json::Parser& parser, const std::string& path,
                                 const std::vector<CsafTest>& tests, std::string* error) {
  std::vector<Finding> findings;
  auto root = parser.parse_file(path);
  if (!root) {
    *error = root.error().to_string();
    return findings;
  }
  auto doc = csaf::parse_document(*root);
  if (!doc) {
    *error = doc.error().to_string();
    return findings;
  }
  const csaf::ProductIndex index = csaf::index_products(*doc);
  const TestOptions options;
  const TestContext ctx{*doc, index, catalogues(), options};
  for (const CsafTest& test : tests) {
    TestSink sink(test.id, findings);
    if (test.run != nullptr) test.run(ctx, sink);
  }
  return findings;
}

std::string describe(const std::vector<Finding>& findings) {
  std::string text;
  for (const Finding& f : findings) text += "\n  " + f.test + " " + f.path + ": " + f.message;
  return text;
}

TEST(ProductIdTests, OasisTestFiles) {
  const std::vector<CsafTest> table = mandatory_tests_product_ids();
  std::map<std::string, CsafTest> by_id;
  for (const CsafTest& t : table) by_id.emplace(t.id, t);
  ASSERT_EQ(by_id.size(), 13u);

  std::ifstream in(kTests + "INDEX.tsv");
  ASSERT_TRUE(in.good()) << "cannot open " << kTests << "INDEX.tsv";
  std::string line;
  std::getline(in, line);  // header
  json::Parser parser;
  int cases = 0, passed = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string test_id, group, file, expected;
    std::getline(fields, test_id, '\t');
    std::getline(fields, group, '\t');
    std::getline(fields, file, '\t');
    std::getline(fields, expected, '\t');
    const auto it = by_id.find(test_id);
    if (it == by_id.end()) continue;
    ++cases;
    std::string error;
    const auto findings = run_on_file(parser, kTests + file, {it->second}, &error);
    if (!error.empty()) {
      ADD_FAILURE() << test_id << " " << file << ": " << error;
    } else if (expected == "fail" && findings.empty()) {
      ADD_FAILURE() << test_id << " " << file << ": expected a finding, got none";
    } else if (expected == "pass" && !findings.empty()) {
      ADD_FAILURE() << test_id << " " << file << ": expected no finding, got" << describe(findings);
    } else if (expected != "pass" && expected != "fail") {
      ADD_FAILURE() << test_id << " " << file << ": unknown expectation '" << expected << "'";
    } else {
      ++passed;
    }
  }
  EXPECT_EQ(cases, 66) << "rows of INDEX.tsv for 6.1.1-6.1.7 and 6.1.11-6.1.16";
  EXPECT_EQ(passed, cases);
}

std::vector<std::string> json_files_under(const std::string& dir) {
  return list_files({dir}, [](const std::filesystem::path& p) { return p.extension() == ".json"; })
      .files;
}

TEST(ProductIdTests, OasisExamplesHaveNoFindings) {
  const auto files = json_files_under(VT_SHARED_DIR "/csaf/examples/2.0/csaf");
  ASSERT_GE(files.size(), 7u);
  json::Parser parser;
  for (const std::string& file : files) {
    std::string error;
    const auto findings = run_on_file(parser, file, mandatory_tests_product_ids(), &error);
    EXPECT_TRUE(error.empty()) << file << ": " << error;
    EXPECT_TRUE(findings.empty()) << file << ":" << describe(findings);
  }
}

// Real documents: prints how often each test fires, so that a reading of
// the specification that flags many documents gets a second look. Disabled
// on purpose: it is a diagnostic for a person reading the counts, not a
// check (what the corpus must give is asserted by the differential run in
// bench/validate_diff.sh and docs/conformance.md). Run with
// --gtest_also_run_disabled_tests.
TEST(ProductIdTests, DISABLED_CisaCorpusCounts) {
  auto files = json_files_under(VT_SHARED_DIR "/corpus/cisa");
  std::erase_if(files, [](const std::string& f) { return f.find("-feed-") != std::string::npos; });
  ASSERT_GT(files.size(), 1000u);
  json::Parser parser;
  std::map<std::string, int> findings_per_test, documents_per_test;
  int read = 0;
  for (const std::string& file : files) {
    std::string error;
    const auto findings = run_on_file(parser, file, mandatory_tests_product_ids(), &error);
    if (!error.empty()) {
      ADD_FAILURE() << file << ": " << error;
      continue;
    }
    ++read;
    std::set<std::string> fired;
    for (const Finding& f : findings) {
      ++findings_per_test[f.test];
      if (fired.insert(f.test).second) {
        ++documents_per_test[f.test];
        std::cout << f.test << " " << file << " " << f.path << ": " << f.message << "\n";
      }
    }
  }
  EXPECT_EQ(read, static_cast<int>(files.size()));
  for (const auto& [test, count] : findings_per_test) {
    std::cout << "SUMMARY " << test << ": " << count << " findings in " << documents_per_test[test]
              << " of " << read << " documents\n";
  }
}

}  // namespace
}  // namespace vt::validation
