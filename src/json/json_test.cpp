#include "json/json.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "json/writer.h"

namespace vt::json {
namespace {

TEST(Json, ValuesKnowTheirPointer) {
  Parser p;
  auto root = p.parse(R"({"a": {"b/c": [1, {"d~e": true}]}})", "t.json");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  auto a = root->find("a");
  ASSERT_TRUE(a);
  auto bc = a->find("b/c");
  ASSERT_TRUE(bc);
  std::vector<std::string> pointers;
  for (Value item : bc->items()) pointers.push_back(item.pointer());
  EXPECT_EQ(pointers, (std::vector<std::string>{"/a/b~1c/0", "/a/b~1c/1"}));
  auto de = resolve_pointer(*root, "/a/b~1c/1/d~0e");
  ASSERT_TRUE(de.ok());
  EXPECT_TRUE(de->as_bool());
  EXPECT_EQ(de->pointer(), "/a/b~1c/1/d~0e");
}

TEST(Json, IfStringTellsAbsentFromEmpty) {
  Parser p;
  auto root = p.parse(R"({"s": "x", "e": "", "n": 1, "z": null})", "t.json");
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(root->find("s")->if_string(), std::optional<std::string_view>("x"));
  EXPECT_EQ(root->find("e")->if_string(), std::optional<std::string_view>(""));
  EXPECT_FALSE(root->find("n")->if_string());
  EXPECT_FALSE(root->find("z")->if_string());
  EXPECT_FALSE(root->if_string());
  EXPECT_FALSE(Value().if_string());
}

TEST(Json, MembersIterateInOrder) {
  Parser p;
  auto root = p.parse(R"({"z": 1, "a": "x", "m": null})", "t.json");
  ASSERT_TRUE(root.ok());
  std::string keys;
  for (auto [key, value] : root->members()) keys += std::string(key) + value.pointer() + ";";
  EXPECT_EQ(keys, "z/z;a/a;m/m;");
  EXPECT_EQ(root->size(), 3u);
  std::size_t n = 0;
  // Values live as long as their parser: keep it in a variable (a temporary in
  // the range-for initialiser dies before the loop body runs).
  Parser empty_parser;
  for (auto m : empty_parser.parse("{}", "e").value().members()) {
    (void)m;
    ++n;
  }
  EXPECT_EQ(n, 0u);
}

TEST(Json, PaddedTextsParseInPlaceAndIgnoreThePadding) {
  // Bytes beyond the size, inside the capacity, that would change the
  // document if they were read as part of it.
  std::string text = R"({"a": [1, "x"]})";
  const std::size_t size = text.size();
  text.append(Parser::kPadding + 8, ']');
  text.resize(size);
  ASSERT_GE(text.capacity(), text.size() + Parser::kPadding);
  Parser p;
  auto root = p.parse_padded(text, "t.json");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  EXPECT_EQ(root->find("a")->size(), 2u);
  EXPECT_EQ(p.text().data(), text.data());

  std::string bad = "{\n  \"a\": tru\n}";
  bad.reserve(bad.size() + Parser::kPadding);
  auto r = p.parse_padded(bad, "bad.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().to_string().find("bad.json:2:"), std::string::npos) << r.error().to_string();

  std::string tight = "[true]";  // no room for the padding: parsed from a copy
  tight.shrink_to_fit();
  auto copied = p.parse_padded(tight, "t.json");
  ASSERT_TRUE(copied.ok());
  EXPECT_EQ(copied->size(), 1u);
}

// parse_file() reads every file into one buffer: after a larger file, the
// older bytes past a shorter one's end are padding and must not count.
TEST(Json, FilesReadIntoOneBufferEndAtTheirOwnSize) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("vt_json_files_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  };
  std::string big = R"({"items": [)";
  for (int i = 0; i < 2000; ++i) big += (i ? "," : "") + std::to_string(i);
  big += "]}";
  const std::string big_path = write("big.json", big);
  const std::string cut_path = write("cut.json", R"({"a": )");
  const std::string small_path = write("small.json", "[1]");
  Parser p;
  auto first = p.parse_file(big_path);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(first->find("items")->size(), 2000u);
  auto cut = p.parse_file(cut_path);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().to_string().find("cut.json:1:7"), std::string::npos) << cut.error().to_string();
  auto small = p.parse_file(small_path);
  ASSERT_TRUE(small.ok()) << small.error().to_string();
  EXPECT_EQ(small->size(), 1u);
  EXPECT_EQ(p.text(), "[1]");
  fs::remove_all(dir);
}

TEST(Json, SyntaxErrorsCarryLineAndColumn) {
  Parser p;
  auto r = p.parse("{\n  \"a\": 1,\n  \"b\": tru\n}", "bad.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "bad.json:3:8");
  r = p.parse("{\"a\": 1", "trunc.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "trunc.json:1:8");
  r = p.parse("[1,]", "comma.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "comma.json:1:4");
}

TEST(Json, RejectsInvalidUtf8WithItsPlace) {
  Parser p;
  auto r = p.parse("{\"a\": \"x\xC0\xAFy\"}", "utf8.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "utf8.json:1:9");
  EXPECT_NE(r.error().message.find("UTF-8"), std::string::npos);
}

TEST(Json, ReportsByteOrderMarksAndUtf16) {
  Parser p;
  auto r = p.parse("\xEF\xBB\xBF{}", "bom.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("byte order mark"), std::string::npos);
  r = p.parse(std::string_view("{\0}\0", 4), "u16.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("UTF-16"), std::string::npos);
}

TEST(Json, DeepNestingIsAnErrorNotACrash) {
  Parser p;
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  auto r = p.parse(deep, "deep.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("nesting deeper than 1024"), std::string::npos);
  EXPECT_EQ(r.error().where, "deep.json:1:1025");
}

TEST(Json, NumberTextIsShortestRoundTrip) {
  Parser p;
  auto r = p.parse("[7.5, 0.1, 100, -3, 1e21, 18446744073709551615]", "n.json");
  ASSERT_TRUE(r.ok());
  std::vector<std::string> texts;
  for (Value v : r->items()) texts.push_back(v.number_text());
  EXPECT_EQ(texts, (std::vector<std::string>{"7.5", "0.1", "100", "-3", "1e+21",
                                             "18446744073709551615"}));
  EXPECT_TRUE(Parser().parse("1.0", "x").value().is_integer());
  EXPECT_FALSE(Parser().parse("1.5", "x").value().is_integer());
}

TEST(Json, OutOfRangeNumbersAreClearErrors) {
  Parser p;
  auto r = p.parse("[1e400]", "big.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "big.json");
}

TEST(JsonWriter, EscapesAndNests) {
  Writer w(0);
  w.begin_object().member("a", "q\"\n\x01").key("b").begin_array().value(1).value(true).null()
      .end_array().member("c", 0.5).end_object();
  EXPECT_EQ(w.str(), R"({"a":"q\"\n\u0001","b":[1,true,null],"c":0.5})");
  Writer pretty(2);
  pretty.begin_object().key("x").begin_array().end_array().end_object();
  EXPECT_EQ(pretty.str(), "{\n  \"x\": []\n}");
}

TEST(JsonWriter, OutputParsesBack) {
  Writer w;
  w.begin_object().member("k", std::string("v\\")).end_object();
  Parser p;
  auto r = p.parse(w.str(), "w");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->find("k")->as_string(), "v\\");
}

}  // namespace
}  // namespace vt::json
