// Hostile and broken providers, over real HTTPS on loopback: each case ends
// in quarantine (or a clear error) and leaves the verified mirror exactly as
// it was. The provider is CISA's IT/white folder (4 real advisories), signed
// again with a test key after a first clean sync.
#include <gtest/gtest.h>

#include "feeds/discovery.h"
#include "feeds/feed_store.h"
#include "feeds/fetcher.h"
#include "feeds_provider_site.h"

namespace vt::feeds {
namespace {

using vt::testing::LoopbackHttps;
using vt::testing::ProviderSite;
namespace fs = std::filesystem;

constexpr const char* kHost = "small.example.test";
constexpr const char* kDist = "/csaf/IT/white/";
constexpr const char* kDoc = "/csaf/IT/white/2024/va-24-201-01.json";
constexpr const char* kStored = "csaf/IT/white/2024/va-24-201-01.json";

class Tamper : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = vt::testing::make_temp_dir("vt-feeds-tamper");
    site_ = std::make_unique<ProviderSite>(
        ProviderSite::from_cisa(dir_ + "/site", kHost, {"IT/white"}));
    server_ = std::make_unique<LoopbackHttps>(std::vector<std::string>{kHost, "evil.example.test"},
                                              dir_ + "/pki");
    server_->serve_directory("/", site_->root);
    store_ = std::make_unique<FeedStore>(dir_ + "/home");
    auto config = vt::testing::add_trusted(*store_, http(), kHost, site_->signer->fingerprint());
    ASSERT_TRUE(config.ok()) << config.error().to_string();
    auto first = sync();
    ASSERT_TRUE(first.ok()) << first.error().to_string();
    ASSERT_EQ(first->stored, 4u);
    ASSERT_TRUE(first->quarantined.empty());
    before_ = vt::testing::snapshot(mirror());
    original_ = vt::testing::slurp(site_->root + kDoc);
  }
  void TearDown() override {
    server_.reset();
    fs::remove_all(dir_);
  }

  HttpClientOptions http() const {
    auto o = vt::testing::client_options(*server_, {kHost, "evil.example.test"});
    o.timeout_seconds = timeout_seconds_;
    o.max_body_bytes = 8u << 20;
    return o;
  }
  Result<SyncReport> sync() {
    return sync_provider(*store_, kHost, vt::testing::sync_options(http()));
  }
  std::string mirror() const { return store_->mirror_dir(kHost); }

  // The provider lists the document again, as changed.
  void relist(const std::string& when = "2026-12-01T00:00:00Z") const {
    const std::string changes = site_->root + kDist + "changes.csv";
    vt::testing::spit(
        changes, "\"2024/va-24-201-01.json\",\"" + when + "\"\n" + vt::testing::slurp(changes));
  }

  // Syncs and expects exactly the document quarantined for `reason_prefix`,
  // the mirror untouched.
  void expect_quarantined(const std::string& reason_prefix, const std::string& also = "") {
    auto report = sync();
    ASSERT_TRUE(report.ok()) << report.error().to_string();
    ASSERT_EQ(report->quarantined.size(), 1u);
    const auto& q = report->quarantined.front();
    EXPECT_EQ(q.path, kStored);
    EXPECT_EQ(q.reason.rfind(reason_prefix, 0), 0u) << q.reason;
    if (!also.empty()) {
      EXPECT_NE(q.reason.find(also), std::string::npos) << q.reason;
    }
    EXPECT_EQ(report->stored, 0u);
    EXPECT_EQ(vt::testing::snapshot(mirror()), before_);
    auto state = store_->state(kHost);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->documents.count(kStored), 1u);  // still the verified one
    ASSERT_EQ(state->quarantined.size(), 1u);
    EXPECT_EQ(state->quarantined.front().reason, q.reason);
  }

  std::string dir_;
  std::unique_ptr<ProviderSite> site_;
  std::unique_ptr<LoopbackHttps> server_;
  std::unique_ptr<FeedStore> store_;
  std::map<std::string, std::string> before_;
  std::string original_;
  long timeout_seconds_ = 20;
};

TEST_F(Tamper, FlippedByteFailsTheHash) {
  std::string body = original_;
  body[body.size() / 2] ^= 0x01;
  server_->set(kDoc, {200, body});
  relist();
  expect_quarantined("hash:", "the hash file says");
}

TEST_F(Tamper, ValidHashButBadSignature) {
  std::string body = original_ + "\n";  // still the same JSON, other bytes
  server_->set(kDoc, {200, body});
  server_->set(std::string(kDoc) + ".sha512",
               {200, vt::testing::sha512_line(body, "va-24-201-01.json")});
  relist();
  expect_quarantined("signature:");
}

TEST_F(Tamper, SignatureByAnUnknownKey) {
  // A new revision signed with CISA's own key: a real key, not the pinned one.
  const std::string body = original_ + "\n";
  server_->set(kDoc, {200, body});
  server_->set(std::string(kDoc) + ".sha512",
               {200, vt::testing::sha512_line(body, "va-24-201-01.json")});
  server_->set(
      std::string(kDoc) + ".asc",
      {200, vt::testing::slurp(VT_SHARED_DIR "/corpus/cisa/IT/white/2024/va-24-201-01.json.asc")});
  relist();
  expect_quarantined("signature:", "unknown key");
}

