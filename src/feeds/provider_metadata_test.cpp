// provider-metadata.json: Stackable's real trusted-provider file, the OASIS
// example (section 7.1.7, example 124), and files the schema or the JSON
// syntax refuses, each error naming the place.
#include "feeds/provider_metadata.h"

#include <gtest/gtest.h>

#include "core/file.h"

namespace vt::feeds {
namespace {

const std::string kStackable = VT_SHARED_DIR "/corpus/signed-stackable";
const std::string kExamples = VT_SHARED_DIR "/csaf/examples";

std::string slurp(const std::string& path) {
  auto r = read_file(path);
  EXPECT_TRUE(r.ok()) << path;
  return r.ok() ? *r : std::string();
}

Result<ProviderMetadata> parse(std::string_view text) {
  return parse_provider_metadata(text, "provider-metadata.json", VT_BUILD_DATA_DIR);
}

TEST(ProviderMetadata, StackableTrustedProvider) {
  for (const std::string& path : {kStackable + "/csaf/v2/provider-metadata.json",
                                  kStackable + "/.well-known/csaf/provider-metadata.json"}) {
    auto m = parse_provider_metadata(slurp(path), path, VT_BUILD_DATA_DIR);
    ASSERT_TRUE(m.ok()) << m.error().to_string();
    EXPECT_EQ(m->canonical_url,
              "https://advisories.stackable.tech/.well-known/csaf/provider-metadata.json");
    EXPECT_EQ(m->last_updated, "2025-02-04T12:00:00.0Z");
    EXPECT_EQ(m->metadata_version, "2.0");
    EXPECT_EQ(m->role, "csaf_trusted_provider");
    EXPECT_EQ(m->publisher_name, "Stackable Product Security Team");
    EXPECT_EQ(m->publisher_namespace, "https://www.stackable.tech");
    EXPECT_EQ(m->publisher_category, "vendor");
    EXPECT_TRUE(m->list_on_csaf_aggregators);
    EXPECT_TRUE(m->mirror_on_csaf_aggregators);
    ASSERT_EQ(m->distributions.size(), 1u);
    EXPECT_EQ(m->distributions[0].directory_url,
              "https://advisories.stackable.tech/csaf/v2/advisories/");
    EXPECT_TRUE(m->distributions[0].rolie_feeds.empty());
    ASSERT_EQ(m->public_openpgp_keys.size(), 1u);
    EXPECT_EQ(m->public_openpgp_keys[0].fingerprint, "218E03479FE800223105FEA631905DED3EFD610A");
    EXPECT_EQ(m->public_openpgp_keys[0].url,
              "https://advisories.stackable.tech/csaf/v2/openpgp/4005788070EAA8A5.txt");
  }
}

TEST(ProviderMetadata, OasisExampleWithRolieFeed) {
  auto m = parse(slurp(kExamples + "/2.0/provider-metadata/example-01-provider-metadata.json"));
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  ASSERT_EQ(m->distributions.size(), 1u);
  EXPECT_EQ(m->distributions[0].directory_url, "");
  ASSERT_EQ(m->distributions[0].rolie_feeds.size(), 1u);
  const RolieFeedRef& feed = m->distributions[0].rolie_feeds[0];
  EXPECT_EQ(feed.tlp_label, "WHITE");
  EXPECT_EQ(feed.url, "https://www.example.com/.well-known/csaf/feed-tlp-white.json");
  EXPECT_EQ(feed.summary, "All TLP:WHITE advisories of Example Company.");
  ASSERT_EQ(m->public_openpgp_keys.size(), 1u);
  EXPECT_EQ(m->public_openpgp_keys[0].fingerprint, "8F5F267907B2C4559DB360DB2294BA7D2B2298B1");
}

// A small valid file with the given members replaced (raw JSON text).
std::string provider(
    std::string_view keys = R"([{"fingerprint": "8f5f267907b2c4559db360db2294ba7d2b2298b1",
      "url": "https://keys.example/k.asc"}, {"url": "https://keys.example/nofpr.asc"}])",
    std::string_view role = R"("csaf_provider")",
    std::string_view distributions =
        R"([{"directory_url": "https://example.com/csaf/"},
      {"rolie": {"feeds": [{"tlp_label": "GREEN", "url": "https://example.com/green.json"},
                           {"tlp_label": "UNLABELED", "url": "https://example.com/unlabeled.json"}]}}])") {
  return std::string(
             R"({"canonical_url": "https://example.com/.well-known/csaf/provider-metadata.json",
    "distributions": )") +
         std::string(distributions) + R"(,
    "last_updated": "2024-05-01T10:00:00Z",
    "list_on_CSAF_aggregators": false,
    "metadata_version": "2.0",
    "mirror_on_CSAF_aggregators": false,
    "public_openpgp_keys": )" +
         std::string(keys) + R"(,
    "publisher": {"category": "vendor", "name": "Example", "namespace": "https://example.com"},
    "role": )" +
         std::string(role) + "}";
}

