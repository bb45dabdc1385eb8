// The code generated from the CSAF 2.0 schema at build time (codegen.h):
// used only for the schema it was generated from, and never proving valid
// what the walk finds invalid, on every document of ../shared.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "json/json.h"
#include "validation/schema/codegen.h"
#include "validation/schema/compiled.h"
#include "validation/schema/compiled_verdicts.h"
#include "validation/schema/distinct_items.h"
#include "validation/schema/schema.h"
#include "validation/schema/schema_testing.h"

namespace vt::validation::schema {
namespace {

namespace fs = std::filesystem;

const std::string kSchemaDir = std::string(VT_BUILD_DATA_DIR) + "/schemas/csaf/2.0";

std::shared_ptr<const Validator> load_csaf(bool strict = false) {
  Validator::LoadOptions options;
  options.strict = strict;
  options.compiled = &generated::kCsaf20;
  auto loaded = Validator::load(kSchemaDir + "/csaf_json_schema.json", {kSchemaDir}, options);
  EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().to_string());
  return loaded.ok() ? *loaded : nullptr;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CompiledVerdict, ServesTheSchemaItWasGeneratedFrom) {
  auto v = load_csaf();
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->uses_compiled_code());
  // The digest is of the code generated now from the loaded graph.
  auto graph = compile_schema_file(kSchemaDir + "/csaf_json_schema.json", {kSchemaDir}, false);
  ASSERT_TRUE(graph.ok());
  EXPECT_EQ(verdict_digest(**graph), generated::kCsaf20.digest);
}

TEST(CompiledVerdict, IsNotUsedForAnotherSchema) {
  // Strict mode adds "no other property" to every object schema: another graph.
  auto strict = load_csaf(/*strict=*/true);
  ASSERT_TRUE(strict);
  EXPECT_FALSE(strict->uses_compiled_code());

  // A data directory whose CSAF schema differs by one bound: the walk serves
  // it, and enforces the new bound.
  testing_support::SchemaFiles files;
  for (const auto& entry : fs::recursive_directory_iterator(kSchemaDir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    const fs::path to = fs::path(files.dir()) / fs::relative(entry.path(), kSchemaDir);
    fs::create_directories(to.parent_path());
    fs::copy_file(entry.path(), to);
  }
  const std::string path = files.dir() + "/csaf_json_schema.json";
  std::string text = read(path);
  const std::string title_bound = "\"title\": {\n          \"title\": \"Title of this document\",";
  const std::size_t at = text.find(title_bound);
  ASSERT_NE(at, std::string::npos) << "the schema's text changed: adjust the test";
  text.insert(at + title_bound.size(), " \"maxLength\": 5,");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;

  Validator::LoadOptions options;
  options.compiled = &generated::kCsaf20;
  auto edited = Validator::load(path, {files.dir()}, options);
  ASSERT_TRUE(edited.ok()) << edited.error().to_string();
  EXPECT_FALSE((*edited)->uses_compiled_code());

  json::Parser parser;
  auto doc =
      parser.parse_file(std::string(VT_SHARED_DIR) + "/csaf/examples/2.0/csaf/bsi-2022-0001.json");
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  std::vector<Finding> findings;
  EXPECT_FALSE((*edited)->validate(*doc, findings));
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings.front().path, "/document/title");
}

// Every JSON document of ../shared (OASIS test files, examples, the vendors'
// corpus): what the generated code proves valid the walk finds valid, and
// it proves nearly every valid document (else it saves nothing).
TEST(CompiledVerdict, NeverProvesValidWhatTheWalkRejects) {
  auto v = load_csaf();
  ASSERT_TRUE(v && v->uses_compiled_code());
  json::Parser parser;
  std::size_t documents = 0, valid = 0, proven = 0;
  for (const char* dir : {"/csaf/tests/2.0", "/csaf/examples/2.0", "/corpus"}) {
    const fs::path root = fs::path(VT_SHARED_DIR).string() + dir;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      auto doc = parser.parse_file(entry.path().string());
      if (!doc.ok()) continue;
      ++documents;
      std::vector<Finding> walked;
      const bool walk_valid = v->validate_by_walk(*doc, walked);
      const bool proven_valid = v->proven_valid(*doc);
      EXPECT_TRUE(!proven_valid || walk_valid)
          << entry.path() << ": proven valid, but the walk finds " << walked.front().path << ": "
          << walked.front().message;
      valid += walk_valid;
      proven += proven_valid;
      std::vector<Finding> findings;
      EXPECT_EQ(v->validate(*doc, findings), walk_valid) << entry.path();
      EXPECT_EQ(findings.size(), walked.size()) << entry.path();
    }
  }
  std::printf("%zu documents: %zu valid, %zu of them proven valid by the generated code\n",
              documents, valid, proven);
  ASSERT_GT(documents, 2000u) << "../shared/corpus missing?";
  EXPECT_GE(proven * 100, valid * 99) << proven << " of " << valid << " valid documents proven";
}

