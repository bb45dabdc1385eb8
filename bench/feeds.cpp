// Feed sync at provider scale: CISA's whole tree (../shared/corpus/cisa,
// 2,383 advisories, OT + IT) signed again with a generated key, served over
// HTTPS on loopback, synced into an empty home with every check on (hash,
// OpenPGP signature, schema + mandatory tests, file name, atomic writes with
// fsync), then synced again with nothing changed. Prints documents per
// second, the no-change re-sync time, and what the checks cost on their own
// (signatures, validation) on the same documents.
//
// Peer: gocsaf's csaf_downloader needs Go modules from the internet to
// build (Debian packages only golang itself), so there is no peer figure;
// the absolute numbers and the split are printed instead.
//   bench/feeds [JOBS]
#include <chrono>
#include <cstdio>

#include "feeds/discovery.h"
#include "feeds/openpgp.h"
#include "feeds_provider_site.h"
#include "json/json.h"
#include "validation/validator.h"

namespace {

using Steady = std::chrono::steady_clock;
double since(Steady::time_point t) {
  return std::chrono::duration<double>(Steady::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace vt;
  const int jobs = argc > 1 ? std::atoi(argv[1]) : 4;
  const std::string host = "bench.example.test";
  const std::string dir = testing::make_temp_dir("vt-bench-feeds");
  auto t = Steady::now();
  testing::ProviderSite site =
      testing::ProviderSite::from_cisa(dir + "/site", host, {"OT/white", "IT/white"});
  std::printf("provider: CISA tree re-signed in %.2f s\n", since(t));
  testing::LoopbackHttps server({host}, dir + "/pki");
  server.serve_directory("/", site.root);
  auto http = testing::client_options(server, {host});
  http.max_body_bytes = 256u << 20;

  feeds::FeedStore store(dir + "/home");
  auto client = feeds::make_curl_client(http);
  feeds::Fetcher fetcher(*client, {});
  feeds::AddOptions add;
  add.trust = {site.signer->fingerprint()};
  add.data_dir = VT_BUILD_DATA_DIR;
  auto config = feeds::add_provider(store, fetcher, host, add);
  if (!config.ok()) {
    std::fprintf(stderr, "%s\n", config.error().to_string().c_str());
    return 2;
  }
  auto options = testing::sync_options(http);
  options.jobs = jobs;

  t = Steady::now();
  auto full = feeds::sync_provider(store, config->name, options);
  const double full_s = since(t);
  if (!full.ok()) {
    std::fprintf(stderr, "%s\n", full.error().to_string().c_str());
    return 2;
  }
  std::printf(
      "full sync, %d jobs: %zu documents (%zu stored, %zu quarantined) in %.2f s = %.0f "
      "documents/s\n",
      jobs, full->listed, full->stored, full->quarantined.size(), full_s, full->listed / full_s);

  server.reset_counts();
  t = Steady::now();
  auto again = feeds::sync_provider(store, config->name, options);
  std::printf("no-change re-sync: %.3f s, %d requests (all 304: %s)\n", since(t),
              server.total_requests(), again.ok() && again->listing_not_modified ? "yes" : "no");

  // The checks alone, on one core, over the same documents.
  std::vector<std::pair<std::string, std::string>> docs;  // body, signature
  for (const auto& d : site.directories)
    for (const auto& e : std::filesystem::recursive_directory_iterator(site.root + d)) {
      const std::string p = e.path().string();
      const std::string year = e.path().parent_path().filename().string();
      if (e.is_regular_file() && e.path().extension() == ".json" && year.size() == 4 &&
          year[0] == '2')
        docs.emplace_back(testing::slurp(p), testing::slurp(p + ".asc"));
    }
  auto keys = store.keys(config->name);
  auto verifier = feeds::SignatureVerifier::create(*keys, config->trusted_fingerprints);
  t = Steady::now();
  std::size_t valid = 0;
  for (const auto& [body, sig] : docs)
    valid +=
        (*verifier)->verify_detached(body, sig).status == feeds::SignatureStatus::kValid ? 1 : 0;
  const double sig_s = since(t);
  auto validator =
      validation::Validator::create({validation::Preset::kMandatory, {}, VT_BUILD_DATA_DIR});
  json::Parser parser;
  t = Steady::now();
  for (const auto& [body, sig] : docs) {
    auto root = parser.parse(body, "");
    if (root.ok()) (void)(*validator)->validate(*root);
  }
  const double val_s = since(t);
  std::printf(
      "the rest of the sync is HTTPS round trips (3 a document) and durable writes (fsync)\n");
  std::printf(
      "on one core: %zu signature checks in %.2f s (%zu valid), validation (schema + mandatory) "
      "%.2f s\n",
      docs.size(), sig_s, valid, val_s);
  std::printf("peer: none (gocsaf csaf_downloader cannot be built offline)\n");
  std::filesystem::remove_all(dir);
  return 0;
}
