// Test support for feed tests: a CSAF provider site built on disk from real
// published trees (../shared/corpus), signed again with a key made for the
// test, served over real HTTPS on loopback (loopback_https.h), and the
// clients and checks the sync tests share.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/file.h"
#include "core/hash.h"
#include "feeds/discovery.h"
#include "feeds/fetcher.h"
#include "feeds/http_client.h"
#include "feeds/openpgp_test_signer.h"
#include "feeds/sync.h"
#include "loopback_https.h"

namespace vt::testing {

namespace fs = std::filesystem;

inline std::string make_temp_dir(const std::string& stem) {
  std::string pattern = (fs::temp_directory_path() / (stem + "-XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp");
  return pattern;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void spit(const std::string& path, std::string_view content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

inline std::string sha512_line(std::string_view body, const std::string& name) {
  return hex_digest(HashAlgorithm::kSha512, body) + "  " + name + "\n";
}

// Every regular file under `dir` -> its SHA-256, to prove "unchanged".
inline std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file())
      out[fs::relative(e.path(), dir).string()] =
          hex_digest(HashAlgorithm::kSha256, slurp(e.path().string()));
  return out;
}

// A provider site: DIR/.well-known/csaf/provider-metadata.json, the key under
// DIR/csaf/openpgp/, directory distributions under DIR/csaf/...
struct ProviderSite {
  std::string root;
  std::string host;
  std::unique_ptr<feeds::testing::TestSigner> signer;
  std::vector<std::string>
      directories;  // URL paths of the directory distributions ("/csaf/OT/white/")

  std::string url(const std::string& path) const { return "https://" + host + path; }
  std::string metadata_url() const { return url("/.well-known/csaf/provider-metadata.json"); }

  std::string sign(std::string_view body) const {
    auto sig = signer->sign(body);
    if (!sig.ok()) throw std::runtime_error(sig.error().to_string());
    return *sig;
  }

  // Signs every *.json document under the distributions (the .asc beside it).
  void sign_all() const {
    for (const auto& d : directories)
      for (const auto& e : fs::recursive_directory_iterator(root + d))
        if (e.is_regular_file() && e.path().extension() == ".json")
          spit(e.path().string() + ".asc", sign(slurp(e.path().string())));
  }

  // Publishes `body` at DIST/PATH with a new hash, signature and change line.
  void publish(const std::string& dist, const std::string& path, std::string_view body,
               const std::string& updated) const {
    const std::string file = root + dist + path;
    spit(file, body);
    spit(file + ".sha512", sha512_line(body, fs::path(path).filename().string()));
    spit(file + ".asc", sign(body));
    const std::string changes_path = root + dist + "changes.csv";
    std::string changes = slurp(changes_path);
    spit(changes_path, "\"" + path + "\",\"" + updated + "\"\n" + changes);
  }

  void write_metadata(const std::string& fingerprint, const std::string& key_path) const {
    std::string dists;
    for (const auto& d : directories)
      dists += std::string(dists.empty() ? "" : ",") + "{\"directory_url\":\"" + url(d) + "\"}";
    spit(root + "/.well-known/csaf/provider-metadata.json",
         "{\"canonical_url\":\"" + metadata_url() + "\",\"distributions\":[" + dists +
             "],\"last_updated\":\"2026-11-01T00:00:00Z\",\"list_on_CSAF_aggregators\":true,"
             "\"metadata_version\":\"2.0\",\"mirror_on_CSAF_aggregators\":true,"
             "\"public_openpgp_keys\":[{\"fingerprint\":\"" +
             fingerprint + "\",\"url\":\"" + url(key_path) +
             "\"}],\"publisher\":{\"category\":\"coordinator\",\"name\":\"Test provider " + host +
             "\",\"namespace\":\"https://" + host + "\"},\"role\":\"csaf_trusted_provider\"}\n");
  }

  // The CISA tree (../shared/corpus/cisa: OT/white, IT/white), or a part of
  // it, as a provider at `host`, signed with a fresh key.
  static ProviderSite from_cisa(const std::string& root, const std::string& host,
                                const std::vector<std::string>& folders) {
    ProviderSite site;
    site.root = root;
    site.host = host;
    auto signer = feeds::testing::TestSigner::generate();
    if (!signer.ok()) throw std::runtime_error(signer.error().to_string());
    site.signer = std::move(*signer);
    for (const auto& folder : folders) {
      const std::string dist = "/csaf/" + folder + "/";
      fs::create_directories(root + dist);
      fs::copy(std::string(VT_SHARED_DIR) + "/corpus/cisa/" + folder, root + dist,
               fs::copy_options::recursive | fs::copy_options::overwrite_existing);
      site.directories.push_back(dist);
    }
    site.sign_all();
    auto key = site.signer->public_key();
    spit(root + "/csaf/openpgp/" + site.signer->fingerprint() + ".asc", *key);
    site.write_metadata(site.signer->fingerprint(),
                        "/csaf/openpgp/" + site.signer->fingerprint() + ".asc");
    return site;
  }
};

inline feeds::HttpClientOptions client_options(const LoopbackHttps& server,
                                               const std::vector<std::string>& hosts) {
  feeds::HttpClientOptions o;
  o.ca_file = server.ca_file();
  for (const auto& h : hosts) o.connect_to.push_back(server.connect_to(h));
  o.timeout_seconds = 20;
  o.max_body_bytes = 32u << 20;
  return o;
}

inline feeds::SyncOptions sync_options(const feeds::HttpClientOptions& http) {
  feeds::SyncOptions o;
  o.jobs = 4;
  o.make_client = [http] { return feeds::make_curl_client(http); };
  o.fetch.retries = 1;
  o.fetch.sleep = [](int) {};
  o.data_dir = VT_BUILD_DATA_DIR;
  return o;
}

// `feeds add DOMAIN --trust FINGERPRINT` against the test server.
inline Result<feeds::ProviderConfig> add_trusted(const feeds::FeedStore& store,
                                                 const feeds::HttpClientOptions& http,
                                                 const std::string& domain,
                                                 const std::string& fingerprint) {
  auto client = feeds::make_curl_client(http);
  feeds::Fetcher fetcher(*client, {});
  feeds::AddOptions options;
  options.trust = {fingerprint};
  options.data_dir = VT_BUILD_DATA_DIR;
  return feeds::add_provider(store, fetcher, domain, options);
}

}  // namespace vt::testing
