// `vextriage feeds ...` as a user runs it: add (discovered from a domain
// name over HTTPS on loopback), sync, status, import of a copied tree, and
// scan reading the mirror; exit codes as CONTRACT.md says.
#include <gtest/gtest.h>

#include "cli_run.h"
#include "feeds_provider_site.h"

namespace vt::feeds {
namespace {

using vt::testing::LoopbackHttps;
using vt::testing::ProviderSite;
using vt::testing::vextriage;
namespace fs = std::filesystem;

constexpr const char* kHost = "cli.example.test";

class FeedsCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = vt::testing::make_temp_dir("vt-feeds-cli");
    site_ = std::make_unique<ProviderSite>(
        ProviderSite::from_cisa(dir_ + "/site", kHost, {"IT/white"}));
    server_ = std::make_unique<LoopbackHttps>(std::vector<std::string>{kHost}, dir_ + "/pki");
    server_->serve_directory("/", site_->root);
  }
  void TearDown() override {
    server_.reset();
    fs::remove_all(dir_);
  }
  // The options every networked feeds command takes here.
  std::string net() const {
    return " --home " + dir_ + "/home --ca-file " + server_->ca_file() + " --connect-to " +
           server_->connect_to(kHost);
  }

  std::string dir_;
  std::unique_ptr<ProviderSite> site_;
  std::unique_ptr<LoopbackHttps> server_;
};

TEST_F(FeedsCli, AddSyncStatus) {
  auto add = vextriage("feeds add " + std::string(kHost) + " --trust " +
                       site_->signer->fingerprint() + net());
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_NE(add.out.find("pinned key " + site_->signer->fingerprint()), std::string::npos)
      << add.out;

  auto sync = vextriage("feeds sync" + net());
  ASSERT_EQ(sync.exit_code, 0) << sync.err << sync.out;
  EXPECT_NE(sync.out.find("4 listed, 4 new or changed, 4 stored, 0 unchanged, 0 quarantined"),
            std::string::npos)
      << sync.out;

  auto status = vextriage("feeds status --format json --home " + dir_ + "/home");
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("\"name\": \"cli.example.test\""), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("\"documents\": 4"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("\"quarantined\": []"), std::string::npos) << status.out;

  // A tampered document: exit 1, and status names it with the reason.
  std::string body = vt::testing::slurp(site_->root + "/csaf/IT/white/2024/va-24-262-01.json");
  body[body.size() / 3] ^= 0x20;
  server_->set("/csaf/IT/white/2024/va-24-262-01.json", {200, body});
  const std::string changes = site_->root + "/csaf/IT/white/changes.csv";
  vt::testing::spit(changes, "\"2024/va-24-262-01.json\",\"2026-12-01T00:00:00Z\"\n" +
                                 vt::testing::slurp(changes));
  auto tampered = vextriage("feeds sync --provider " + std::string(kHost) + net());
  EXPECT_EQ(tampered.exit_code, 1) << tampered.err << tampered.out;
  auto after = vextriage("feeds status --home " + dir_ + "/home");
  EXPECT_NE(after.out.find("quarantined csaf/IT/white/2024/va-24-262-01.json: hash:"),
            std::string::npos)
      << after.out;
}

TEST_F(FeedsCli, AddWithoutATerminalOrTrustPinsNothing) {
  auto add = vextriage("feeds add " + std::string(kHost) + net() + " </dev/null");
  EXPECT_EQ(add.exit_code, 2);
  EXPECT_NE(add.err.find("re-run with --trust " + site_->signer->fingerprint()), std::string::npos)
      << add.err;
  auto list = vextriage("feeds list --home " + dir_ + "/home");
  EXPECT_EQ(list.out, "");
}

TEST_F(FeedsCli, UnknownDomainSaysWhereItLooked) {
  auto add = vextriage("feeds add nothing.example.test --trust " + site_->signer->fingerprint() +
                       net() + " --connect-to " + server_->connect_to("nothing.example.test"));
  EXPECT_EQ(add.exit_code, 2);
  EXPECT_NE(add.err.find("no provider-metadata.json found for nothing.example.test"),
            std::string::npos)
      << add.err;
  EXPECT_NE(add.err.find("https://nothing.example.test/.well-known/security.txt"),
            std::string::npos)
      << add.err;
  EXPECT_NE(add.err.find("https://csaf.data.security.nothing.example.test"), std::string::npos)
      << add.err;
}

TEST_F(FeedsCli, SyncWithoutProviderAndUnreadableProviderExitTwo) {
  auto none = vextriage("feeds sync --home " + dir_ + "/empty");
  EXPECT_EQ(none.exit_code, 2);
  ASSERT_EQ(vextriage("feeds add " + std::string(kHost) + " --trust " +
                      site_->signer->fingerprint() + net())
                .exit_code,
            0);
  server_->set("/.well-known/csaf/provider-metadata.json", {500, "down"});
  auto down = vextriage("feeds sync" + net());
  EXPECT_EQ(down.exit_code, 2) << down.out;
  EXPECT_NE(down.err.find("HTTP 500"), std::string::npos) << down.err;
}

TEST(FeedsImport, CopiedStackableTreeThenScanTheMirror) {
  const std::string dir = vt::testing::make_temp_dir("vt-feeds-import");
  const std::string home = dir + "/home";
  auto run = vextriage("feeds import " VT_SHARED_DIR
                       "/corpus/signed-stackable --trust "
                       "218E03479FE800223105FEA631905DED3EFD610A --home " +
                       home);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("23 listed, 23 new or changed, 23 stored"), std::string::npos) << run.out;
  auto again = vextriage("feeds import " VT_SHARED_DIR "/corpus/signed-stackable --home " + home);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 new or changed"), std::string::npos) << again.out;
  // scan --vex mirror: (the home from $VEXTRIAGE_HOME) reads what was verified.
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  auto count_findings = [](const std::string& json) {
    std::size_t n = 0;
    for (std::size_t at = json.find("\"artifact_type\""); at != std::string::npos;
         at = json.find("\"artifact_type\"", at + 1))
      ++n;
    return n;
  };
  auto explicit_path =
      vextriage("scan " + e + "/estate.json --vex " + home + "/mirror --format json -q --all");
  ASSERT_EQ(explicit_path.exit_code, 0) << explicit_path.err;
  ::setenv("VEXTRIAGE_HOME", home.c_str(), 1);
  auto mirror = vextriage("scan " + e + "/estate.json --vex mirror: --format json -q --all");
  auto named = vextriage(
      "scan " + e + "/estate.json --vex mirror:advisories.stackable.tech --format json -q --all");
  ::unsetenv("VEXTRIAGE_HOME");
  EXPECT_EQ(mirror.exit_code, 0) << mirror.err;
  EXPECT_EQ(named.exit_code, 0) << named.err;
  EXPECT_EQ(count_findings(mirror.out), count_findings(explicit_path.out));
  EXPECT_EQ(count_findings(named.out), count_findings(explicit_path.out));
  fs::remove_all(dir);
}

TEST(FeedsImport, TreeWithoutProviderMetadataIsRefused) {
  auto run = vextriage("feeds import " VT_SHARED_DIR "/corpus/cisa --home /tmp/vt-never-created");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no provider-metadata.json in the tree"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists("/tmp/vt-never-created"));
}

}  // namespace
}  // namespace vt::feeds
