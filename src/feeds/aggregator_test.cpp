// aggregator.json: the three OASIS examples (section 7.1.21/7.1.23: a lister,
// an aggregator with mirrors, one with publishers) and schema errors.
#include "feeds/aggregator.h"

#include <gtest/gtest.h>

#include "core/file.h"

namespace vt::feeds {
namespace {

const std::string kExamples = VT_SHARED_DIR "/csaf/examples/2.0/aggregator";

Result<AggregatorMetadata> parse_example(const std::string& name) {
  auto text = read_file(kExamples + "/" + name);
  EXPECT_TRUE(text.ok()) << name;
  return parse_aggregator(text.ok() ? *text : "", name, VT_BUILD_DATA_DIR);
}

TEST(Aggregator, Lister) {
  auto a = parse_example("example-01-aggregator.json");
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_EQ(a->name, "Example CSAF Lister");
  EXPECT_EQ(a->category, "lister");
  EXPECT_EQ(a->namespace_, "https://lister.example");
  EXPECT_EQ(a->canonical_url,
            "https://aggregator.example/.well-known/csaf-aggregator/aggregator.json");
  EXPECT_EQ(a->last_updated, "2021-07-12T22:35:38.978Z");
  ASSERT_EQ(a->providers.size(), 2u);
  EXPECT_TRUE(a->publishers.empty());
  EXPECT_EQ(a->providers[1].metadata_url,
            "https://cert.example/advisories/csaf/provider-metadata.json");
  EXPECT_EQ(a->providers[1].publisher_name, "Example Coordinator CERT");
  EXPECT_EQ(a->providers[1].last_updated, "2021-07-12T21:35:38.000Z");
  EXPECT_EQ(a->providers[1].role, "");
  EXPECT_TRUE(a->providers[1].mirrors.empty());
}

TEST(Aggregator, AggregatorWithMirrorsAndPublishers) {
  auto two = parse_example("example-02-aggregator.json");
  ASSERT_TRUE(two.ok()) << two.error().to_string();
  EXPECT_EQ(two->category, "aggregator");
  auto a = parse_example("example-03-aggregator.json");
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  ASSERT_EQ(a->providers.size(), 2u);
  ASSERT_EQ(a->providers[0].mirrors.size(), 1u);
  EXPECT_EQ(a->providers[0].mirrors[0],
            "https://aggregator.example/.well-known/csaf-aggregator/Example_Company_ProductCERT/"
            "provider-metadata.json");
  ASSERT_EQ(a->publishers.size(), 1u);
  EXPECT_EQ(a->publishers[0].publisher_name, "Example Cooperation ProductCERT");
  EXPECT_EQ(a->publishers[0].metadata_url,
            "https://www.example.net/.well-known/csaf/provider-metadata.json");
  EXPECT_EQ(a->publishers[0].update_interval, "on best effort");
  EXPECT_EQ(a->publishers[0].mirrors.size(), 1u);
}

TEST(Aggregator, SchemaErrorsNameThePointer) {
  const std::string head =
      R"({"aggregator": {"category": "lister", "name": "L", "namespace": "https://l.example"},
    "aggregator_version": "2.0",
    "canonical_url": "https://l.example/.well-known/csaf-aggregator/aggregator.json",
    "last_updated": "2024-05-01T10:00:00Z", )";
  const std::string good_provider = R"({"metadata": {"last_updated": "2024-05-01T10:00:00Z",
      "publisher": {"category": "vendor", "name": "V", "namespace": "https://v.example"},
      "url": "https://v.example/.well-known/csaf/provider-metadata.json", "role": "csaf_provider"}})";
  auto ok = parse_aggregator(head + R"("csaf_providers": [)" + good_provider + "]}", "agg.json",
                             VT_BUILD_DATA_DIR);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok->providers[0].role, "csaf_provider");

  struct Case {
    std::string text;
    std::string where;
  };
  const std::vector<Case> cases = {
      {head + R"("csaf_providers": []})", "agg.json#/csaf_providers"},
      {head + R"("csaf_providers": [{"metadata": {"last_updated": "2024-05-01T10:00:00Z",
          "publisher": {"category": "vendor", "name": "V", "namespace": "https://v.example"},
          "url": "https://v.example/csaf/metadata.json"}}]})",
       "agg.json#/csaf_providers/0/metadata/url"},
      {head + R"("csaf_providers": [)" + good_provider + R"(], "csaf_publishers": [)" +
           good_provider + "]}",
       "agg.json#/csaf_publishers/0"},
      {R"({"aggregator": {"category": "mirror", "name": "L", "namespace": "https://l.example"},
          "aggregator_version": "2.0",
          "canonical_url": "https://l.example/aggregator.json", "last_updated": "2024-05-01T10:00:00Z",
          "csaf_providers": [)" +
           good_provider + "]}",
       "agg.json#/aggregator/category"},
  };
  for (const Case& c : cases) {
    auto a = parse_aggregator(c.text, "agg.json", VT_BUILD_DATA_DIR);
    ASSERT_FALSE(a.ok()) << c.text;
    EXPECT_EQ(a.error().where, c.where) << a.error().to_string();
    EXPECT_NE(a.error().message.find("aggregator_json_schema.json"), std::string::npos);
  }
  auto syntax = parse_aggregator("{\"aggregator\": ", "agg.json", VT_BUILD_DATA_DIR);
  ASSERT_FALSE(syntax.ok());
  EXPECT_TRUE(syntax.error().where.starts_with("agg.json:1:")) << syntax.error().where;
}

TEST(Aggregator, ProviderMetadataIsNotAnAggregator) {
  auto text = read_file(VT_SHARED_DIR "/corpus/signed-stackable/csaf/v2/provider-metadata.json");
  ASSERT_TRUE(text.ok());
  auto a = parse_aggregator(*text, "aggregator.json", VT_BUILD_DATA_DIR);
  ASSERT_FALSE(a.ok());
  // The first problem is named; the others (the missing "aggregator", ...) counted.
  EXPECT_EQ(a.error().where, "aggregator.json#/canonical_url");
  EXPECT_NE(a.error().message.find("more problems"), std::string::npos) << a.error().message;
}

}  // namespace
}  // namespace vt::feeds