TEST_F(Tamper, KeySwappedInProviderMetadata) {
  auto other = feeds::testing::TestSigner::generate();
  ASSERT_TRUE(other.ok());
  const std::string key_path = "/csaf/openpgp/" + (*other)->fingerprint() + ".asc";
  vt::testing::spit(site_->root + key_path, *(*other)->public_key());
  site_->write_metadata((*other)->fingerprint(), key_path);
  const std::string body = original_ + "\n";
  server_->set(kDoc, {200, body});
  server_->set(std::string(kDoc) + ".sha512",
               {200, vt::testing::sha512_line(body, "va-24-201-01.json")});
  server_->set(std::string(kDoc) + ".asc", {200, *(*other)->sign(body)});
  relist();
  auto report = sync();
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  ASSERT_EQ(report->quarantined.size(), 1u);
  EXPECT_EQ(report->quarantined.front().reason.rfind("signature:", 0), 0u)
      << report->quarantined.front().reason;
  bool noted = false;
  for (const auto& n : report->notes)
    noted = noted || n.find((*other)->fingerprint() + ", which is not pinned") != std::string::npos;
  EXPECT_TRUE(noted);
  EXPECT_EQ(vt::testing::snapshot(mirror()), before_);
}

TEST_F(Tamper, OlderRevisionServedAsNewIsADowngrade) {
  const std::string r1 =
      vt::testing::slurp(VT_SOURCE_DIR "/examples/estate/vex/msrc_cve-2025-26465-r1.json");
  const std::string r2 =
      vt::testing::slurp(VT_SOURCE_DIR "/examples/estate/vex/msrc_cve-2025-26465-r2.json");
  site_->publish(kDist, "2025/msrc_cve-2025-26465.json", r2, "2026-12-01T00:00:00Z");
  auto stored = sync();
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->stored, 1u);
  before_ = vt::testing::snapshot(mirror());
  // Revision 1, properly hashed and signed by the provider's key, listed as newest.
  site_->publish(kDist, "2025/msrc_cve-2025-26465.json", r1, "2026-12-02T00:00:00Z");
  auto report = sync();
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->quarantined.size(), 1u);
  EXPECT_EQ(report->quarantined.front().reason.rfind("downgrade:", 0), 0u)
      << report->quarantined.front().reason;
  EXPECT_EQ(vt::testing::snapshot(mirror()), before_);
  // Both kept: the newer in the mirror, the replayed one in quarantine.
  EXPECT_EQ(vt::testing::slurp(mirror() + "/csaf/IT/white/2025/msrc_cve-2025-26465.json"), r2);
  EXPECT_EQ(vt::testing::slurp(store_->quarantine_dir(kHost) +
                               "/csaf/IT/white/2025/msrc_cve-2025-26465.json"),
            r1);
}

TEST_F(Tamper, TruncatedDownload) {
  server_->set(kDoc, {200, original_.substr(0, original_.size() / 2), {}, 0, true});
  relist();
  expect_quarantined("download:");
}

TEST_F(Tamper, RedirectToAnotherHostIsNotFollowed) {
  server_->set(kDoc, {302, "", {{"Location", "https://evil.example.test/x.json"}}});
  relist();
  expect_quarantined("download:", "another origin");
  EXPECT_EQ(server_->requests().count("/x.json"), 0u);
}

TEST_F(Tamper, RedirectWithinTheSameOriginIsFollowed) {
  vt::testing::spit(site_->root + "/moved/va-24-201-01.json", original_);
  server_->set(kDoc, {301, "", {{"Location", "/moved/va-24-201-01.json"}}});
  relist();
  auto report = sync();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->quarantined.empty());
  EXPECT_EQ(report->unchanged, 1u);  // the same bytes as stored
}

TEST_F(Tamper, ListedFileAnswers404) {
  server_->set(kDoc, {404, "not here"});
  relist();
  expect_quarantined("download:", "404");
}

TEST_F(Tamper, SlowServerTimesOut) {
  timeout_seconds_ = 1;
  server_->set(kDoc, {200, original_, {}, 2500});
  relist();
  expect_quarantined("download:");
}

TEST_F(Tamper, TwoGigabyteResponseIsCutOff) {
  LoopbackHttps::Answer huge;
  huge.stream_zeros = 2ull << 30;
  server_->set(kDoc, huge);
  relist();
  expect_quarantined("download:", "larger than");
}

TEST_F(Tamper, HtmlPageWithSuccessStatusIsNotHashed) {
  // gocsaf/csaf#588: a missing file answered with 200 and an HTML page.
  server_->set(kDoc, {200,
                      "<!DOCTYPE html><html><body>Page not found</body></html>",
                      {{"Content-Type", "text/html"}}});
  relist();
  expect_quarantined("not a CSAF document");
}

TEST_F(Tamper, MsrcStyleAnswersAreAccepted) {
  // A charset in the Content-Type and no .sha256 next to the .sha512.
  server_->set(kDoc, {200, original_, {{"Content-Type", "application/json; charset=utf-8"}}});
  relist();
  auto report = sync();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->quarantined.empty());
  EXPECT_EQ(server_->requests().count("/csaf/IT/white/2024/va-24-201-01.json.sha256"), 0u);
}

TEST_F(Tamper, QuarantinedDocumentIsRetriedOnceTheProviderIsFixed) {
  server_->set(kDoc, {404, "not here"});
  relist();
  expect_quarantined("download:");
  server_->clear(kDoc);
  auto report = sync();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->quarantined.empty());
  auto state = store_->state(kHost);
  ASSERT_TRUE(state.ok());
  EXPECT_TRUE(state->quarantined.empty());
}

TEST_F(Tamper, DeletedDocumentIsReportedAndKept) {
  const std::string changes = site_->root + kDist + "changes.csv";
  std::string text = vt::testing::slurp(changes), kept;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (line.find("va-24-201-01") == std::string::npos) kept += line + "\n";
  vt::testing::spit(changes, kept);
  auto report = sync();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->delisted, 1u);
  EXPECT_EQ(vt::testing::snapshot(mirror()), before_);  // absence is no proof: kept
}

}  // namespace
}  // namespace vt::feeds
