// The purl-spec test suites, read as data: the legacy test-suite-data.json
// and every file under tests/ (spec and per-type): parse, build and
// validate (round trip to canonical) cases. Cases we read differently are
// listed in docs/conformance.md, not skipped here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/file.h"
#include "json/json.h"
#include "version/purl.h"

namespace vt::version {
namespace {

const std::string kSuite = VT_SHARED_DIR "/testsuites/purl";

// Cases we read differently from the suite, with the reason: data, so the
// list is reviewed like code and cannot grow silently.
std::map<std::string, std::string> known_disagreements() {
  std::map<std::string, std::string> out;
  std::ifstream in(VT_SOURCE_DIR "/tests/data/purl_disagreements.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    out[line.substr(0, tab)] = tab == std::string::npos ? "" : line.substr(tab + 1);
  }
  return out;
}

// Failures are collected by key and compared with the known list at the end.
struct Outcome {
  std::set<std::string> failed;
  void fail(const std::string& key, const std::string& what) {
    failed.insert(key);
    if (!known_disagreements().count(key)) ADD_FAILURE() << key << ": " << what;
  }
};

void check_known(const Outcome& o, const std::string& prefix) {
  for (const auto& [key, reason] : known_disagreements())
    if (key.rfind(prefix, 0) == 0 && !o.failed.count(key))
      ADD_FAILURE() << key << " now agrees with the suite: remove it from tests/data/purl_disagreements.tsv";
}

std::string str(const json::Value& object, std::string_view key) {
  auto v = object.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// Builds a Purl from the suite's component object (build cases).
Purl from_components(const json::Value& in) {
  Purl p;
  p.type = str(in, "type");
  p.namespace_ = str(in, "namespace");
  p.name = str(in, "name");
  p.version = str(in, "version");
  p.subpath = str(in, "subpath");
  if (auto q = in.find("qualifiers"); q && q->is_object())
    for (auto [k, v] : q->members())
      if (v.is_string()) p.qualifiers.emplace_back(std::string(k), std::string(v.as_string()));
  normalize(p);
  return p;
}

// A parsed purl equals the suite's expected components.
std::string compare_components(const Purl& got, const json::Value& want) {
  std::string diff;
  auto check = [&](const char* key, const std::string& value) {
    if (str(want, key) != value) diff += std::string(" ") + key + "=" + value + " (want " + str(want, key) + ")";
  };
  check("type", got.type);
  check("namespace", got.namespace_);
  check("name", got.name);
  check("version", got.version);
  check("subpath", got.subpath);
  std::vector<std::pair<std::string, std::string>> quals;
  if (auto q = want.find("qualifiers"); q && q->is_object())
    for (auto [k, v] : q->members()) quals.emplace_back(std::string(k), std::string(v.as_string()));
  std::sort(quals.begin(), quals.end());
  if (quals != got.qualifiers) diff += " qualifiers differ";
  return diff;
}

TEST(PurlConformance, PerTypeAndSpecificationTests) {
  std::size_t cases = 0;
  Outcome o;
  json::Parser parser;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kSuite + "/tests"))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 30u);
  for (const std::string& file : files) {
    auto root = parser.parse_file(file);
    ASSERT_TRUE(root.ok()) << root.error().to_string();
    for (json::Value t : root->find("tests")->items()) {
      ++cases;
      const std::string type = str(t, "test_type");
      const bool fail = t.find("expected_failure") && t.find("expected_failure")->as_bool();
      const json::Value input = *t.find("input");
      const std::string key = file.substr(kSuite.size() + 1) + "#" + t.pointer();
      const std::string where = str(t, "description");
      if (type == "build") {
        Purl p = from_components(input);
        auto reparsed = parse_purl(p.to_string());
        if (fail) {
          if (reparsed.ok()) o.fail(key, where + std::string() + ": built " + p.to_string() + ", expected a failure");
        } else if (p.to_string() != str(t, "expected_output")) {
          o.fail(key, where + std::string() + ": built " + p.to_string() + ", want " + str(t, "expected_output"));
        }
        continue;
      }
      auto parsed = parse_purl(input.as_string());
      if (fail) {
        if (parsed.ok()) o.fail(key, where + std::string() + ": parsed " + parsed->to_string() + ", expected a failure");
        continue;
      }
      if (!parsed.ok()) {
        o.fail(key, where + std::string() + ": " + parsed.error().to_string());
        continue;
      }
      if (type == "parse") {
        std::string diff = compare_components(*parsed, *t.find("expected_output"));
        if (!diff.empty()) o.fail(key, where + std::string() + ":" + diff);
      } else if (parsed->to_string() != str(t, "expected_output")) {  // validate: round trip to canonical
        o.fail(key, where + std::string() + ": canonical " + parsed->to_string() + ", want " + str(t, "expected_output"));
      } else if (auto again = parse_purl(parsed->to_string()); !again.ok() || !(*again == *parsed)) {
        o.fail(key, where + std::string() + ": parse(to_string(p)) != p");
      }
    }
  }
  EXPECT_EQ(cases, 586u);
  check_known(o, "tests/");
  std::cout << "purl suite (tests/): " << cases - o.failed.size() << "/" << cases << " cases agree\n";
}

