// The OASIS CSAF 2.0 conformance files, run as data: testcases.json names for
// each test of section 6 the files that must fail it and the files that must
// pass it. One runner, no per-file code; every file counts.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <set>
#include <sstream>


#include "core/file.h"
#include "json/json.h"
#include "validation/validator.h"

namespace vt::validation {
namespace {

const std::string kTests = VT_SHARED_DIR "/csaf/tests/2.0";

std::shared_ptr<const Validator> full_validator() {
  ValidatorOptions options;
  options.preset = Preset::kFull;
  options.data_dir = VT_BUILD_DATA_DIR;
  auto v = Validator::create(options);
  if (!v.ok()) ADD_FAILURE() << v.error().to_string();
  return v.ok() ? *v : nullptr;
}

const std::vector<Finding>& findings_of_group(const Report& r, std::string_view group) {
  if (group == "mandatory") return r.errors;
  if (group == "optional") return r.warnings;
  return r.infos;
}

std::string describe(const Report& r) {
  std::string out;
  for (const auto* list : {&r.errors, &r.warnings, &r.infos})
    for (const auto& f : *list) out += "    [" + f.test + "] " + f.path + ": " + f.message + "\n";
  return out;
}

// Tests listed with no implementation yet: their files are counted apart
// (and printed), never passed silently and never failed for that reason.
bool implemented(const std::string& id) {
  for (const auto* table : {&mandatory_tests(), &optional_tests(), &informative_tests()})
    for (const auto& t : *table)
      if (t.id == id) return t.run != nullptr && !t.needs_network;  // offline: network tests do not run
  return false;
}

TEST(CsafConformance, EveryOasisTestFile) {
  auto validator = full_validator();
  ASSERT_TRUE(validator);
  json::Parser index_parser;
  auto index = index_parser.parse_file(kTests + "/testcases.json");
  ASSERT_TRUE(index.ok()) << index.error().to_string();

  // (file, test) pairs where a file the index marks valid does break a
  // mandatory test as the specification words it.
  std::set<std::pair<std::string, std::string>> suite_errors;
  {
    std::ifstream in(VT_SOURCE_DIR "/tests/data/csaf_conformance_disagreements.tsv");
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::stringstream cells(line);
      std::string file, test;
      std::getline(cells, file, '\t');
      std::getline(cells, test, '\t');
      suite_errors.emplace(file, test);
    }
  }
  std::size_t files = 0, as_expected = 0, pending = 0;
  std::set<std::string> pending_tests;
  std::map<std::string, std::pair<int, int>> per_group;  // group -> (ok, total)
  json::Parser parser;
  for (json::Value test : index->find("tests")->items()) {
    std::string id(test.find("id")->as_string());
    std::string group(test.find("group")->as_string());
    for (const char* kind : {"failures", "valid"}) {
      auto list = test.find(kind);
      if (!list) continue;
      for (json::Value entry : list->items()) {
        std::string name(entry.find("name")->as_string());
        bool must_fail = std::string_view(kind) == "failures";
        bool marked_valid = entry.find("valid") && entry.find("valid")->as_bool();
        ++files;
        if (!implemented(id)) {
          ++pending;
          pending_tests.insert(id);
          continue;
        }
        auto& counts = per_group[group];
        ++counts.second;
        auto root = parser.parse_file(kTests + "/" + name);
        if (!root.ok()) {
          ADD_FAILURE() << name << ": " << root.error().to_string();
          continue;
        }
        Report report = validator->validate(*root);
        bool reported = false;
        for (const auto& f : findings_of_group(report, group)) reported |= f.test == id;
        bool ok = must_fail ? reported : !reported;
        // A file marked valid must have no errors at all (schema or mandatory),
        // except the ones listed with their reason as errors of the test data.
        if (marked_valid)
          for (const auto& e : report.errors)
            if (!suite_errors.count({name, e.test})) ok = false;
        // ...unless they come from a test that is not implemented yet (none
        // can: a test without implementation reports nothing).
        if (ok) {
          ++as_expected;
          ++counts.first;
        } else {
          ADD_FAILURE() << name << ": expected test " << id << " to "
                        << (must_fail ? "report it" : "pass")
                        << (marked_valid ? " (and no errors at all)" : "") << "; got:\n"
                        << describe(report);
        }
      }
    }
  }
  for (const auto& [group, c] : per_group)
    std::printf("conformance %s: %d/%d files as expected\n", group.c_str(), c.first, c.second);
  std::printf("conformance total: %zu/%zu files as expected, %zu files of %zu tests not run (not implemented, or needing the network):", as_expected,
              files - pending, pending, pending_tests.size());
  for (const auto& id : pending_tests) std::printf(" %s", id.c_str());
  std::printf("\n");
  EXPECT_EQ(files, 239u) << "testcases.json should list 239 test files";
}

TEST(CsafConformance, OfficialExamplesAreValid) {
  auto validator = full_validator();
  ASSERT_TRUE(validator);
  auto listing = list_files({VT_SHARED_DIR "/csaf/examples/2.0/csaf"},
                            [](const std::filesystem::path& p) { return p.extension() == ".json"; });
  ASSERT_TRUE(listing.problems.empty());
  json::Parser parser;
  for (const auto& path : listing.files) {
    auto root = parser.parse_file(path);
    ASSERT_TRUE(root.ok()) << root.error().to_string();
    Report report = validator->validate(*root);
    EXPECT_TRUE(report.errors.empty()) << path << ":\n" << describe(report);
  }
  EXPECT_EQ(listing.files.size(), 19u);
}

}  // namespace
}  // namespace vt::validation
