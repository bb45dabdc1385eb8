// The schema engine's structural keywords, each on a small inline schema:
// type, enum, const, required, properties, additionalProperties,
// patternProperties, items (list and tuple forms), min/maxItems, uniqueItems,
// allOf/anyOf/oneOf/not, if/then/else; with the JSON pointer each failure names.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "validation/schema/schema_testing.h"

namespace vt::validation::schema {
namespace {

using testing_support::InlineSchema;
using testing_support::Outcome;
using Paths = std::vector<std::string>;

TEST(SchemaType, SingleTypes) {
  InlineSchema s(R"({"type":"string"})");
  EXPECT_TRUE(s.accepts(R"("x")"));
  Outcome o = s.check("12");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{""});
  EXPECT_EQ(o.message(), "expected a string, found a number");
}

TEST(SchemaType, IntegerAcceptsWholeNumbersWrittenWithAFraction) {
  InlineSchema s(R"({"type":"integer"})");
  EXPECT_TRUE(s.accepts("3"));
  EXPECT_TRUE(s.accepts("-3"));
  EXPECT_TRUE(s.accepts("3.0"));  // draft 6+: a number with a zero fraction is an integer
  EXPECT_TRUE(s.accepts("18446744073709551615"));
  EXPECT_FALSE(s.accepts("3.5"));
  EXPECT_FALSE(s.accepts(R"("3")"));
}

TEST(SchemaType, ListOfTypes) {
  InlineSchema s(R"({"type":["null","boolean","array"]})");
  EXPECT_TRUE(s.accepts("null"));
  EXPECT_TRUE(s.accepts("false"));
  EXPECT_TRUE(s.accepts("[]"));
  Outcome o = s.check("{}");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.message(), "expected an array, a boolean or null, found an object");
}

TEST(SchemaType, BooleanSchemas) {
  InlineSchema s(R"({"properties":{"yes":true,"no":false}})");
  EXPECT_TRUE(s.accepts(R"({"yes":[1,{}]})"));
  Outcome o = s.check(R"({"no":1})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/no"});
}

// Members are matched to properties by length and first seven bytes, then
// the rest (Node::property_prefixes): names alike in those must still be told
// apart, long names past the saturated length too.
TEST(SchemaProperties, NamesAlikeInLengthAndPrefixAreToldApart) {
  const std::string long_a = std::string(300, 'x') + "a", long_b = std::string(300, 'x') + "b";
  const std::string longer = std::string(400, 'x');
  InlineSchema s(R"({"properties":{"product_a":{"type":"string"},"product_b":{"type":"integer"},)"
                 R"("":{"type":"null"},"ab":{"type":"boolean"},")" +
                     long_a + R"(":{"type":"string"},")" + long_b +
                     R"(":{"type":"integer"}},"additionalProperties":false})");
  EXPECT_TRUE(s.accepts(R"({"product_a":"x","product_b":1,"":null,"ab":true})"));
  EXPECT_TRUE(s.accepts(R"({")" + long_a + R"(":"x",")" + long_b + R"(":2})"));
  Outcome o = s.check(R"({"product_a":1,"product_b":"x"})");
  EXPECT_EQ(o.paths(), (Paths{"/product_a", "/product_b"}));
  EXPECT_EQ(s.check(R"({")" + long_b + R"(":"x"})").paths(), Paths{"/" + long_b});
  // Same prefix and saturated length, different names: not a property.
  EXPECT_EQ(s.check(R"({")" + longer + R"(":1})").message(), "property \"" + std::string(80, 'x') + "...\" is not allowed here");
  EXPECT_FALSE(s.accepts(R"({"product_c":1})"));
  EXPECT_FALSE(s.accepts(R"({"a":true})"));
  EXPECT_FALSE(s.accepts(R"({"abc":true})"));
}