// One keyword broken at a time in a valid document: the walk finds it and
// the generated code proves nothing (the corpus above is valid almost
// throughout, so it would not notice a check the generated code skips).
TEST(CompiledVerdict, ProvesNothingWhereOneKeywordFails) {
  auto v = load_csaf();
  ASSERT_TRUE(v && v->uses_compiled_code());
  const std::string original =
      read(std::string(VT_SHARED_DIR) + "/csaf/examples/2.0/csaf/bsi-2022-0001.json");
  ASSERT_FALSE(original.empty());
  struct Edit {
    const char* keyword;
    std::string find, replace;
  };
  const std::vector<Edit> edits = {
      {"pattern", R"("cve": "CVE-2022-27193")", R"("cve": "CVE-22-27193")"},
      {"format date-time", R"("current_release_date": "2022-03-17T13:03:42.105Z")",
       R"("current_release_date": "2022-03-17 13:03")"},
      {"format uri", R"("namespace": "https://www.bsi.bund.de")", R"("namespace": "bsi")"},
      {"enum", R"("status": "final")", R"("status": "done")"},
      {"enum (CVSS)", R"("attackVector": "LOCAL")", R"("attackVector": "LOCALE")"},
      {"enum (csaf_version)", R"("csaf_version": "2.0")", R"("csaf_version": "2.1")"},
      {"required", R"("title": "CVRF-CSAF-Converter: XML External Entities Vulnerability",)", ""},
      {"minLength", R"("product_id": "CSAFPID-0001")", R"("product_id": "")"},
      {"type", R"("label": "WHITE")", R"("label": ["WHITE"])"},
      {"type (number)", R"("baseScore": 6.1)", R"("baseScore": "6.1")"},
      {"maximum", R"("baseScore": 6.1)", R"("baseScore": 11)"},
      {"oneOf, no branch's version", R"("version": "3.1")", R"("version": "3.2")"},
      {"oneOf, the other branch's version", R"("version": "3.1")", R"("version": "3.0")"},
      {"uniqueItems (strings)", "\"known_affected\": [\n          \"CSAFPID-0001\",",
       "\"known_affected\": [\n          \"CSAFPID-0002\","},
      {"uniqueItems (objects, members in another order)",
       R"("text": "csaf-tools/CVRF-CSAF-Converter#78"
        })",
       R"("text": "csaf-tools/CVRF-CSAF-Converter#78"
        }, {"text": "csaf-tools/CVRF-CSAF-Converter#78", "system_name": "Github Issue"})"},
      {"minItems", R"("fixed": [
          "CSAFPID-0006"
        ])",
       R"("fixed": [])"},
  };
  json::Parser parser;
  for (const Edit& edit : edits) {
    SCOPED_TRACE(edit.keyword);
    std::string text = original;
    const std::size_t at = text.find(edit.find);
    ASSERT_NE(at, std::string::npos) << "not in the example: " << edit.find;
    text.replace(at, edit.find.size(), edit.replace);
    auto doc = parser.parse(text, "edited");
    ASSERT_TRUE(doc.ok()) << doc.error().to_string();
    std::vector<Finding> findings;
    EXPECT_FALSE(v->validate_by_walk(*doc, findings)) << "the edit breaks nothing";
    EXPECT_FALSE(v->proven_valid(*doc));
    std::vector<Finding> via_validate;
    EXPECT_FALSE(v->validate(*doc, via_validate));
    EXPECT_EQ(via_validate.size(), findings.size());
  }
  auto doc = parser.parse(original, "original");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(v->proven_valid(*doc));
}

// uniqueItems' quick proof (distinct_items.h): alike items are never called
// distinct, whatever their member order or number spelling.
std::vector<bool> distinct(const std::vector<std::string>& arrays) {
  std::vector<bool> out;
  json::Parser parser;
  for (const auto& text : arrays) {
    auto v = parser.parse(text, "test");
    EXPECT_TRUE(v.ok()) << text;
    out.push_back(v.ok() && proven_distinct(v->raw()));
  }
  return out;
}

TEST(DistinctItems, AlikeItemsAreNeverProvenDistinct) {
  EXPECT_EQ(distinct({
                R"([{"a":1,"b":"x"},{"b":"x","a":1}])",  // members in another order
                R"([1, 1.0])",
                R"([0, -0.0])",
                R"([10, 1e1])",
                R"(["CSAFPID-0001","CSAFPID-0002","CSAFPID-0001"])",
                // the same first and last eight bytes: alike here, told apart by the walk
                R"(["0123456789-abc-0123456789","0123456789-xyz-0123456789"])",
                R"([{"a":[1,2]},{"a":[3,4]}])",  // nested values are not descended into
                R"([[1,2],[1,2]])",
            }),
            std::vector<bool>(8, false));
}

TEST(DistinctItems, DifferentItemsAreProvenDistinct) {
  std::string many = "[";
  for (int i = 0; i < 100; ++i)
    many += (i ? ",\"CSAFPID-" : "\"CSAFPID-") + std::to_string(i) + "\"";
  many += "]";
  EXPECT_EQ(distinct({
                R"(["a","b","c"])",
                R"([1, 2, 1.5])",
                R"([{"a":1},{"a":2},{"b":1}])",
                R"([true, false, null, "true", 1])",
                R"([{"a":[1]},{"a":[1,2]}])",
                many,
                R"([])",
            }),
            std::vector<bool>(7, true));
}

}  // namespace
}  // namespace vt::validation::schema
