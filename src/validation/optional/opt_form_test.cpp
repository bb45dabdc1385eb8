// Cases of 6.2.8, 6.2.9, 6.2.13, 6.2.18 and 6.2.20 the OASIS files do not
// cover: weak hashes per file, one sorting finding per object, vers prefixes.
#include <gtest/gtest.h>

#include <string>

#include "validation/csaf_test_testing.h"
#include "validation/optional/optional_tests.h"

namespace vt::validation::optional {
namespace {

using testing::run_csaf_test;

std::string hashes(const std::string& file_hashes_a, const std::string& file_hashes_b) {
  return R"({"product_tree": {"full_product_names": [{"name": "A", "product_id": "A",
      "product_identification_helper": {"hashes": [
        {"filename": "a.so", "file_hashes": [)" + file_hashes_a + R"(]},
        {"filename": "b.so", "file_hashes": [)" + file_hashes_b + R"(]}]}}]}})";
}
std::string h(const char* algorithm) {
  return std::string(R"({"algorithm": ")") + algorithm + R"(", "value": "0123456789abcdef0123456789abcdef"})";
}

TEST(OptionalForm, WeakHashAloneIsJudgedPerFile) {
  const std::string d = hashes(h("md5"), h("MD5") + "," + h("sha256"));
  const auto f = run_csaf_test(&test_6_2_8_md5_only, d);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/product_tree/full_product_names/0/product_identification_helper/hashes/0/file_hashes");
  EXPECT_TRUE(run_csaf_test(&test_6_2_9_sha1_only, d).empty());
  EXPECT_EQ(run_csaf_test(&test_6_2_9_sha1_only, hashes(h("sha1"), h("sha1") + "," + h("sha1"))).size(), 2u);
  // Two weak ones together (md5 and sha1) are not "the only" one of either.
  EXPECT_TRUE(run_csaf_test(&test_6_2_8_md5_only, hashes(h("md5") + "," + h("sha1"), h("sha512"))).empty());
}

TEST(OptionalForm, SortingReportsOncePerObjectAtTheFirstMisplacedKey) {
  const auto f = run_csaf_test(&test_6_2_13_sorting, R"({"document": {"csaf_version": "2.0", "category": "csaf_base",
      "acknowledgments": [{"urls": [], "names": []}]}, "product_tree": {}})");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].path, "/document/category");
  EXPECT_NE(f[0].message.find("category"), std::string::npos);
  EXPECT_EQ(f[1].path, "/document/acknowledgments/0/names");
  // Byte order: upper case before lower case, as in the CVSS property names.
  EXPECT_TRUE(run_csaf_test(&test_6_2_13_sorting, R"({"cvss_v3": {"baseScore": 1, "baseSeverity": "LOW",
      "vectorString": "v", "version": "3.1"}, "document": {}})")
                  .empty());
}

TEST(OptionalForm, VersionRangesMustBeVers) {
  const auto f = run_csaf_test(&test_6_2_18_range_without_vers, R"({"product_tree": {"branches": [
      {"category": "vendor", "name": "V", "branches": [
        {"category": "product_version_range", "name": "vers:generic/>=1.0|<2.0"},
        {"category": "product_version_range", "name": ">4.2"},
        {"category": "product_version_range", "name": "vers:/<2"},
        {"category": "product_version", "name": "<3"}]}]}})");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].path, "/product_tree/branches/0/branches/1/name");
  EXPECT_EQ(f[1].path, "/product_tree/branches/0/branches/2/name");
}

TEST(OptionalForm, AdditionalPropertiesOnlyWhatTheStrictSchemaAdds) {
  const std::string valid = R"({"document": {"category": "csaf_base", "csaf_version": "2.0",
      "publisher": {"category": "vendor", "name": "n", "namespace": "https://example.com"}, "title": "t",
      "tracking": {"current_release_date": "2021-01-01T00:00:00Z", "id": "A-1",
        "initial_release_date": "2021-01-01T00:00:00Z",
        "revision_history": [{"date": "2021-01-01T00:00:00Z", "number": "1", "summary": "s"}],
        "status": "final", "version": "1"})";
  EXPECT_TRUE(run_csaf_test(&test_6_2_20_additional_properties, valid + "}}").empty());
  const auto f = run_csaf_test(&test_6_2_20_additional_properties, valid + R"(, "custom_property": "any"}})");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].path, "/document/custom_property");
  // A schema error that is not an additional property stays the schema's.
  EXPECT_TRUE(run_csaf_test(&test_6_2_20_additional_properties,
                            R"({"document": {"category": 5}})")
                  .empty());
}

}  // namespace
}  // namespace vt::validation::optional