// Names of up to seven bytes are matched on their prefix alone: it must hold
// every byte; longer ones on the prefix, their last eight bytes and (past 15
// bytes) the middle. Each length 1..40, each position changed in turn.
TEST(SchemaProperties, ShortNamesDifferingInAnyByteAreToldApart) {
  for (std::size_t length = 1; length <= 40; ++length) {
    const std::string name(length, 'm');
    InlineSchema s(R"({"properties":{")" + name + R"(":{"type":"string"}},"additionalProperties":false})");
    EXPECT_TRUE(s.accepts(R"({")" + name + R"(":"x"})")) << name;
    for (std::size_t i = 0; i < length; ++i) {
      std::string other = name;
      other[i] = 'n';
      EXPECT_FALSE(s.accepts(R"({")" + other + R"(":"x"})")) << other;
    }
    EXPECT_FALSE(s.accepts(R"({")" + name + R"(m":"x"})")) << name << "m";
  }
}

// The lookup starts after the property matched last (members usually come
// in the schema's order) and wraps around: members in any order, repeated
// or unknown, are each found. Every order of four members, each member of
// the wrong type in turn, must be reported at its own pointer.
TEST(SchemaProperties, MembersAreFoundInAnyOrder) {
  InlineSchema s(R"({"properties":{"a":{"type":"string"},"b":{"type":"integer"},)"
                 R"("c":{"type":"boolean"},"d":{"type":"null"}},"required":["a","b","c","d"],)"
                 R"("additionalProperties":false})");
  const std::map<char, std::pair<std::string, std::string>> value = {
      {'a', {"\"x\"", "1"}}, {'b', {"1", "\"x\""}}, {'c', {"true", "null"}}, {'d', {"null", "false"}}};
  std::string order = "abcd";
  int orders = 0;
  do {
    ++orders;
    for (char wrong : std::string("-abcd")) {
      std::string doc = "{";
      for (char m : order) {
        if (doc.size() > 1) doc += ',';
        doc += std::string("\"") + m + "\":" + (m == wrong ? value.at(m).second : value.at(m).first);
      }
      doc += '}';
      Outcome o = s.check(doc);
      if (wrong == '-')
        EXPECT_TRUE(o.valid) << doc << ": " << o.message();
      else
        EXPECT_EQ(o.paths(), Paths{std::string("/") + wrong}) << doc;
    }
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(orders, 24);
  // A repeated member is checked each time; an unknown one between known ones.
  EXPECT_EQ(s.check(R"({"b":1,"a":"x","b":"y","c":true,"d":null})").paths(), Paths{"/b"});
  EXPECT_EQ(s.check(R"({"d":null,"z":1,"a":"x","b":1,"c":true})").paths(), Paths{"/z"});
}

TEST(SchemaEnum, StringsAndOtherValues) {
  InlineSchema s(R"({"enum":["a","b",1,{"k":[true]},null]})");
  EXPECT_TRUE(s.accepts(R"("b")"));
  EXPECT_TRUE(s.accepts("1.0"));  // numbers compare by value
  EXPECT_TRUE(s.accepts(R"({"k":[true]})"));
  EXPECT_TRUE(s.accepts("null"));
  EXPECT_FALSE(s.accepts(R"("c")"));
  EXPECT_FALSE(s.accepts(R"({"k":[false]})"));
  EXPECT_FALSE(s.accepts("true"));
}

TEST(SchemaEnum, OnlyStringsFastPathStillRejectsOtherTypes) {
  InlineSchema s(R"({"properties":{"c":{"enum":["vendor","product"]}}})");
  EXPECT_TRUE(s.accepts(R"({"c":"vendor"})"));
  Outcome o = s.check(R"({"c":"Vendor"})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/c"});
  EXPECT_EQ(o.message(), R"("Vendor" is not one of: "vendor", "product")");
  EXPECT_FALSE(s.accepts(R"({"c":["vendor"]})"));
}

