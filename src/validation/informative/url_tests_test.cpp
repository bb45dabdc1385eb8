// 6.3.6/6.3.7 with an injected URL checker: the validation module never
// fetches; here a fake answers the status codes.
#include <gtest/gtest.h>

#include "validation/csaf_test_testing.h"
#include "validation/informative/informative_tests.h"

namespace vt::validation::informative {
namespace {

const char* kDoc = R"({"document": {
    "publisher": {"namespace": "https://example.com"},
    "references": [{"category": "self", "url": "https://example.com/gone.json"},
                   {"url": "https://example.com/ok"},
                   {"category": "external", "url": "https://example.com/missing"}]},
  "vulnerabilities": [{"remediations": [{"url": "https://example.com/redirect"}]}]})";

TestOptions fake() {
  TestOptions o;
  o.online = true;
  o.http_status = [](std::string_view url) -> Result<int> {
    if (url.ends_with("/missing") || url.ends_with("/gone.json")) return 404;
    if (url.ends_with("/redirect")) return 301;
    return 200;
  };
  return o;
}

TEST(UrlTests, NonSelfUrlsMustResolve) {
  const auto findings = testing::run_csaf_test(&test_6_3_6_non_self_urls, kDoc, fake());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/document/references/2/url");
  EXPECT_NE(findings[0].message.find("404"), std::string::npos);
}

TEST(UrlTests, SelfUrlsMustResolve) {
  const auto findings = testing::run_csaf_test(&test_6_3_7_self_urls, kDoc, fake());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/document/references/0/url");
}

TEST(UrlTests, WithoutACheckerNothingIsClaimed) {
  EXPECT_TRUE(testing::run_csaf_test(&test_6_3_6_non_self_urls, kDoc).empty());
}

}  // namespace
}  // namespace vt::validation::informative
