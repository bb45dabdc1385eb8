// The schema engine's references: $ref to $defs and definitions in the same
// file, JSON pointer escapes in fragments, recursive schemas, and references
// across files resolved by $id (absolute and relative), as the CSAF schema
// refers to the FIRST CVSS schemas.
#include <gtest/gtest.h>

#include "validation/schema/schema_testing.h"

namespace vt::validation::schema {
namespace {

using testing_support::InlineSchema;
using testing_support::Outcome;
using testing_support::SchemaFiles;
using Paths = std::vector<std::string>;

TEST(SchemaRef, DefsAndDefinitions) {
  InlineSchema s(R"({"$defs":{"id":{"type":"string","minLength":1}},
      "definitions":{"n":{"type":"integer"}},
      "properties":{"a":{"$ref":"#/$defs/id"},"b":{"$ref":"#/definitions/n"}}})");
  EXPECT_TRUE(s.accepts(R"({"a":"x","b":1})"));
  EXPECT_EQ(s.check(R"({"a":"","b":1.5})").paths(), (Paths{"/a", "/b"}));
}

TEST(SchemaRef, SiblingKeywordsApplyToo) {
  // 2019-09+: keywords beside $ref are not ignored.
  InlineSchema s(
      R"({"$defs":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/$defs/s","maxLength":2}}})");
  EXPECT_TRUE(s.accepts(R"({"a":"ab"})"));
  EXPECT_FALSE(s.accepts(R"({"a":"abc"})"));
  EXPECT_FALSE(s.accepts(R"({"a":1})"));
}

TEST(SchemaRef, EscapedFragments) {
  InlineSchema s(
      R"({"$defs":{"a/b":{"type":"string"},"c~d":{"type":"number"},"e f":{"type":"null"}},
      "properties":{"x":{"$ref":"#/$defs/a~1b"},"y":{"$ref":"#/$defs/c~0d"},"z":{"$ref":"#/$defs/e%20f"}}})");
  EXPECT_TRUE(s.accepts(R"({"x":"s","y":1,"z":null})"));
  EXPECT_EQ(s.check(R"({"x":1,"y":"s","z":0})").paths(), (Paths{"/x", "/y", "/z"}));
}

TEST(SchemaRef, RecursiveSchema) {
  // Like CSAF's branches: a tree of any depth.
  InlineSchema s(R"({"$defs":{"node":{"type":"object","required":["name"],
      "properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/node"}}}}},
      "$ref":"#/$defs/node"})");
  EXPECT_TRUE(s.accepts(R"({"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]})"));
  Outcome o = s.check(R"({"name":"a","children":[{"name":"b","children":[{"children":[]}]}]})");
  EXPECT_EQ(o.paths(), Paths{"/children/0/children/0"});
  EXPECT_EQ(o.message(), R"(missing required property "name")");
}

TEST(SchemaRef, DanglingRefFailsTheLoad) {
  SchemaFiles files;
  auto v = Validator::load(
      files.write("s.json", R"({"properties":{"a":{"$ref":"#/$defs/missing"}}})"), {});
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().to_string().find("points nowhere"), std::string::npos)
      << v.error().to_string();
}

TEST(SchemaRef, OtherFileByAbsoluteId) {
  SchemaFiles files;
  files.write("score.json", R"({"$id":"https://example.com/schemas/score.json",
      "type":"object","required":["version"],"properties":{"version":{"const":"3.1"}}})");
  std::string main = files.write("main.json", R"({"$id":"https://example.com/docs/main.json",
      "properties":{"s":{"$ref":"https://example.com/schemas/score.json"}}})");
  auto v = Validator::load(main, {files.dir()});
  ASSERT_TRUE(v.ok()) << v.error().to_string();
  json::Parser parser;
  std::vector<Finding> out;
  EXPECT_TRUE((*v)->validate(*parser.parse(R"({"s":{"version":"3.1"}})", "i"), out));
  EXPECT_FALSE((*v)->validate(*parser.parse(R"({"s":{"version":"3.0"}})", "i"), out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].path, "/s/version");
}

TEST(SchemaRef, OtherFileByRelativeIdAndFragment) {
  SchemaFiles files;
  files.write("common.json", R"({"$id":"https://example.com/schemas/common.json",
      "$defs":{"id":{"type":"string","pattern":"^[A-Z]+-[0-9]+$"}}})");
  std::string main = files.write("main.json", R"({"$id":"https://example.com/schemas/main.json",
      "items":{"$ref":"common.json#/$defs/id"}})");
  auto v = Validator::load(main, {files.dir()});
  ASSERT_TRUE(v.ok()) << v.error().to_string();
  json::Parser parser;
  std::vector<Finding> out;
  EXPECT_TRUE((*v)->validate(*parser.parse(R"(["CVE-1","GHSA-2"])", "i"), out));
  EXPECT_FALSE((*v)->validate(*parser.parse(R"(["CVE-1","cve-2"])", "i"), out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].path, "/1");
}

TEST(SchemaRef, UnknownRemoteIdFailsTheLoadNamingIt) {
  SchemaFiles files;
  std::string main = files.write("main.json", R"({"$ref":"https://example.com/nowhere.json"})");
  auto v = Validator::load(main, {files.dir()});
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().to_string().find("https://example.com/nowhere.json"), std::string::npos);
}

TEST(SchemaLoad, UnsupportedKeywordsAreRefusedNotIgnored) {
  SchemaFiles files;
  auto v = Validator::load(
      files.write("s.json", R"({"properties":{"a":{"unevaluatedProperties":false}}})"), {});
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().to_string().find("unevaluatedProperties"), std::string::npos);
  EXPECT_NE(v.error().to_string().find("#/properties/a"), std::string::npos)
      << v.error().to_string();
}

TEST(SchemaCsaf, OfficialSchemaLoadsAndReportsPointers) {
  // The real schema (with the CVSS schemas by $id) on a minimal document.
  const std::string dir = std::string(VT_BUILD_DATA_DIR) + "/schemas/csaf/2.0";
  auto v = Validator::load(dir + "/csaf_json_schema.json", {dir});
  ASSERT_TRUE(v.ok()) << v.error().to_string();
  json::Parser parser;
  std::vector<Finding> out;
  auto doc = parser.parse(R"({"document":{"category":"csaf_base","csaf_version":"2.0",
      "publisher":{"category":"vendor","name":"Example","namespace":"https://example.com"},
      "title":"t","tracking":{"current_release_date":"2024-01-01T00:00:00Z","id":"X-1",
      "initial_release_date":"2024-01-01T00:00:00Z",
      "revision_history":[{"date":"2024-01-01T00:00:00Z","number":"1","summary":"s"}],
      "status":"final","version":"1"}},
      "vulnerabilities":[{"scores":[{"products":["p"],"cvss_v3":{"version":"3.1",
      "vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H","baseScore":10.5,"baseSeverity":"CRITICAL"}}]}]})",
                          "doc");
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  EXPECT_FALSE((*v)->validate(*doc, out));
  bool score_reported = false;
  for (const auto& f : out)
    score_reported |= f.path == "/vulnerabilities/0/scores/0/cvss_v3/baseScore";
  EXPECT_TRUE(score_reported) << "the CVSS v3.1 schema's maximum 10 on baseScore";
}

}  // namespace
}  // namespace vt::validation::schema