// String enums are matched as member names are (prefix, then the rest):
// values alike in length and first bytes, each byte changed in turn, lengths
// 1..40, must be told apart.
TEST(SchemaEnum, StringsDifferingInAnyByteAreToldApart) {
  for (std::size_t length = 1; length <= 40; ++length) {
    const std::string value(length, 'v');
    InlineSchema s(R"({"enum":[")" + value + R"(","w"]})");
    EXPECT_TRUE(s.accepts(R"(")" + value + R"(")")) << value;
    for (std::size_t i = 0; i < length; ++i) {
      std::string other = value;
      other[i] = 'u';
      EXPECT_FALSE(s.accepts(R"(")" + other + R"(")")) << other;
    }
    EXPECT_FALSE(s.accepts(R"(")" + value + R"(v")")) << value << "v";
  }
}

TEST(SchemaConst, ComparesCanonically) {
  InlineSchema s(R"({"const":{"a":1,"b":[1,2]}})");
  EXPECT_TRUE(s.accepts(R"({"b":[1,2],"a":1})"));  // member order does not matter
  EXPECT_TRUE(s.accepts(R"({"a":1.0,"b":[1,2]})"));
  EXPECT_FALSE(s.accepts(R"({"a":1,"b":[2,1]})"));  // item order does
  EXPECT_FALSE(s.accepts(R"({"a":1,"b":[1,2],"c":0})"));
  InlineSchema version(R"({"const":"2.0"})");
  EXPECT_TRUE(version.accepts(R"("2.0")"));
  Outcome o = version.check(R"("2.1")");
  EXPECT_EQ(o.message(), R"(must be "2.0")");
}

TEST(SchemaObject, RequiredNamesTheObject) {
  InlineSchema s(R"({"properties":{"doc":{"type":"object","required":["category","title"]}}})");
  EXPECT_TRUE(s.accepts(R"({"doc":{"category":"x","title":"y"}})"));
  Outcome o = s.check(R"({"doc":{"category":"x"}})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/doc"});
  EXPECT_EQ(o.message(), R"(missing required property "title")");
  EXPECT_EQ(s.check(R"({"doc":{}})").findings.size(), 2u);
}

TEST(SchemaObject, PropertiesApplyOnlyToPresentMembers) {
  InlineSchema s(R"({"properties":{"n":{"type":"integer"},"s":{"type":"string"}}})");
  EXPECT_TRUE(s.accepts("{}"));
  EXPECT_TRUE(s.accepts(R"({"n":1,"other":[]})"));
  EXPECT_TRUE(s.accepts(R"("not an object")"));  // no type keyword: other types pass
  Outcome o = s.check(R"({"n":"1","s":2})");
  EXPECT_EQ(o.paths(), (Paths{"/n", "/s"}));
}

TEST(SchemaObject, AdditionalPropertiesFalseAndSchema) {
  InlineSchema closed(R"({"properties":{"a":{}},"additionalProperties":false})");
  EXPECT_TRUE(closed.accepts(R"({"a":1})"));
  Outcome o = closed.check(R"({"a":1,"b~/":2})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/b~0~1"});  // pointer escaping of ~ and /
  EXPECT_EQ(o.message(), R"(property "b~/" is not allowed here)");

  InlineSchema typed(R"({"properties":{"a":{}},"additionalProperties":{"type":"number"}})");
  EXPECT_TRUE(typed.accepts(R"({"a":"x","b":2})"));
  EXPECT_EQ(typed.check(R"({"a":"x","b":"2"})").paths(), Paths{"/b"});
}

TEST(SchemaObject, PatternPropertiesCountAsKnown) {
  InlineSchema s(R"({"patternProperties":{"^x_":{"type":"string"}},"additionalProperties":false})");
  EXPECT_TRUE(s.accepts(R"({"x_a":"1"})"));
  EXPECT_EQ(s.check(R"({"x_a":1})").paths(), Paths{"/x_a"});
  EXPECT_EQ(s.check(R"({"y":"1"})").paths(), Paths{"/y"});
}

