// The package-url vers-spec test suite (../shared/testsuites/vers/tests),
// one runner per file: parse, validate, containment, comparison, equality
// and from_native (native range syntax such as npm's "^1.2") cases. Types
// without an ordering here are counted, not run; from_native cases we read
// differently are listed in tests/data/vers_native_disagreements.tsv with
// our output and the reason. The counts are asserted per file so that
// nothing is skipped silently.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "json/json.h"
#include "version/vers.h"
#include "version/vers_native.h"
#include "version/vers_schemes.h"

namespace vt::version {
namespace {

struct Counts {
  int total = 0;
  int run = 0;
  int unsupported_type = 0;  // the type has no ordering here (kUnsupported)
  int disagreed = 0;         // run, and listed in vers_native_disagreements.tsv
};

// A from_native case we answer differently from the suite: what we
// produce, and why (docs/conformance.md says more).
struct Disagreement {
  std::string ours;
  std::string reason;
  bool seen = false;
};

// Keyed by scheme TAB native range; the file is data, reviewed like code.
std::map<std::string, Disagreement>& native_disagreements() {
  static std::map<std::string, Disagreement> table = [] {
    std::map<std::string, Disagreement> out;
    std::ifstream in(VT_SOURCE_DIR "/tests/data/vers_native_disagreements.tsv");
    EXPECT_TRUE(in.good()) << "tests/data/vers_native_disagreements.tsv";
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      for (size_t start = 0;;) {
        const size_t tab = line.find('\t', start);
        f.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      EXPECT_EQ(f.size(), 4u) << "scheme, native range, our output, reason: " << line;
      if (f.size() == 4) out[f[0] + "\t" + f[1]] = Disagreement{f[2], f[3]};
    }
    return out;
  }();
  return table;
}

std::string str(const json::Value& v) { return std::string(v.as_string()); }

// Sorts with the type's order (insertion sort: stable, error-aware).
Result<std::vector<std::string>> sorted(VersionOrder order, std::vector<std::string> v) {
  for (size_t i = 1; i < v.size(); ++i)
    for (size_t j = i; j > 0; --j) {
      VT_ASSIGN_OR_RETURN(int r, order(v[j - 1], v[j]));
      if (r <= 0) break;
      std::swap(v[j - 1], v[j]);
    }
  return v;
}

void run_case(const json::Value& t, Counts& counts) {
  const std::string type = str(*t.find("test_type"));
  const std::string desc = str(*t.find("description"));
  const auto input = *t.find("input");
  const auto expected = t.find("expected_output");
  const auto failure = t.find("expected_failure");
  const bool must_fail = failure && failure->as_bool();
  ++counts.total;

  if (type == "from_native") {
    ++counts.run;
    const std::string scheme = str(*input.find("scheme"));
    const std::string native = str(*input.find("native_range"));
    auto got = vers_from_native(scheme, native);
    const std::string ours = got.ok() ? *got : "error: " + got.error().message;
    auto known = native_disagreements().find(scheme + "\t" + native);
    if (known != native_disagreements().end()) {
      ++counts.disagreed;
      known->second.seen = true;
      EXPECT_EQ(ours, known->second.ours) << scheme << " '" << native << "' (listed disagreement)";
      if (!must_fail) {
        EXPECT_NE(ours, str(*expected)) << scheme << " '" << native << "' now agrees: unlist it";
      }
      return;
    }
    if (must_fail) {
      if (got.ok()) ADD_FAILURE() << scheme << " '" << native << "' should fail, gave " << *got;
      return;
    }
    EXPECT_EQ(ours, str(*expected)) << desc << ": " << scheme << " '" << native << "'";
    return;
  }
  if (type == "comparison" || type == "equality") {
    auto order = vers_order(str(*input.find("input_scheme")));
    if (!order.ok()) {
      EXPECT_EQ(order.error().code, ErrorCode::kUnsupported);
      ++counts.unsupported_type;
      return;
    }
    ++counts.run;
    std::vector<std::string> versions;
    for (auto v : input.find("versions")->items()) versions.push_back(str(v));
    if (type == "equality") {
      auto r = (*order)(versions.at(0), versions.at(1));
      if (!r.ok() || (*r == 0) != expected->as_bool())
        ADD_FAILURE() << desc << ": " << versions[0] << " == " << versions[1] << " should be "
                      << expected->as_bool() << (r.ok() ? "" : " (" + r.error().to_string() + ")");
      return;
    }
    std::vector<std::string> want;
    for (auto v : expected->items()) want.push_back(str(v));
    // Expected lists may hold a type's normalised spelling (NuGet lowercases
    // labels), so position i must be equal under the order, not as text.
    auto got = sorted(*order, versions);
    bool same = got.ok() && got->size() == want.size();
    for (size_t i = 0; same && i < want.size(); ++i) {
      auto r = (*order)((*got)[i], want[i]);
      same = r.ok() && *r == 0;
    }
    if (!same) {
      std::string g;
      if (got.ok())
        for (auto& s : *got) g += s + " ";
      ADD_FAILURE() << desc << ": sorted " << versions[0] << " " << versions[1] << " ... to " << g
                    << (got.ok() ? "" : got.error().to_string());
    }
    return;
  }
  if (type == "containment") {
    const std::string vers = str(*input.find("vers"));
    const std::string version = str(*input.find("version"));
    ++counts.run;
    auto range = normalize_vers(vers);
    if (!range.ok()) {
      ADD_FAILURE() << vers << ": " << range.error().to_string();
      return;
    }
    auto in = contains(*range, version);
    if (!in.ok() || *in != expected->as_bool())
      ADD_FAILURE() << vers << " contains " << version << " should be " << expected->as_bool();
    return;
  }
  if (type == "parse") {
    ++counts.run;
    const std::string text = str(input);
    auto r = parse_vers(text);
    if (must_fail) {
      if (r.ok()) ADD_FAILURE() << text << " should fail: " << str(*t.find("expected_message"));
      return;
    }
    if (!r.ok()) {
      ADD_FAILURE() << text << ": " << r.error().to_string();
      return;
    }
    EXPECT_EQ(r->type, str(*expected->find("scheme"))) << text;
    std::vector<std::pair<std::string, std::string>> want, got;
    for (auto c : expected->find("version_constraints")->items()) {
      std::vector<std::string> pair;
      for (auto x : c.items()) pair.push_back(str(x));
      want.emplace_back(pair.at(0), pair.at(1));
    }
    for (const auto& c : r->constraints) got.emplace_back(to_string(c.comparator), c.version);
    EXPECT_EQ(got, want) << text;
    return;
  }
  if (type == "validate") {
    ++counts.run;
    const std::string text = str(input);
    auto r = normalize_vers(text);
    if (must_fail) {
      if (r.ok()) ADD_FAILURE() << text << " should fail";
      return;
    }
    if (!r.ok()) {
      ADD_FAILURE() << text << ": " << r.error().to_string();
      return;
    }
    EXPECT_EQ(to_string(*r), str(*expected)) << text;
    return;
  }
  ADD_FAILURE() << "unknown test_type " << type;
}

Counts run_file(const std::string& name) {
  json::Parser parser;
  auto doc = parser.parse_file(std::string(VT_SHARED_DIR) + "/testsuites/vers/tests/" + name);
  Counts counts;
  if (!doc.ok()) {
    ADD_FAILURE() << doc.error().to_string();
    return counts;
  }
  for (auto t : doc->find("tests")->items()) run_case(t, counts);
  return counts;
}

void expect_counts(const std::string& name, int total, int run, int unsupported, int disagreed) {
  const Counts c = run_file(name);
  EXPECT_EQ(c.total, total) << name;
  EXPECT_EQ(c.run, run) << name;
  EXPECT_EQ(c.unsupported_type, unsupported) << name;
  EXPECT_EQ(c.disagreed, disagreed) << name;
}

TEST(VersSuite, CanonicalParse) { expect_counts("vers_canonical_parse_test.json", 12, 12, 0, 0); }
TEST(VersSuite, PypiValidate) { expect_counts("pypi_range_validate_test.json", 19, 19, 0, 0); }
TEST(VersSuite, PypiContainment) {
  expect_counts("pypi_range_containment_test.json", 10, 10, 0, 0);
}
TEST(VersSuite, NpmContainment) { expect_counts("npm_range_containment_test.json", 1, 1, 0, 0); }
TEST(VersSuite, AlpineOrder) { expect_counts("alpine_version_cmp_test.json", 716, 716, 0, 0); }
TEST(VersSuite, AlpmOrder) { expect_counts("alpm_version_cmp_test.json", 42, 42, 0, 0); }
TEST(VersSuite, OpensslOrder) { expect_counts("openssl_version_cmp_test.json", 44, 44, 0, 0); }
TEST(VersSuite, DatetimeOrder) { expect_counts("datetime_version_cmp_test.json", 7, 7, 0, 0); }
TEST(VersSuite, LexicographicOrder) { expect_counts("lexicographic-test.json", 8, 8, 0, 0); }
TEST(VersSuite, MavenOrder) { expect_counts("maven_version_cmp_test.json", 977, 977, 0, 0); }
TEST(VersSuite, NugetOrder) { expect_counts("nuget_version_cmp_test.json", 33, 33, 0, 0); }
TEST(VersSuite, GentooOrder) { expect_counts("gentoo_version_cmp_test.json", 48, 48, 0, 0); }
TEST(VersSuite, ConanOrder) { expect_counts("conan_version_cmp_test.json", 47, 47, 0, 0); }
TEST(VersSuite, FromNativeConanBasic) {
  expect_counts("conan_range_from_native_basic_test.json", 20, 20, 0, 0);
}
TEST(VersSuite, FromNativeConan) {
  expect_counts("conan_range_from_native_test.json", 209, 209, 0, 1);
}
TEST(VersSuite, FromNativeGem) { expect_counts("gem_range_from_native_test.json", 1, 1, 0, 0); }
TEST(VersSuite, FromNativeNginx) { expect_counts("nginx_range_from_native_test.json", 4, 4, 0, 0); }
TEST(VersSuite, FromNativeNpm) { expect_counts("npm_range_from_native_test.json", 491, 491, 0, 3); }
TEST(VersSuite, FromNativeNuget) { expect_counts("nuget_range_from_native_test.json", 1, 1, 0, 0); }
TEST(VersSuite, FromNativeOpenssl) {
  expect_counts("openssl_range_from_native_test.json", 8, 8, 0, 0);
}
TEST(VersSuite, FromNativePypi) { expect_counts("pypi_range_from_native_test.json", 3, 3, 0, 0); }

// Every listed disagreement must be met by a case of the suite (runs the
// from_native files itself, so that it holds under any --gtest_filter).
TEST(VersSuite, FromNativeDisagreementsAllSeen) {
  for (auto& [key, d] : native_disagreements()) d.seen = false;
  for (const char* file :
       {"conan_range_from_native_basic_test.json", "conan_range_from_native_test.json",
        "gem_range_from_native_test.json", "nginx_range_from_native_test.json",
        "npm_range_from_native_test.json", "nuget_range_from_native_test.json",
        "openssl_range_from_native_test.json", "pypi_range_from_native_test.json"})
    run_file(file);
  EXPECT_EQ(native_disagreements().size(), 4u);
  for (const auto& [key, d] : native_disagreements())
    EXPECT_TRUE(d.seen) << key << " is listed but no case has it";
}

}  // namespace
}  // namespace vt::version
