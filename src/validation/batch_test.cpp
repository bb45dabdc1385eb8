// validate_files(): findings get line:column within the positions budget
// (located in one pass, as the single-pointer locator would), and keep
// their pointer past it.
#include "validation/batch.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "json/locate.h"

namespace vt::validation {
namespace {

// A document whose revision history repeats one number `count` times:
// 6.1.22 reports every repetition.
std::string write_document(int count) {
  std::string revisions;
  for (int i = 0; i < count; ++i)
    revisions += std::string(i ? "," : "") +
                 R"({"date": "2024-01-01T00:00:00Z", "number": "1", "summary": "s"})" + "\n";
  const std::string text = R"({"document": {"category": "csaf_base", "csaf_version": "2.0",
    "publisher": {"category": "vendor", "name": "x", "namespace": "https://x.example"}, "title": "t",
    "tracking": {"current_release_date": "2024-01-01T00:00:00Z", "id": "X-1",
      "initial_release_date": "2024-01-01T00:00:00Z", "status": "final", "version": "1",
      "revision_history": [
)" + revisions + "]}}}";
  const std::string path = ::testing::TempDir() + "/vextriage_batch_positions.json";
  std::ofstream(path) << text;
  return path;
}

TEST(ValidateFiles, PositionsWithinTheBudgetAndPointersForAll) {
  ValidatorOptions vo;
  vo.preset = Preset::kMandatory;
  auto validator = Validator::create(vo);
  ASSERT_TRUE(validator.ok()) << validator.error().to_string();
  const std::string path = write_document(40);

  auto count_6_1_22 = [](const Report& r, bool located) {
    std::size_t n = 0;
    for (const auto& f : r.errors)
      if (f.test == "6.1.22" && (f.line != 0) == located) ++n;
    return n;
  };
  BatchOptions all;
  auto docs = validate_files(**validator, {path}, all);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_FALSE(docs[0].failure);
  EXPECT_EQ(count_6_1_22(docs[0].report, true), 39u);
  // The first repetition is the second revision, on the document's line 7.
  for (const auto& f : docs[0].report.errors)
    if (f.test == "6.1.22") {
      EXPECT_EQ(f.path, "/document/tracking/revision_history/1/number");
      EXPECT_EQ(f.line, 7u);
      break;
    }

  BatchOptions few;
  few.max_positions = 5;
  docs = validate_files(**validator, {path}, few);
  EXPECT_LE(count_6_1_22(docs[0].report, true), 5u);
  EXPECT_GE(count_6_1_22(docs[0].report, false), 34u);

  // Every position is the one the single-pointer locator gives.
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  docs = validate_files(**validator, {path}, all);
  for (const auto& f : docs[0].report.errors) {
    const json::TextPosition p = json::position_of_pointer(text, f.path);
    EXPECT_EQ(f.line, p.line) << f.path;
    EXPECT_EQ(f.column, p.column) << f.path;
  }
}

}  // namespace
}  // namespace vt::validation