TEST(SchemaObject, StrictLoadClosesObjectsThatListProperties) {
  InlineSchema strict(R"({"properties":{"a":{"properties":{"b":{}}}}})", {.strict = true});
  EXPECT_TRUE(strict.accepts(R"({"a":{"b":1}})"));
  EXPECT_EQ(strict.check(R"({"a":{"b":1,"c":2}})").paths(), Paths{"/a/c"});
  InlineSchema lax(R"({"properties":{"a":{"properties":{"b":{}}}}})");
  EXPECT_TRUE(lax.accepts(R"({"a":{"b":1,"c":2}})"));
}

TEST(SchemaArray, ItemsAndPointersWithIndexes) {
  InlineSchema s(R"({"properties":{"list":{"items":{"type":"string"}}}})");
  EXPECT_TRUE(s.accepts(R"({"list":[]})"));
  EXPECT_TRUE(s.accepts(R"({"list":["a","b"]})"));
  EXPECT_EQ(s.check(R"({"list":["a",2,"c",true]})").paths(), (Paths{"/list/1", "/list/3"}));
}

TEST(SchemaArray, TupleItemsWithAdditionalItems) {
  InlineSchema s(R"({"items":[{"type":"string"},{"type":"number"}],"additionalItems":false})");
  EXPECT_TRUE(s.accepts(R"(["a",1])"));
  EXPECT_TRUE(s.accepts(R"(["a"])"));
  EXPECT_EQ(s.check(R"([1,1])").paths(), Paths{"/0"});
  Outcome o = s.check(R"(["a",1,null])");
  EXPECT_EQ(o.paths(), Paths{"/2"});
  EXPECT_EQ(o.message(), "no more than 2 items are allowed");
}

TEST(SchemaArray, MinAndMaxItems) {
  InlineSchema s(R"({"minItems":1,"maxItems":2})");
  EXPECT_FALSE(s.accepts("[]"));
  EXPECT_TRUE(s.accepts("[1]"));
  EXPECT_TRUE(s.accepts("[1,2]"));
  Outcome o = s.check("[1,2,3]");
  EXPECT_EQ(o.paths(), Paths{""});
  EXPECT_EQ(o.message(), "must have at most 2 items, has 3");
  EXPECT_EQ(s.check("[]").message(), "must have at least 1 items, has 0");
}

TEST(SchemaArray, UniqueItemsByValue) {
  InlineSchema s(R"({"properties":{"u":{"uniqueItems":true}}})");
  EXPECT_TRUE(s.accepts(R"({"u":["a","b",1,"1",{"a":1},{"a":2}]})"));
  Outcome strings = s.check(R"({"u":["a","b","a"]})");
  EXPECT_EQ(strings.paths(), Paths{"/u"});
  EXPECT_EQ(strings.message(), R"(duplicate item "a": all items must be unique)");
  EXPECT_FALSE(s.accepts(R"({"u":[1,1.0]})"));
  EXPECT_FALSE(s.accepts(R"({"u":[{"a":1,"b":2},{"b":2,"a":1}]})"));
  EXPECT_FALSE(s.accepts(R"({"u":[[1,"x"],[1,"x"]]})"));
  InlineSchema off(R"({"uniqueItems":false})");
  EXPECT_TRUE(off.accepts(R"(["a","a"])"));
}

TEST(SchemaArray, UniqueItemsInLongAndNestedLists) {
  // Long lists, lists of lists sharing the walker's string stack, and the
  // smallest duplicate named when there are several.
  InlineSchema s(R"({"uniqueItems":true,"items":{"uniqueItems":true}})");
  std::string ids;
  for (int i = 0; i < 300; ++i)
    ids += (i ? ",\"CSAFPID-" : "\"CSAFPID-") + std::to_string(1000 + i) + "\"";
  EXPECT_TRUE(s.accepts("[[" + ids + "],[\"x\"],[\"y\",\"x\"]]"));
  Outcome inner = s.check("[[" + ids + ",\"CSAFPID-1299\",\"CSAFPID-1007\"],[\"z\"]]");
  EXPECT_EQ(inner.paths(), Paths{"/0"});
  EXPECT_EQ(inner.message(), R"(duplicate item "CSAFPID-1007": all items must be unique)");
  Outcome outer = s.check(R"([["a"],["b","c"],"q",["e"],"q"])");
  EXPECT_EQ(outer.paths(), Paths{""});
  EXPECT_EQ(outer.message(), R"(duplicate item "q": all items must be unique)");
}

