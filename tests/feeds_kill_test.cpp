// `vextriage feeds sync` killed with SIGKILL at 50 random moments while it
// syncs CISA's OT advisories of 2024 (344, re-signed) over HTTPS: after every
// kill the home is consistent (the state parses, every document in the
// mirror verifies against its stored hash and signature, every document the
// state lists is in the mirror with that hash), each run resumes where the
// last left off, and a final sync completes.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "feeds/discovery.h"
#include "feeds/feed_store.h"
#include "feeds/fetcher.h"
#include "feeds/openpgp.h"
#include "feeds_provider_site.h"

namespace vt::feeds {
namespace {

using vt::testing::LoopbackHttps;
using vt::testing::ProviderSite;
namespace fs = std::filesystem;

constexpr const char* kHost = "kill.example.test";

pid_t spawn(const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 1);
    ::dup2(devnull, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

// What a consistent home means; returns the verified document count.
std::size_t check_consistent(const FeedStore& store, const std::string& name,
                             const SignatureVerifier& verifier) {
  auto state = store.state(name);
  EXPECT_TRUE(state.ok()) << (state.ok() ? "" : state.error().to_string());
  if (!state.ok()) return 0;
  const std::string mirror = store.mirror_dir(name);
  std::size_t documents = 0;
  if (fs::exists(mirror)) {
    for (const auto& e : fs::recursive_directory_iterator(mirror)) {
      const std::string path = e.path().string();
      if (!e.is_regular_file() || e.path().extension() != ".json") continue;
      ++documents;
      const std::string body = vt::testing::slurp(path);
      const std::string sha = vt::testing::slurp(path + ".sha512");
      EXPECT_EQ(sha.substr(0, 128), hex_digest(HashAlgorithm::kSha512, body)) << path;
      EXPECT_EQ(verifier.verify_detached(body, vt::testing::slurp(path + ".asc")).status,
                SignatureStatus::kValid)
          << path;
    }
  }
  for (const auto& [path, doc] : state->documents) {
    const std::string file = mirror + "/" + path;
    EXPECT_TRUE(fs::exists(file)) << path;
    if (fs::exists(file)) {
      EXPECT_EQ(hex_digest(HashAlgorithm::kSha512, vt::testing::slurp(file)), doc.sha512) << path;
    }
  }
  return documents;
}

TEST(FeedsKill, SigkillAtRandomMomentsLeavesAConsistentResumableMirror) {
  const std::string dir = vt::testing::make_temp_dir("vt-feeds-kill");
  ProviderSite site = ProviderSite::from_cisa(dir + "/site", kHost, {"OT/white"});
  // 2024 only, so that 50 runs stay short: the other years leave the tree and the list.
  const std::string dist = site.root + "/csaf/OT/white/";
  for (const auto& e : fs::directory_iterator(dist))
    if (e.is_directory() && e.path().filename() != "2024") fs::remove_all(e.path());
  std::string kept;
  std::istringstream lines(vt::testing::slurp(dist + "changes.csv"));
  for (std::string line; std::getline(lines, line);)
    if (line.find("/2024/") != std::string::npos) kept += line + "\n";
  vt::testing::spit(dist + "changes.csv", kept);
  LoopbackHttps server({kHost}, dir + "/pki");
  server.serve_directory("/", site.root);
  const std::string home = dir + "/home";
  FeedStore store(home);
  ASSERT_TRUE(vt::testing::add_trusted(store, vt::testing::client_options(server, {kHost}), kHost,
                                       site.signer->fingerprint())
                  .ok());
  auto keys = store.keys(kHost);
  ASSERT_TRUE(keys.ok());
  auto verifier = SignatureVerifier::create(*keys, {site.signer->fingerprint()});
  ASSERT_TRUE(verifier.ok());

  const std::vector<std::string> sync = {VT_CLI,
                                         "--data-dir",
                                         VT_BUILD_DATA_DIR,
                                         "feeds",
                                         "sync",
                                         "--home",
                                         home,
                                         "--ca-file",
                                         server.ca_file(),
                                         "--connect-to",
                                         server.connect_to(kHost),
                                         "-q"};
  // How long one whole sync takes here (a sanitizer build is slower): the
  // kills are spread over that span.
  auto calibrate = sync;
  calibrate[6] = dir + "/calibrate";  // the --home value
  {
    FeedStore scratch(calibrate[6]);
    ASSERT_TRUE(scratch.save_provider(*store.provider(kHost)).ok());
    for (const auto& key : *keys)
      ASSERT_TRUE(scratch.save_key(kHost, site.signer->fingerprint(), key).ok());
  }
  const auto start = std::chrono::steady_clock::now();
  pid_t timed = spawn(calibrate);
  int timed_status = 0;
  ::waitpid(timed, &timed_status, 0);
  const int whole_ms = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                            std::chrono::steady_clock::now() - start)
                                            .count());
  ASSERT_TRUE(WIFEXITED(timed_status) && WEXITSTATUS(timed_status) == 0);
  std::mt19937 random(20261203);
  std::uniform_int_distribution<int> delay_ms(20, std::max(200, whole_ms * 11 / 10));
  std::size_t previous = 0, grew = 0;
  for (int kill = 0; kill < 50; ++kill) {
    pid_t pid = spawn(sync);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    const std::size_t now = check_consistent(store, kHost, **verifier);
    if (::testing::Test::HasFailure()) {
      ADD_FAILURE() << "inconsistent after kill " << kill;
      break;
    }
    EXPECT_GE(now, previous);  // a kill never loses verified documents
    grew += now > previous ? 1 : 0;
    previous = now;
  }
  EXPECT_GT(grew, 0u) << "each run resumes: the mirror grows across kills";

  pid_t pid = spawn(sync);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(check_consistent(store, kHost, **verifier), 344u);
  auto state = store.state(kHost);
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->documents.size(), 344u);
  EXPECT_FALSE(state->last_sync.empty());
  std::cout << "a whole sync took " << whole_ms << " ms; the mirror grew in " << grew
            << " of 50 killed runs\n";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vt::feeds
