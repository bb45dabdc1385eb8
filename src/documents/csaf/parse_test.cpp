// The typed CSAF model as parse_document() fills it: every level of
// nesting (elements are filled in place in their vectors and optionals), and
// a member given twice, which JSON allows: the last occurrence counts, whole.
#include "documents/csaf/parse.h"
#include "documents/csaf/product_tree_walk.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace vt::csaf {
namespace {

using Ids = std::vector<std::string_view>;
Ids ids(const StringItems& items) { return Ids(items.begin(), items.end()); }

class ParseDocument : public ::testing::Test {
 protected:
  Document parse(const std::string& text) {
    auto root = parser_.parse(text, "test.json");
    EXPECT_TRUE(root.ok()) << root.error().to_string();
    auto doc = parse_document(*root);
    EXPECT_TRUE(doc.ok());
    return std::move(*doc);
  }
  json::Parser parser_;
};

TEST_F(ParseDocument, FillsEveryLevel) {
  Document d = parse(R"({
    "document": {"category": "csaf_vex", "title": "T",
      "notes": [{"category": "summary", "text": "n1"}, {"category": "details", "text": "n2"}],
      "publisher": {"name": "P", "namespace": "https://p.example"},
      "tracking": {"id": "ID-1", "generator": {"engine": {"name": "E", "version": "1"}},
                   "revision_history": [{"number": "1", "date": "2024-01-01T00:00:00Z"}]}},
    "product_tree": {
      "branches": [{"category": "vendor", "name": "V", "branches": [
        {"category": "product_version", "name": "1.0",
         "product": {"name": "V 1.0", "product_id": "P1",
                     "product_identification_helper": {"purl": "pkg:generic/v@1.0",
                       "hashes": [{"filename": "f", "file_hashes": [{"algorithm": "sha256", "value": "ab"}]}]}}}]}],
      "relationships": [{"category": "default_component_of", "product_reference": "P1",
                         "relates_to_product_reference": "P2",
                         "full_product_name": {"name": "P1 in P2", "product_id": "P3"}}],
      "product_groups": [{"group_id": "G1", "product_ids": ["P1", "P3"]}]},
    "vulnerabilities": [
      {"cve": "CVE-2024-0001", "cwe": {"id": "CWE-79", "name": "XSS"},
       "product_status": {"known_affected": ["P1"], "fixed": ["P3"]},
       "remediations": [{"category": "vendor_fix", "details": "d", "product_ids": ["P1"],
                         "restart_required": {"category": "none"}}],
       "scores": [{"cvss_v3": {"version": "3.1", "baseScore": 5.5, "baseSeverity": "MEDIUM"},
                   "products": ["P1"]}]},
      {"cve": "CVE-2024-0002", "threats": [{"category": "impact", "details": "x", "group_ids": ["G1"]}]}]
  })");
  ASSERT_EQ(d.document.notes.size(), 2u);
  EXPECT_EQ(d.document.notes[1].text, "n2");
  EXPECT_EQ(d.document.publisher->namespace_, "https://p.example");
  EXPECT_EQ(d.document.tracking->generator->engine->version, "1");
  EXPECT_EQ(d.document.tracking->revision_history.at(0).number, "1");
  ASSERT_TRUE(d.product_tree);
  const Branch& version = d.product_tree->branches.at(0).branches.at(0);
  EXPECT_EQ(version.name, "1.0");
  EXPECT_EQ(version.product->product_id, "P1");
  const auto& helper = *version.product->product_identification_helper;
  EXPECT_EQ(helper.purl, "pkg:generic/v@1.0");
  EXPECT_EQ(helper.hashes.at(0).file_hashes.at(0).value, "ab");
  EXPECT_EQ(d.product_tree->relationships.at(0).full_product_name->product_id, "P3");
  EXPECT_EQ(d.product_tree->product_groups.at(0).product_ids.size(), 2u);
  ASSERT_EQ(d.vulnerabilities.size(), 2u);
  const Vulnerability& v = d.vulnerabilities[0];
  EXPECT_EQ(v.cwe->name, "XSS");
  EXPECT_EQ(ids(v.product_status->known_affected->ids), Ids{"P1"});
  EXPECT_EQ(ids(v.product_status->fixed->ids), Ids{"P3"});
  EXPECT_FALSE(v.product_status->first_fixed);
  EXPECT_EQ(v.remediations.at(0).restart_required->category, "none");
  EXPECT_EQ(v.scores.at(0).cvss_v3->base_score, 5.5);
  EXPECT_EQ(ids(v.scores.at(0).products->ids), Ids{"P1"});
  EXPECT_EQ(ids(d.vulnerabilities[1].threats.at(0).group_ids->ids), Ids{"G1"});
  // Each element keeps its own JSON value, for pointers.
  EXPECT_EQ(d.vulnerabilities[1].threats.at(0).source.pointer(), "/vulnerabilities/1/threats/0");
  EXPECT_EQ(version.product->source.pointer(), "/product_tree/branches/0/branches/0/product");
}