TEST(SchemaArray, UniqueItemsOverManyObjectsNamesTheFirstRepeat) {
  // Objects go through their canonical text (members sorted): the first
  // item equal to an earlier one is reported, once, however many follow.
  InlineSchema s(R"({"properties":{"u":{"uniqueItems":true}}})");
  std::string items;
  for (int i = 0; i < 200; ++i)
    items += "{\"category\":\"x\",\"text\":\"note " + std::to_string(i) + "\"},";
  EXPECT_TRUE(s.accepts("{\"u\":[" + items + "[1]]}"));
  Outcome o = s.check("{\"u\":[" + items +
                      R"({"text":"note 7","category":"x"},{"category":"x","text":"note 9"}]})");
  EXPECT_EQ(o.paths(), Paths{"/u/200"});
  EXPECT_EQ(o.message(), "duplicate item: all items must be unique");
}

TEST(SchemaCombinators, AllOfReportsEveryFailure) {
  InlineSchema s(R"({"allOf":[{"type":"string"},{"minLength":3},{"pattern":"^a"}]})");
  EXPECT_TRUE(s.accepts(R"("abc")"));
  EXPECT_EQ(s.check(R"("b")").findings.size(), 2u);
}

TEST(SchemaCombinators, AnyOfReportsTheClosestAlternative) {
  InlineSchema s(R"({"properties":{"v":{"anyOf":[{"type":"string","maxLength":1},
      {"type":"object","required":["a","b"]}]}}})");
  EXPECT_TRUE(s.accepts(R"({"v":"x"})"));
  EXPECT_TRUE(s.accepts(R"({"v":{"a":1,"b":2}})"));
  Outcome o = s.check(R"({"v":{"a":1}})");
  EXPECT_FALSE(o.valid);
  ASSERT_EQ(o.findings.size(), 2u);
  EXPECT_EQ(o.paths(), (Paths{"/v", "/v"}));
  EXPECT_EQ(o.findings[1].message, R"(missing required property "b")");
}

TEST(SchemaCombinators, OneOfNeedsExactlyOne) {
  InlineSchema s(R"({"oneOf":[{"type":"integer"},{"minimum":2}]})");
  EXPECT_TRUE(s.accepts("1"));    // integer only
  EXPECT_TRUE(s.accepts("2.5"));  // minimum only
  Outcome both = s.check("3");
  EXPECT_FALSE(both.valid);
  EXPECT_EQ(both.message(), "matches 2 of the alternatives, exactly one is allowed (oneOf)");
  EXPECT_FALSE(s.accepts("1.5"));  // neither
}

TEST(SchemaCombinators, Not) {
  InlineSchema s(R"({"properties":{"x":{"not":{"type":"string"}}}})");
  EXPECT_TRUE(s.accepts(R"({"x":1})"));
  Outcome o = s.check(R"({"x":"s"})");
  EXPECT_FALSE(o.valid);
  EXPECT_EQ(o.paths(), Paths{"/x"});
}

TEST(SchemaCombinators, IfThenElse) {
  InlineSchema s(R"({"if":{"properties":{"k":{"const":"a"}}},
      "then":{"required":["a"]},"else":{"required":["b"]}})");
  EXPECT_TRUE(s.accepts(R"({"k":"a","a":1})"));
  EXPECT_TRUE(s.accepts(R"({"k":"z","b":1})"));
  EXPECT_FALSE(s.accepts(R"({"k":"a","b":1})"));
  EXPECT_FALSE(s.accepts(R"({"k":"z","a":1})"));
}

