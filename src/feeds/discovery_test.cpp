// Finding provider-metadata.json (7.3.1) and pinning keys, on Stackable's
// real metadata and key served by a scripted client.
#include "feeds/discovery.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/file.h"
#include "feeds/fake_http_client.h"

namespace vt::feeds {
namespace {

using testing::FakeHttpClient;
namespace fs = std::filesystem;

const std::string kTree = VT_SHARED_DIR "/corpus/signed-stackable";
const std::string kFingerprint = "218E03479FE800223105FEA631905DED3EFD610A";
const std::string kWellKnown =
    "https://advisories.stackable.tech/.well-known/csaf/provider-metadata.json";

std::string file(const std::string& relative) { return *read_file(kTree + "/" + relative); }

class Discovery : public ::testing::Test {
 protected:
  Discovery() : fetcher_(client_, quiet()) {}
  static FetchPolicy quiet() {
    FetchPolicy p;
    p.retries = 0;
    return p;
  }
  FakeHttpClient client_;
  Fetcher fetcher_;
};

TEST_F(Discovery, WellKnownUrlFirst) {
  client_.on(kWellKnown, 200, file("csaf/v2/provider-metadata.json"));
  auto d = discover_provider(fetcher_, "advisories.stackable.tech", VT_BUILD_DATA_DIR);
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->metadata_url, kWellKnown);
  EXPECT_EQ(d->metadata.role, "csaf_trusted_provider");
  EXPECT_EQ(client_.requests().size(), 1u);
}

TEST_F(Discovery, ThenSecurityTxt) {
  client_.on("https://example.test/.well-known/security.txt", 200,
             "Contact: mailto:x@example.test\nCSAF: "
             "https://example.test/elsewhere/provider-metadata.json\n");
  client_.on("https://example.test/elsewhere/provider-metadata.json", 200,
             file("csaf/v2/provider-metadata.json"));
  auto d = discover_provider(fetcher_, "example.test", VT_BUILD_DATA_DIR);
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->metadata_url, "https://example.test/elsewhere/provider-metadata.json");
  ASSERT_EQ(d->tried.size(), 1u);  // the well-known URL answered 404
}

TEST_F(Discovery, ThenTheDnsName) {
  client_.on("https://csaf.data.security.example.test", 200,
             file("csaf/v2/provider-metadata.json"));
  auto d = discover_provider(fetcher_, "example.test", VT_BUILD_DATA_DIR);
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->metadata_url, "https://csaf.data.security.example.test");
}

TEST_F(Discovery, NothingFoundNamesEveryPlaceTried) {
  client_.on("https://example.test/.well-known/security.txt", 200,
             "Contact: mailto:x@example.test\n");
  auto d = discover_provider(fetcher_, "example.test", VT_BUILD_DATA_DIR);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().message.find("provider-metadata.json: HTTP 404"), std::string::npos)
      << d.error().message;
  EXPECT_NE(d.error().message.find("security.txt: no CSAF: line"), std::string::npos)
      << d.error().message;
  EXPECT_NE(d.error().message.find("csaf.data.security.example.test: HTTP 404"), std::string::npos);
}

TEST_F(Discovery, HtmlInsteadOfMetadataIsNotAProvider) {
  client_.on(kWellKnown, 200, "<!DOCTYPE html><html>moved</html>");
  auto d = discover_provider(fetcher_, kWellKnown, VT_BUILD_DATA_DIR);
  EXPECT_FALSE(d.ok());
}

TEST_F(Discovery, OnlyHttps) {
  auto d =
      discover_provider(fetcher_, "http://example.test/provider-metadata.json", VT_BUILD_DATA_DIR);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().message.find("https only"), std::string::npos);
  EXPECT_TRUE(client_.requests().empty());
}

