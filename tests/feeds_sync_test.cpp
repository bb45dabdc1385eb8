// Feed sync end to end over real HTTPS on loopback: CISA's real tree (2,383
// advisories) re-signed with a test key and discovered from a domain name;
// a full sync, a no-change sync, an update that names more products; and
// Stackable's real provider with its own keys and signatures.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "feeds/discovery.h"
#include "feeds/feed_store.h"
#include "feeds/fetcher.h"
#include "feeds_provider_site.h"

namespace vt::feeds {
namespace {

using vt::testing::LoopbackHttps;
using vt::testing::ProviderSite;
namespace fs = std::filesystem;

constexpr const char* kCisaHost = "csaf.example.test";

class CisaProvider : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(vt::testing::make_temp_dir("vt-feeds-cisa"));
    site_ = new ProviderSite(
        ProviderSite::from_cisa(*dir_ + "/site", kCisaHost, {"OT/white", "IT/white"}));
    server_ = new LoopbackHttps({kCisaHost}, *dir_ + "/pki");
    server_->serve_directory("/", site_->root);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete site_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  HttpClientOptions http() const { return vt::testing::client_options(*server_, {kCisaHost}); }

  Result<ProviderConfig> add(const FeedStore& store) {
    return vt::testing::add_trusted(store, http(), kCisaHost,
                                    site_->signer->fingerprint());  // from the domain name
  }

  static std::string* dir_;
  static ProviderSite* site_;
  static LoopbackHttps* server_;
};
std::string* CisaProvider::dir_ = nullptr;
ProviderSite* CisaProvider::site_ = nullptr;
LoopbackHttps* CisaProvider::server_ = nullptr;

// Advisories: *.json files in year folders (not the ROLIE feed files).
std::size_t count_documents(const std::string& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string parent = e.path().parent_path().filename().string();
    if (e.is_regular_file() && e.path().extension() == ".json" && parent.size() == 4 &&
        std::all_of(parent.begin(), parent.end(), ::isdigit))
      ++n;
  }
  return n;
}