// A member's or item's value under a leaf schema (scalar keywords only) is
// checked on a shorter path than the root value (Walker::visit_child): the
// same values must get the same findings, in the same order, either way.
// Leaves (and string leaves, whose string values are checked in line) give
// a member or an item the findings the same schema gives the root.
TEST(SchemaFindings, LeafSchemasJudgeMembersAndItemsAsTheRoot) {
  const std::vector<std::string> leaves = {
      R"({"type":["string","number"],"enum":["ab","abc",7],"minLength":2,"maximum":8})",
      R"({"type":"string","enum":["ab","abc","b"],"minLength":2,"pattern":"^a"})",
      R"({"type":"string","minLength":2,"maxLength":12,"format":"date"})",
      R"({"type":"string","const":"ab"})",
      R"({"type":"string"})"};
  const std::vector<std::string> values = {R"("ab")", "7", R"("a")", "9", "true", R"("abcd")", "null",
                                           R"("b")", R"("abc")", R"("2024-01-31")", R"("")"};
  for (const std::string& leaf : leaves) {
    InlineSchema root(leaf);
    InlineSchema member(R"({"properties":{"v":)" + leaf + "}}");
    InlineSchema item(R"({"items":)" + leaf + "}");
    InlineSchema verdict(R"({"oneOf":[{"properties":{"v":)" + leaf + R"(}},{"required":["w"]}]})");
    for (const std::string& value : values) {
      const Outcome a = root.check(value), b = member.check(R"({"v":)" + value + "}"),
                    c = item.check("[" + value + "]");
      EXPECT_EQ(b.valid, a.valid) << leaf << " " << value;
      EXPECT_EQ(c.valid, a.valid) << leaf << " " << value;
      ASSERT_EQ(b.findings.size(), a.findings.size()) << leaf << " " << value;
      ASSERT_EQ(c.findings.size(), a.findings.size()) << leaf << " " << value;
      for (std::size_t i = 0; i < a.findings.size(); ++i) {
        EXPECT_EQ(b.findings[i].message, a.findings[i].message) << leaf << " " << value;
        EXPECT_EQ(b.findings[i].path, "/v") << value;
        EXPECT_EQ(c.findings[i].message, a.findings[i].message) << leaf << " " << value;
        EXPECT_EQ(c.findings[i].path, "/0") << value;
      }
      // Inside oneOf only the verdict is taken: the first alternative alone decides here.
      EXPECT_EQ(verdict.accepts(R"({"v":)" + value + "}"), a.valid) << leaf << " " << value;
    }
  }
  InlineSchema mixed(leaves[0]);
  EXPECT_EQ(mixed.check(R"("a")").findings.size(), 2u);  // enum and minLength, both reported
  EXPECT_FALSE(mixed.accepts("true"));
  EXPECT_TRUE(mixed.accepts("7"));
  InlineSchema strings(leaves[1]);
  EXPECT_EQ(strings.check(R"("b")").findings.size(), 2u);  // minLength and pattern
  EXPECT_EQ(strings.check(R"({"v":"abcd"})").findings.size(), 1u);  // not a string: the type alone
  EXPECT_EQ(InlineSchema(leaves[2]).check(R"("2024")").message(), R"("2024" is not an RFC 3339 full-date (YYYY-MM-DD))");
}

TEST(SchemaFindings, PrefixedByTheInstancePointer) {
  // Validating a value inside a larger document reports pointers from the root.
  json::Parser parser;
  auto root = parser.parse(R"({"outer":[{"n":1}]})", "instance");
  ASSERT_TRUE(root.ok());
  auto inner = json::resolve_pointer(*root, "/outer/0");
  ASSERT_TRUE(inner.ok());
  testing_support::SchemaFiles files;
  auto v = Validator::load(files.write("s.json", R"({"properties":{"n":{"type":"string"}}})"), {});
  ASSERT_TRUE(v.ok());
  std::vector<Finding> out;
  EXPECT_FALSE((*v)->validate(*inner, out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].path, "/outer/0/n");
  EXPECT_EQ(out[0].test, "schema");
}

}  // namespace
}  // namespace vt::validation::schema