TEST_F(Discovery, AnAggregatorListsItsProviders) {
  const std::string agg =
      R"({"aggregator":{"category":"lister","name":"Agg","namespace":"https://agg.test"},
    "aggregator_version":"2.0","canonical_url":"https://agg.test/.well-known/csaf-aggregator/aggregator.json",
    "csaf_providers":[{"metadata":{"last_updated":"2026-01-01T00:00:00Z","publisher":{"category":"vendor",
      "name":"Stackable","namespace":"https://stackable.tech"},"role":"csaf_trusted_provider","url":")" +
      kWellKnown + R"("}}],"last_updated":"2026-01-01T00:00:00Z"})";
  client_.on("https://agg.test/.well-known/csaf-aggregator/aggregator.json", 200, agg);
  auto d = discover_provider(
      fetcher_, "https://agg.test/.well-known/csaf-aggregator/aggregator.json", VT_BUILD_DATA_DIR);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().message.find("aggregator"), std::string::npos) << d.error().message;
  EXPECT_NE(d.error().message.find(kWellKnown), std::string::npos) << d.error().message;
}

class AddProvider : public Discovery {
 protected:
  void SetUp() override {
    home_ = fs::temp_directory_path() /
            ("vt-add-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    client_.on(kWellKnown, 200, file("csaf/v2/provider-metadata.json"));
  }
  void TearDown() override { fs::remove_all(home_); }
  AddOptions options(std::vector<std::string> trust) {
    AddOptions o;
    o.trust = std::move(trust);
    o.data_dir = VT_BUILD_DATA_DIR;
    return o;
  }
  fs::path home_;
};

TEST_F(AddProvider, PinsTheTrustedKey) {
  client_.on("https://advisories.stackable.tech/csaf/v2/openpgp/4005788070EAA8A5.txt", 200,
             file("csaf/v2/openpgp/4005788070EAA8A5.txt"));
  FeedStore store(home_.string());
  auto c = add_provider(store, fetcher_, "advisories.stackable.tech", options({kFingerprint}));
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->name, "advisories.stackable.tech");
  auto again = store.provider("advisories.stackable.tech");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->trusted_fingerprints, std::vector<std::string>{kFingerprint});
  auto keys = store.keys("advisories.stackable.tech");
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ(keys->size(), 1u);
}

TEST_F(AddProvider, AKeyFileWithAnotherKeyIsRefused) {
  // The metadata names 218E...; the server hands out the other key.
  client_.on("https://advisories.stackable.tech/csaf/v2/openpgp/4005788070EAA8A5.txt", 200,
             file("csaf/v2/openpgp/A2A781A51BC3B8C6.txt"));
  FeedStore store(home_.string());
  auto c = add_provider(store, fetcher_, "advisories.stackable.tech", options({kFingerprint}));
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message.find("the provider metadata says " + kFingerprint), std::string::npos)
      << c.error().message;
  EXPECT_FALSE(fs::exists(home_));
}

TEST_F(AddProvider, NothingTrustedNothingSaved) {
  client_.on("https://advisories.stackable.tech/csaf/v2/openpgp/4005788070EAA8A5.txt", 200,
             file("csaf/v2/openpgp/4005788070EAA8A5.txt"));
  FeedStore store(home_.string());
  AddOptions o = options({});
  std::size_t offered = 0;
  o.confirm = [&](const DiscoveredProvider&, const std::vector<OfferedKey>& keys) {
    offered = keys.size();
    return std::vector<std::string>{};
  };
  auto c = add_provider(store, fetcher_, "advisories.stackable.tech", o);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(offered, 1u);
  EXPECT_FALSE(fs::exists(home_));
}

TEST(HostOf, Forms) {
  EXPECT_EQ(host_of("https://Advisories.Example.TEST:8443/x"), "advisories.example.test");
  EXPECT_EQ(host_of("https://user@h.test/x"), "h.test");
  EXPECT_EQ(host_of("nonsense"), "");
}

}  // namespace
}  // namespace vt::feeds