TEST(ProviderMetadata, TypedReadOfEveryMember) {
  auto m = parse(provider());
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  EXPECT_EQ(m->role, "csaf_provider");
  EXPECT_FALSE(m->list_on_csaf_aggregators);
  EXPECT_FALSE(m->mirror_on_csaf_aggregators);
  ASSERT_EQ(m->distributions.size(), 2u);
  EXPECT_EQ(m->distributions[0].directory_url, "https://example.com/csaf/");
  ASSERT_EQ(m->distributions[1].rolie_feeds.size(), 2u);
  EXPECT_EQ(m->distributions[1].rolie_feeds[1].tlp_label, "UNLABELED");
  EXPECT_EQ(m->distributions[1].rolie_feeds[1].summary, "");
  ASSERT_EQ(m->public_openpgp_keys.size(), 2u);
  EXPECT_EQ(m->public_openpgp_keys[0].fingerprint, "8F5F267907B2C4559DB360DB2294BA7D2B2298B1");
  EXPECT_EQ(m->public_openpgp_keys[1].fingerprint, "");
  EXPECT_EQ(m->public_openpgp_keys[1].url, "https://keys.example/nofpr.asc");
}

TEST(ProviderMetadata, SchemaErrorsNameThePointer) {
  struct Case {
    std::string text;
    std::string where;
  };
  const std::vector<Case> cases = {
      {provider(
           R"([{"fingerprint": "8F5F 2679 07B2 C455 9DB3 60DB 2294 BA7D 2B22 98B1", "url": "https://k"}])"),
       "provider-metadata.json#/public_openpgp_keys/0/fingerprint"},
      {provider(R"([{"fingerprint": "ABCD", "url": "https://k"}])"),
       "provider-metadata.json#/public_openpgp_keys/0/fingerprint"},
      {provider(R"([{"fingerprint": "8F5F267907B2C4559DB360DB2294BA7D2B2298B1"}])"),
       "provider-metadata.json#/public_openpgp_keys/0"},
      {provider("[]", R"("csaf_aggregator")"), "provider-metadata.json#/role"},
      {provider("[]", R"("csaf_provider")", "[]"), "provider-metadata.json#/distributions"},
      {provider("[]", R"("csaf_provider")",
                R"([{"rolie": {"feeds": [{"tlp_label": "CLEAR", "url": "https://e/f.json"}]}}])"),
       "provider-metadata.json#/distributions/0/rolie/feeds/0/tlp_label"},
      {provider("[]", R"("csaf_provider")",
                R"([{"rolie": {"feeds": [{"tlp_label": "WHITE", "url": "https://e/feed.xml"}]}}])"),
       "provider-metadata.json#/distributions/0/rolie/feeds/0/url"},
      {provider("[]", R"("csaf_provider")", R"([{"directory_url": 7}])"),
       "provider-metadata.json#/distributions/0/directory_url"},
      {"[]", "provider-metadata.json#"},
  };
  for (const Case& c : cases) {
    auto m = parse(c.text);
    ASSERT_FALSE(m.ok()) << c.text;
    EXPECT_EQ(m.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(m.error().where, c.where) << m.error().to_string();
    EXPECT_NE(m.error().message.find("provider_json_schema.json"), std::string::npos)
        << m.error().message;
  }
  // A required member missing is reported at the object that should hold it.
  std::string no_role = provider();
  no_role.replace(no_role.find("\"role\""), 6, "\"rolle\"");
  auto m = parse(no_role);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().where, "provider-metadata.json#");
  EXPECT_NE(m.error().message.find("role"), std::string::npos) << m.error().message;
}

TEST(ProviderMetadata, CsafTwoOneMetadataIsNotTwoZero) {
  // The 2.1 draft adds TLP:CLEAR and new members; a 2.0 reader must refuse.
  auto m = parse(slurp(kExamples + "/2.1/provider-metadata/example-01-provider-metadata.json"));
  ASSERT_FALSE(m.ok());
  EXPECT_TRUE(m.error().where.starts_with("provider-metadata.json#")) << m.error().where;
}

TEST(ProviderMetadata, NotJsonOrAnHtmlPage) {
  auto html = parse("<!DOCTYPE html>\n<html><body>Not Found</body></html>");
  ASSERT_FALSE(html.ok());
  EXPECT_TRUE(html.error().where.starts_with("provider-metadata.json:1:")) << html.error().where;
  auto cut = parse(provider().substr(0, 200));
  ASSERT_FALSE(cut.ok());
  EXPECT_TRUE(cut.error().where.starts_with("provider-metadata.json:")) << cut.error().where;
  EXPECT_FALSE(parse("").ok());
}

TEST(ProviderMetadata, AMissingDataDirectoryIsAnError) {
  auto m = parse_provider_metadata(provider(), "p.json", "/nonexistent/vextriage-data");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace vt::feeds