TEST_F(CisaProvider, FullSyncThenNothingChangedThenAnUpdateNamingMoreProducts) {
  const std::string home = vt::testing::make_temp_dir("vt-feeds-home");
  FeedStore store(home);
  auto config = add(store);
  ASSERT_TRUE(config.ok()) << config.error().to_string();
  EXPECT_EQ(config->name, kCisaHost);
  EXPECT_EQ(config->metadata_url, site_->metadata_url());

  // 1. Everything.
  const auto start = std::chrono::steady_clock::now();
  auto first = sync_provider(store, config->name, vt::testing::sync_options(http()));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "full sync: " << seconds << " s\n";
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  const std::size_t published = count_documents(site_->root + "/csaf");
  EXPECT_EQ(published, 2383u);
  EXPECT_EQ(first->listed, published);
  EXPECT_EQ(first->stored + first->quarantined.size(), published);
  // Every hash and signature verifies: what is refused is refused for being
  // invalid CSAF or misnamed, never for integrity.
  for (const auto& q : first->quarantined) {
    EXPECT_TRUE(q.reason.rfind("invalid:", 0) == 0 || q.reason.rfind("file name:", 0) == 0)
        << q.path << ": " << q.reason;
    std::cout << "quarantined " << q.path << ": " << q.reason << "\n";
  }
  EXPECT_LE(first->quarantined.size(), 5u);
  EXPECT_EQ(count_documents(store.mirror_dir(config->name)), first->stored);
  // The mirror holds the provider's bytes, under the distribution's path.
  const std::string sample = "csaf/OT/white/2024/icsa-24-004-01.json";
  ASSERT_TRUE(fs::exists(store.mirror_dir(config->name) + "/" + sample));
  EXPECT_EQ(vt::testing::slurp(store.mirror_dir(config->name) + "/" + sample),
            vt::testing::slurp(site_->root + "/" + sample));

  // 2. Nothing changed: only the provider metadata and the change lists are
  // asked for, and they answer 304.
  server_->reset_counts();
  auto second = sync_provider(store, config->name, vt::testing::sync_options(http()));
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_TRUE(second->listing_not_modified);
  EXPECT_EQ(second->to_fetch, 0u);
  EXPECT_EQ(second->stored, 0u);
  auto asked = server_->requests();
  EXPECT_EQ(asked.size(), 3u);
  EXPECT_EQ(asked["/.well-known/csaf/provider-metadata.json"], 1);
  EXPECT_EQ(asked["/csaf/OT/white/changes.csv"], 1);
  EXPECT_EQ(asked["/csaf/IT/white/changes.csv"], 1);

  // 3. A new document, then its next revision naming one more product.
  const std::string r1 =
      vt::testing::slurp(VT_SOURCE_DIR "/examples/estate/vex/msrc_cve-2025-26465-r1.json");
  const std::string r2 =
      vt::testing::slurp(VT_SOURCE_DIR "/examples/estate/vex/msrc_cve-2025-26465-r2.json");
  site_->publish("/csaf/IT/white/", "2025/msrc_cve-2025-26465.json", r1, "2026-12-01T10:00:00Z");
  auto third = sync_provider(store, config->name, vt::testing::sync_options(http()));
  ASSERT_TRUE(third.ok()) << third.error().to_string();
  EXPECT_EQ(third->to_fetch, 1u);
  EXPECT_EQ(third->stored, 1u);
  site_->publish("/csaf/IT/white/", "2025/msrc_cve-2025-26465.json", r2, "2026-12-02T10:00:00Z");
  server_->reset_counts();
  auto fourth = sync_provider(store, config->name, vt::testing::sync_options(http()));
  ASSERT_TRUE(fourth.ok()) << fourth.error().to_string();
  EXPECT_EQ(fourth->to_fetch, 1u);
  EXPECT_EQ(fourth->stored, 1u);
  EXPECT_TRUE(fourth->quarantined.empty());
  ASSERT_EQ(fourth->events.size(), 1u);
  const std::string& event = fourth->events.front();
  EXPECT_NE(event.find("\"event\":\"updated\""), std::string::npos) << event;
  EXPECT_NE(event.find("\"previous_version\":\"1\""), std::string::npos) << event;
  // r2 adds CBL-Mariner 2.0's openssh: an affected range and a fixed version.
  EXPECT_NE(
      event.find("names 2 more products: <cbl2 openssh 8.9p1-8 as a component of CBL Mariner 2.0; "
                 "cbl2 openssh 8.9p1-8 as a component of CBL Mariner 2.0"),
      std::string::npos)
      << event;
  EXPECT_NE(event.find("\"from\":\"\",\"to\":\"affected\""), std::string::npos) << event;
  // Only the changed OT list? No: OT did not change (304); IT's list, the
  // document, its hash and signature.
  EXPECT_EQ(server_->requests()["/csaf/IT/white/2025/msrc_cve-2025-26465.json"], 1);
  EXPECT_EQ(server_->requests().count("/csaf/OT/white/2024/icsa-24-004-01.json"), 0u);
  // The event log has every event of the four syncs.
  const std::string log = vt::testing::slurp(store.provider_dir(config->name) + "/events.jsonl");
  EXPECT_NE(log.find("names 2 more products"), std::string::npos);
  fs::remove_all(home);
}

TEST(StackableProvider, TheRealProviderVerifiesOverHttps) {
  const std::string dir = vt::testing::make_temp_dir("vt-feeds-stackable");
  const std::string host = "advisories.stackable.tech";
  LoopbackHttps server({host}, dir + "/pki");
  server.serve_directory("/", VT_SHARED_DIR "/corpus/signed-stackable");
  FeedStore store(dir + "/home");
  auto http = vt::testing::client_options(server, {host});
  auto client = make_curl_client(http);
  Fetcher fetcher(*client, {});
  AddOptions options;
  options.trust = {"218E 0347 9FE8 0022 3105  FEA6 3190 5DED 3EFD 610A"};  // as people write it
  options.data_dir = VT_BUILD_DATA_DIR;
  auto config = add_provider(store, fetcher, host, options);
  ASSERT_TRUE(config.ok()) << config.error().to_string();
  EXPECT_EQ(config->trusted_fingerprints,
            std::vector<std::string>{"218E03479FE800223105FEA631905DED3EFD610A"});
  auto report = sync_provider(store, config->name, vt::testing::sync_options(http));
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->listed, 23u);
  EXPECT_EQ(report->stored, 23u);
  for (const auto& q : report->quarantined) ADD_FAILURE() << q.path << ": " << q.reason;
  EXPECT_EQ(count_documents(store.mirror_dir(config->name)), 23u);
  fs::remove_all(dir);
}