TEST_F(ParseDocument, ARepeatedMemberCountsOnceTheLastOccurrence) {
  Document d = parse(R"({
    "document": {"title": "first", "lang": "en"},
    "document": {"title": "second",
                 "notes": [{"text": "a"}], "notes": [{"text": "b"}, {"text": "c"}],
                 "references": [{"url": "https://r.example"}], "references": "not an array",
                 "tracking": {"id": "X", "status": "final"}, "tracking": {"id": "Y"}},
    "vulnerabilities": [{"cve": "CVE-1", "scores": [{"products": ["P1"]}], "scores": [],
                         "product_status": {"fixed": ["P1"], "fixed": ["P2", "P3"]}}]
  })");
  EXPECT_EQ(d.document.title, "second");
  EXPECT_FALSE(d.document.lang);  // the whole first "document" is gone
  ASSERT_EQ(d.document.notes.size(), 2u);
  EXPECT_EQ(d.document.notes[0].text, "b");
  EXPECT_EQ(d.document.notes[1].text, "c");
  EXPECT_TRUE(d.document.references.empty());
  EXPECT_EQ(d.document.tracking->id, "Y");
  EXPECT_FALSE(d.document.tracking->status);
  ASSERT_EQ(d.vulnerabilities.size(), 1u);
  EXPECT_TRUE(d.vulnerabilities[0].scores.empty());
  EXPECT_EQ(d.vulnerabilities[0].product_status->fixed->ids.size(), 2u);
}

TEST_F(ParseDocument, MembersOfTheWrongTypeAreLeftEmpty) {
  Document d = parse(R"({"document": {"title": 1, "notes": {}}, "product_tree": [],
                         "vulnerabilities": [1, {"cve": "CVE-1", "product_status": []}]})");
  EXPECT_FALSE(d.document.title);
  EXPECT_TRUE(d.document.notes.empty());
  EXPECT_FALSE(d.product_tree);
  ASSERT_EQ(d.vulnerabilities.size(), 1u);  // the number is skipped
  EXPECT_FALSE(d.vulnerabilities[0].product_status);
}

// Id lists are read from the JSON as they are iterated: only their string
// items, in order, counted by size().
TEST_F(ParseDocument, IdListsYieldTheirStringItems) {
  Document d = parse(R"({"vulnerabilities": [{"product_status": {
      "fixed": [1, "P2", null, "P3", ["P4"], {"id": "P5"}, "P6"], "known_affected": [], "first_fixed": [7]}}]})");
  const ProductStatus& ps = *d.vulnerabilities.at(0).product_status;
  EXPECT_EQ(ids(ps.fixed->ids), (Ids{"P2", "P3", "P6"}));
  EXPECT_EQ(ps.fixed->ids.size(), 3u);
  EXPECT_TRUE(ps.known_affected->ids.empty());
  EXPECT_TRUE(ps.first_fixed->ids.empty());
  EXPECT_EQ(ps.first_fixed->ids.begin(), ps.first_fixed->ids.end());
  EXPECT_TRUE(StringItems().empty());
  EXPECT_EQ(StringItems().begin(), StringItems().end());
}

// The tree walks visit in document order: each branch before its children;
// products as the index defines them (full_product_names, branches,
// relationships). A chain of branches as deep as the parser allows is
// walked too.
TEST_F(ParseDocument, ProductTreeWalksInDocumentOrder) {
  Document d = parse(R"({"product_tree": {
    "full_product_names": [{"name": "F", "product_id": "F"}],
    "branches": [
      {"name": "a", "branches": [{"name": "a1", "product": {"name": "A1", "product_id": "A1"}},
                                 {"name": "a2", "branches": [{"name": "a21", "product": {"name": "A21", "product_id": "A21"}}]}]},
      {"name": "b", "product": {"name": "B", "product_id": "B"}}],
    "relationships": [{"full_product_name": {"name": "R", "product_id": "R"}}]}})");
  std::vector<std::string_view> names;
  for_each_branch(d.product_tree->branches, [&](const Branch& b) { names.push_back(*b.name); });
  EXPECT_EQ(names, (Ids{"a", "a1", "a2", "a21", "b"}));
  names.clear();
  for_each_full_product_name(*d.product_tree, [&](const FullProductName& p) { names.push_back(*p.product_id); });
  EXPECT_EQ(names, (Ids{"F", "A1", "A21", "B", "R"}));

  std::string deep = R"({"product_tree": {"branches": )";
  const int levels = 500;  // two JSON levels each: near the parser's 1,024
  for (int i = 0; i < levels; ++i) deep += R"([{"name": "n", "branches": )";
  deep += "[]";
  for (int i = 0; i < levels; ++i) deep += "}]";
  deep += "}}";
  Document chain = parse(deep);
  int visited = 0;
  for_each_branch(chain.product_tree->branches, [&](const Branch&) { ++visited; });
  EXPECT_EQ(visited, levels);
}

TEST_F(ParseDocument, RootThatIsNotAnObjectIsAnError) {
  auto root = parser_.parse("[]", "test.json");
  ASSERT_TRUE(root.ok());
  EXPECT_FALSE(parse_document(*root).ok());
}

}  // namespace
}  // namespace vt::csaf