TEST(PurlConformance, LegacyTestSuiteData) {
  json::Parser parser;
  auto root = parser.parse_file(kSuite + "/test-suite-data.json");
  ASSERT_TRUE(root.ok());
  std::size_t cases = 0;
  Outcome o;
  for (json::Value t : root->items()) {
    ++cases;
    const bool invalid = t.find("is_invalid")->as_bool();
    auto parsed = parse_purl(str(t, "purl"));
    const std::string key = "legacy:" + str(t, "purl");
    const std::string where = str(t, "description");
    if (invalid) {
      if (parsed.ok()) o.fail(key, where + std::string() + ": parsed, expected a failure");
      continue;
    }
    if (!parsed.ok()) {
      o.fail(key, where + std::string() + ": " + parsed.error().to_string());
      continue;
    }
    if (parsed->to_string() != str(t, "canonical_purl"))
      o.fail(key, where + std::string() + ": canonical " + parsed->to_string() + ", want " + str(t, "canonical_purl"));
    std::string diff = compare_components(*parsed, t);
    if (!diff.empty()) o.fail(key, where + std::string() + ":" + diff);
  }
  EXPECT_EQ(cases, 59u);
  check_known(o, "legacy:");
  std::cout << "purl legacy suite: " << cases - o.failed.size() << "/" << cases << " cases agree\n";
}

// Our type rule table against every type definition of the suite: namespace
// requirement and which components are case-insensitive.
TEST(PurlConformance, TypeDefinitions) {
  json::Parser parser;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(kSuite + "/types"))
    if (e.path().string().ends_with("-definition.json")) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    auto root = parser.parse_file(file);
    ASSERT_TRUE(root.ok()) << root.error().to_string();
    const std::string type = str(*root, "type");
    auto rules = purl_type_rules(type);
    if (!rules) {
      ADD_FAILURE() << file << ": no rules for type " << type;
      continue;
    }
    // A component is lowercased when its definition says case_sensitive: false.
    auto insensitive = [&](const char* component) {
      auto def = root->find(component);
      if (!def || !def->is_object()) return false;
      auto cs = def->find("case_sensitive");
      return cs && cs->is_bool() && !cs->as_bool();
    };
    std::string requirement = "optional";
    if (auto def = root->find("namespace_definition"); def && def->is_object()) requirement = str(*def, "requirement");
    using Ns = PurlTypeRules::Namespace;
    const Ns want = requirement == "required" ? Ns::kRequired : requirement == "prohibited" ? Ns::kProhibited : Ns::kOptional;
    EXPECT_EQ(static_cast<int>(rules->ns), static_cast<int>(want)) << type << " namespace " << requirement;
    EXPECT_EQ(rules->lower_namespace, insensitive("namespace_definition")) << type << " namespace case";
    EXPECT_EQ(rules->lower_name, insensitive("name_definition")) << type << " name case";
    EXPECT_EQ(rules->lower_version, insensitive("version_definition")) << type << " version case";
  }
  EXPECT_EQ(files.size(), 42u);
}

}  // namespace
}  // namespace vt::version