TEST(StackableProvider, AnUntrustedFingerprintIsRefused) {
  const std::string dir = vt::testing::make_temp_dir("vt-feeds-stackable");
  const std::string host = "advisories.stackable.tech";
  LoopbackHttps server({host}, dir + "/pki");
  server.serve_directory("/", VT_SHARED_DIR "/corpus/signed-stackable");
  FeedStore store(dir + "/home");
  auto client = make_curl_client(vt::testing::client_options(server, {host}));
  Fetcher fetcher(*client, {});
  AddOptions options;
  options.trust = {"88EDA0F297A4367A88EDA0F297A4367A88EDA0F2"};  // not a key of this provider
  options.data_dir = VT_BUILD_DATA_DIR;
  auto config = add_provider(store, fetcher, host, options);
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.error().message.find("is not a key of this provider"), std::string::npos);
  EXPECT_FALSE(fs::exists(store.provider_dir(host)));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vt::feeds

namespace vt::feeds {
namespace {

// A provider that distributes through a ROLIE feed only: CISA's IT feed as
// published (hash and signature links written "ref" instead of "rel"), its
// links pointed at the test host.
TEST(RolieProvider, SyncsFromTheFeedAlone) {
  const std::string dir = vt::testing::make_temp_dir("vt-feeds-rolie");
  const std::string host = "rolie.example.test";
  ProviderSite site = ProviderSite::from_cisa(dir + "/site", host, {"IT/white"});
  const std::string feed_path = site.root + "/csaf/IT/white/cisa-csaf-it-feed-tlp-white.json";
  std::string feed = vt::testing::slurp(feed_path);
  const std::string from = "https://raw.githubusercontent.com/cisagov/CSAF/develop/";
  for (std::size_t at; (at = feed.find(from)) != std::string::npos;)
    feed.replace(at, from.size(), "https://" + host + "/");
  ASSERT_NE(feed.find("\"ref\": \"signature\""), std::string::npos);
  vt::testing::spit(feed_path, feed);
  const std::string key_path = "/csaf/openpgp/" + site.signer->fingerprint() + ".asc";
  vt::testing::spit(
      site.root + "/.well-known/csaf/provider-metadata.json",
      "{\"canonical_url\":\"" + site.metadata_url() +
          "\",\"distributions\":[{\"rolie\":{\"feeds\":[{\"summary\":\"IT\",\"tlp_label\":"
          "\"WHITE\",\"url\":"
          "\"https://" +
          host +
          "/csaf/IT/white/cisa-csaf-it-feed-tlp-white.json\"}]}}],"
          "\"last_updated\":\"2026-11-01T00:00:00Z\",\"list_on_CSAF_aggregators\":true,"
          "\"metadata_version\":\"2.0\",\"mirror_on_CSAF_aggregators\":true,\"public_openpgp_"
          "keys\":"
          "[{\"fingerprint\":\"" +
          site.signer->fingerprint() + "\",\"url\":\"https://" + host + key_path +
          "\"}],\"publisher\":{\"category\":\"coordinator\",\"name\":\"ROLIE test\",\"namespace\":"
          "\"https://" +
          host + "\"},\"role\":\"csaf_trusted_provider\"}\n");
  LoopbackHttps server({host}, dir + "/pki");
  server.serve_directory("/csaf_files/", site.root + "/csaf");
  server.serve_directory("/", site.root);
  FeedStore store(dir + "/home");
  auto http = vt::testing::client_options(server, {host});
  auto config = vt::testing::add_trusted(store, http, host, site.signer->fingerprint());
  ASSERT_TRUE(config.ok()) << config.error().to_string();
  auto report = sync_provider(store, config->name, vt::testing::sync_options(http));
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->listed, 4u);
  EXPECT_EQ(report->stored, 4u);
  for (const auto& q : report->quarantined) ADD_FAILURE() << q.path << ": " << q.reason;
  EXPECT_TRUE(
      fs::exists(store.mirror_dir(config->name) + "/csaf_files/IT/white/2024/va-24-262-01.json"));
  // Unchanged feed: 304, nothing fetched.
  server.reset_counts();
  auto again = sync_provider(store, config->name, vt::testing::sync_options(http));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->listing_not_modified);
  EXPECT_EQ(server.total_requests(), 2);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vt::feeds
