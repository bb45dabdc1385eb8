#include "feeds/sync.h"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "core/file.h"
#include "core/hash.h"
#include "core/rfc3339.h"
#include "feeds/directory_listing.h"
#include "feeds/document_check.h"
#include "feeds/host_gate.h"
#include "feeds/openpgp.h"
#include "feeds/provider_metadata.h"
#include "feeds/rolie.h"
#include "feeds/sync_events.h"
#include "json/json.h"
#include "matching/claim_diff.h"
#include "matching/load.h"
#include "validation/validator.h"
#include "version/compare.h"

namespace vt::feeds {
namespace {

constexpr std::size_t kMaxDocumentBytes = 256u << 20;

// One document the provider lists, and where its parts are.
struct ListedDocument {
  std::string path;  // relative, checked (directory_relative_path)
  std::string updated;
  std::string url, sha512_url, sha256_url, signature_url;
};

struct Listing {
  std::vector<ListedDocument> documents;
  bool not_modified = false;  // every change list answered 304: nothing to do
  // Folders whose list was read in full: a stored document under one of them
  // that is not listed any more is "delisted".
  std::vector<std::string> complete_prefixes;
};

std::string join_url(const std::string& directory, const std::string& path) {
  return directory + (directory.empty() || directory.back() == '/' ? "" : "/") + path;
}

// The part of a URL after its origin, without the leading '/'.
std::string url_path(const std::string& url) {
  std::string origin = origin_of(url);
  std::string rest = url.substr(std::min(origin.size(), url.size()));
  rest = rest.substr(0, rest.find_first_of("?#"));
  while (!rest.empty() && rest.front() == '/') rest.erase(0, 1);
  return rest;
}

// A URL path as a path in the mirror: segments of [A-Za-z0-9._+-], none "."
// or "..", so that nothing a provider lists can write outside its folder.
Result<std::string> mirror_path(const std::string& url) {
  const std::string path = url_path(url);
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = std::min(path.find('/', start), path.size());
    std::string_view seg = std::string_view(path).substr(start, end - start);
    bool ok = !seg.empty() && seg != "." && seg != "..";
    for (char c : seg)
      ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '+' || c == '-');
    if (!ok) return make_error(ErrorCode::kInvalidInput, "not a safe path for the mirror", url);
    start = end + 1;
  }
  return path;
}

bool is_rfc3339_newer(const std::string& a, const std::string& b) {
  auto ia = parse_rfc3339(a), ib = parse_rfc3339(b);
  if (ia && ib) return ib->compare(*ia) < 0;
  return a > b;
}

// Newer tracking.version: integers and semantic versions both order under
// the generic dotted-number rule (as matching/load.cpp does).
int compare_tracking_versions(const std::string& a, const std::string& b) {
  auto c = version::compare("generic", a, b);
  return c.ok() ? *c : a.compare(b);
}

class ProviderSync {
 public:
  ProviderSync(const FeedStore& store, ProviderConfig config, const SyncOptions& options)
      : store_(store),
        config_(std::move(config)),
        options_(options),
        clock_(options.clock ? *options.clock : system_clock()) {
    report_.provider = config_.name;
  }

  Result<SyncReport> run() {
    store_.remove_temporaries(config_.name);
    VT_ASSIGN_OR_RETURN(state_, store_.state(config_.name));
    client_ = options_.make_client();
    Fetcher fetcher(*client_, options_.fetch);

    VT_ASSIGN_OR_RETURN(ProviderMetadata metadata, read_metadata(fetcher));
    VT_TRY(prepare_verifier(metadata));
    VT_ASSIGN_OR_RETURN(Listing listing, list_documents(fetcher, metadata));
    report_.listing_not_modified = listing.not_modified;

    std::vector<const ListedDocument*> work;
    if (!listing.not_modified) {
      report_.listed = listing.documents.size();
      std::set<std::string> listed_paths;
      for (const auto& d : listing.documents) {
        listed_paths.insert(d.path);
        auto it = state_.documents.find(d.path);
        if (it == state_.documents.end() || it->second.listed_updated != d.updated ||
            retry_.count(d.path))
          work.push_back(&d);
      }
      for (auto& [path, doc] : state_.documents) {
        if (listed_paths.count(path) || doc.delisted) continue;
        bool covered = false;
        for (const auto& prefix : listing.complete_prefixes)
          covered = covered || path.rfind(prefix, 0) == 0;
        if (!covered) continue;
        doc.delisted = true;
        ++report_.delisted;
        add_event(event_json(clock_.now_rfc3339(), config_.name, "delisted", path, doc.tracking_id,
                             doc.tracking_version, "", {}));
      }
    } else {
      report_.listed = state_.documents.size();
    }
    report_.to_fetch = work.size();
    VT_ASSIGN_OR_RETURN(validator_, validation::Validator::create(
                                        {validation::Preset::kMandatory, {}, options_.data_dir}));
    download_all(work);

    // Quarantine records: this run's, plus earlier ones not retried.
    std::set<std::string> touched;
    for (const auto* d : work) touched.insert(d->path);
    std::vector<QuarantineRecord> kept;
    for (auto& q : state_.quarantined)
      if (!touched.count(q.path)) kept.push_back(std::move(q));
    for (const auto& q : report_.quarantined) kept.push_back(q);
    state_.quarantined = std::move(kept);
    state_.last_sync = clock_.now_rfc3339();
    VT_TRY(checkpoint());
    return std::move(report_);
  }

 private:
  Result<ProviderMetadata> read_metadata(Fetcher& fetcher) {
    VT_ASSIGN_OR_RETURN(HttpResponse r, fetcher.get(config_.metadata_url));
    if (r.status != 200)
      return make_error(ErrorCode::kNotFound, "provider metadata: HTTP " + std::to_string(r.status),
                        config_.metadata_url);
    return parse_provider_metadata(r.body, config_.metadata_url, options_.data_dir);
  }

  Status prepare_verifier(const ProviderMetadata& metadata) {
    std::set<std::string> pinned(config_.trusted_fingerprints.begin(),
                                 config_.trusted_fingerprints.end());
    bool still_listed = false;
    for (const auto& k : metadata.public_openpgp_keys) {
      if (pinned.count(k.fingerprint))
        still_listed = true;
      else
        report_.notes.push_back(
            "the provider metadata names key " + k.fingerprint +
            ", which is not pinned: documents it signs are quarantined until it is trusted "
            "(`vextriage feeds add " +
            config_.metadata_url + " --trust " + k.fingerprint + "`)");
    }
    if (!still_listed)
      report_.notes.push_back(
          "the provider metadata no longer names any pinned key; the pinned keys still decide");
    VT_ASSIGN_OR_RETURN(std::vector<std::string> keys, store_.keys(config_.name));
    VT_ASSIGN_OR_RETURN(verifier_, SignatureVerifier::create(keys, config_.trusted_fingerprints));
    return {};
  }

  Result<Listing> list_documents(Fetcher& fetcher, const ProviderMetadata& metadata) {
    // Documents quarantined for a passing reason are retried even when the
    // change list says nothing changed.
    for (const auto& q : state_.quarantined)
      if (q.reason.rfind("download:", 0) == 0) retry_.insert(q.path);
    Listing listing;
    std::size_t lists = 0, unchanged = 0;
    // Directory distributions first; ROLIE feeds only when there is none
    // (both describe the same documents).
    for (const auto& dist : metadata.distributions) {
      if (dist.directory_url.empty()) continue;
      ++lists;
      VT_ASSIGN_OR_RETURN(bool changed, list_directory(fetcher, dist.directory_url, listing));
      unchanged += changed ? 0 : 1;
    }
    if (lists == 0) {
      for (const auto& dist : metadata.distributions)
        for (const auto& feed : dist.rolie_feeds) {
          ++lists;
          VT_ASSIGN_OR_RETURN(bool changed, list_rolie(fetcher, feed, listing));
          unchanged += changed ? 0 : 1;
        }
    }
    if (lists == 0)
      return make_error(ErrorCode::kInvalidInput, "the provider metadata names no distribution",
                        config_.metadata_url);
    listing.not_modified = unchanged == lists;
    keep_newest_per_path(listing);
    return listing;
  }

  Result<HttpResponse> get_listing(Fetcher& fetcher, const std::string& url) {
    Conditional cond;
    if (retry_.empty()) {
      if (auto it = state_.listing_etag.find(url); it != state_.listing_etag.end())
        cond.etag = it->second;
      if (auto it = state_.listing_last_modified.find(url);
          it != state_.listing_last_modified.end())
        cond.last_modified = it->second;
    }
    VT_ASSIGN_OR_RETURN(HttpResponse r, fetcher.get(url, cond));
    if (r.status == 200) {
      pending_listing_etag_[url] = r.header("etag");
      pending_listing_last_modified_[url] = r.header("last-modified");
    }
    return r;
  }

  void add_listed(Listing& listing, ListedDocument d, const std::string& listed) {
    auto stored = mirror_path(d.url);
    if (!stored.ok() || stored->size() < 5 ||
        stored->compare(stored->size() - 5, 5, ".json") != 0) {
      report_.quarantined.push_back(
          {listed, "listing: not a safe path to a .json file", clock_.now_rfc3339()});
      return;
    }
    d.path = *stored;
    listing.documents.push_back(std::move(d));
  }

  // Adds the distribution's documents; false when its list is unchanged (304).
  Result<bool> list_directory(Fetcher& fetcher, const std::string& directory, Listing& listing) {
    const std::string changes_url = join_url(directory, "changes.csv");
    VT_ASSIGN_OR_RETURN(HttpResponse r, get_listing(fetcher, changes_url));
    if (r.status == 304) return false;
    auto add = [&](const std::string& listed, const std::string& updated) {
      auto path = directory_relative_path(listed, changes_url);
      if (!path.ok()) {
        report_.quarantined.push_back(
            {listed, "listing: " + path.error().message, clock_.now_rfc3339()});
        return;
      }
      ListedDocument d;
      d.updated = updated;
      // Stored under the distribution's own path: two distributions (CISA's
      // OT and IT folders) may list the same YYYY/name.
      d.url = join_url(directory, *path);
      d.sha512_url = d.url + ".sha512";
      d.sha256_url = d.url + ".sha256";
      d.signature_url = d.url + ".asc";
      add_listed(listing, std::move(d), listed);
    };
    if (r.status == 200) {
      VT_ASSIGN_OR_RETURN(std::vector<ChangeEntry> entries, parse_changes_csv(r.body, changes_url));
      for (const auto& e : entries) add(e.path, e.updated);
    } else {
      // No changes.csv (404): index.txt lists the files without times.
      const std::string index_url = join_url(directory, "index.txt");
      VT_ASSIGN_OR_RETURN(HttpResponse ix, get_listing(fetcher, index_url));
      if (ix.status == 304) return false;
      if (ix.status != 200)
        return make_error(
            ErrorCode::kNotFound,
            "neither changes.csv nor index.txt (HTTP " + std::to_string(ix.status) + ")",
            directory);
      VT_ASSIGN_OR_RETURN(std::vector<std::string> paths, parse_index_txt(ix.body, index_url));
      for (const auto& p : paths) add(p, "unknown");
    }
    listing.complete_prefixes.push_back(url_path(directory));
    return true;
  }

  Result<bool> list_rolie(Fetcher& fetcher, const RolieFeedRef& feed, Listing& listing) {
    VT_ASSIGN_OR_RETURN(HttpResponse r, get_listing(fetcher, feed.url));
    if (r.status == 304) return false;
    if (r.status != 200) {
      // A feed for TLP:AMBER or RED needs credentials we do not have.
      report_.notes.push_back("ROLIE feed " + feed.url + " (TLP " + feed.tlp_label + "): HTTP " +
                              std::to_string(r.status) + ", skipped");
      return true;
    }
    VT_ASSIGN_OR_RETURN(RolieFeed parsed, parse_rolie_feed(r.body, feed.url));
    std::string common;  // the documents' common folder: delisting stays inside it
    bool first = true;
    for (const auto& e : parsed.entries) {
      ListedDocument d;
      d.updated = e.updated;
      d.url = e.document_url;
      d.sha512_url = e.hash_url_sha512;
      d.sha256_url = e.hash_url_sha256;
      d.signature_url = e.signature_url.empty() ? e.document_url + ".asc" : e.signature_url;
      if (d.sha512_url.empty() && d.sha256_url.empty()) d.sha512_url = e.document_url + ".sha512";
      std::string folder = url_path(e.document_url);
      folder = folder.substr(0, folder.rfind('/') + 1);
      if (first) common = folder;
      while (!common.empty() && folder.rfind(common, 0) != 0) {
        common.pop_back();
        common = common.substr(0, common.rfind('/') + 1);
      }
      first = false;
      add_listed(listing, std::move(d), e.document_url);
    }
    if (!parsed.entries.empty() && !common.empty()) listing.complete_prefixes.push_back(common);
    return true;
  }

  // A path listed twice (a provider's listing may repeat a file) is done once,
  // with its newest time.
  static void keep_newest_per_path(Listing& listing) {
    std::map<std::string, std::size_t> at;
    std::vector<ListedDocument> out;
    for (auto& d : listing.documents) {
      auto [it, inserted] = at.emplace(d.path, out.size());
      if (inserted)
        out.push_back(std::move(d));
      else if (is_rfc3339_newer(d.updated, out[it->second].updated))
        out[it->second] = std::move(d);
    }
    listing.documents = std::move(out);
  }

  void download_all(const std::vector<const ListedDocument*>& work) {
    std::atomic<std::size_t> next{0}, done{0};
    const int jobs = std::max(1, std::min<int>(options_.jobs, static_cast<int>(work.size())));
    auto worker = [&] {
      std::unique_ptr<HttpClient> client = options_.make_client();
      GatedClient gated(*client, gate_);
      Fetcher fetcher(gated, options_.fetch);
      for (std::size_t i = next++; i < work.size(); i = next++) {
        process(fetcher, *work[i]);
        std::size_t n = ++done;
        if (options_.progress) {
          std::lock_guard<std::mutex> lock(mutex_);
          options_.progress(n, work.size());
        }
      }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
  }

  void quarantine(const ListedDocument& d, std::string_view body, const std::string& reason) {
    Status st = store_.quarantine(config_.name, d.path, body, reason);
    std::lock_guard<std::mutex> lock(mutex_);
    QuarantineRecord q{d.path, reason, clock_.now_rfc3339()};
    if (!st.ok())
      q.reason += " (could not be written to the quarantine: " + st.error().to_string() + ")";
    report_.quarantined.push_back(q);
    add_event(event_json(q.at, config_.name, "quarantined", d.path, "", "", "", {}, reason));
  }

  // The .sha512 (or .sha256) file, preferring SHA-512 (MSRC serves only it).
  Result<std::pair<std::string, int>> fetch_hash(Fetcher& fetcher, const ListedDocument& d) {
    for (auto [url, bits] : {std::pair{d.sha512_url, 512}, std::pair{d.sha256_url, 256}}) {
      if (url.empty()) continue;
      VT_ASSIGN_OR_RETURN(HttpResponse r, fetcher.get(url));
      if (r.status == 200) return std::pair{std::move(r.body), bits};
    }
    return make_error(ErrorCode::kNotFound, "no .sha512 or .sha256 file", d.url);
  }

  void process(Fetcher& fetcher, const ListedDocument& d) {
    StoredDocument previous;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (auto it = state_.documents.find(d.path); it != state_.documents.end())
        previous = it->second;
    }
    auto doc = fetcher.get(d.url, {previous.etag, previous.last_modified});
    if (!doc.ok()) return quarantine(d, "", "download: " + doc.error().to_string());
    if (doc->status == 404)
      return quarantine(d, "", "download: listed, but the server answers 404");
    if (doc->status == 304) return record_unchanged(d, previous);
    if (doc->body.size() > kMaxDocumentBytes)
      return quarantine(d, "", "download: larger than 256 MiB");

    DownloadedDocument dl;
    dl.path = d.path;
    dl.body = std::move(doc->body);
    // The stored copy (read from the mirror itself, which a killed sync may
    // have left ahead of the state) decides downgrades and diffs. Only
    // verified documents are ever written there, so the same bytes need no
    // second verification: a resumed sync skips them cheaply.
    const std::string stored_path = store_.mirror_dir(config_.name) + "/" + d.path;
    std::string old_body;
    if (std::filesystem::exists(stored_path)) {
      auto old = read_file(stored_path, kMaxDocumentBytes);
      if (old.ok()) old_body = std::move(*old);
    }
    if (!old_body.empty() && old_body == dl.body) {
      CheckedDocument same;
      same.sha512 = hex_digest(HashAlgorithm::kSha512, dl.body);
      read_tracking(dl.body, same);
      return record_stored(d, same, doc->header("etag"), doc->header("last-modified"), true);
    }
    auto hash = fetch_hash(fetcher, d);
    if (!hash.ok()) return quarantine(d, dl.body, "hash: " + hash.error().message);
    dl.hash_file = std::move(hash->first);
    dl.hash_bits = hash->second;
    auto sig = fetcher.get(d.signature_url);
    if (!sig.ok()) return quarantine(d, dl.body, "download: " + sig.error().to_string());
    if (sig->status != 200)
      return quarantine(d, dl.body,
                        "signature: no .asc file (HTTP " + std::to_string(sig->status) + ")");
    dl.signature = std::move(sig->body);

    auto checked = check_document(dl, *verifier_, *validator_);
    if (!checked.ok()) return quarantine(d, dl.body, checked.error().message);

    std::string old_version, old_id;
    std::vector<matching::Claim> old_claims;
    if (!old_body.empty()) {
      matching::ClaimSet old_set = matching::claims_from_text(old_body, stored_path);
      old_claims = std::move(old_set.claims);
      old_version = tracking_version_of(old_body);
      if (!old_version.empty() &&
          compare_tracking_versions(checked->tracking_version, old_version) < 0)
        return quarantine(d, dl.body,
                          "downgrade: tracking.version " + checked->tracking_version +
                              " is older than the stored " + old_version +
                              " (a replayed old revision?); the stored one is kept");
    }
    const std::string sha_text =
        dl.hash_bits == 512 ? dl.hash_file : checked->sha512 + "  " + d.path + "\n";
    Status st = store_.store_document(config_.name, d.path, dl.body, dl.signature, sha_text);
    if (!st.ok()) return quarantine(d, dl.body, "store: " + st.error().to_string());

    matching::ClaimSet now = matching::claims_from_text(dl.body, stored_path);
    auto changes = matching::diff_claims(old_claims, now.claims);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      add_event(event_json(clock_.now_rfc3339(), config_.name, old_body.empty() ? "new" : "updated",
                           d.path, checked->tracking_id, checked->tracking_version, old_version,
                           changes));
    }
    record_stored(d, *checked, doc->header("etag"), doc->header("last-modified"), false);
  }

  static std::string tracking_version_of(const std::string& body) {
    CheckedDocument c;
    read_tracking(body, c);
    return c.tracking_version;
  }

  static void read_tracking(const std::string& body, CheckedDocument& c) {
    json::Parser parser;
    auto root = parser.parse(body, "");
    if (!root.ok()) return;
    auto text = [&](const char* pointer) {
      auto p = json::resolve_pointer(*root, pointer);
      return p.ok() && p->is_string() ? std::string(p->as_string()) : std::string();
    };
    c.tracking_id = text("/document/tracking/id");
    c.tracking_version = text("/document/tracking/version");
    c.current_release_date = text("/document/tracking/current_release_date");
  }

  void record_unchanged(const ListedDocument& d, const StoredDocument& previous) {
    std::lock_guard<std::mutex> lock(mutex_);
    StoredDocument& s = state_.documents[d.path];
    s = previous;
    s.listed_updated = d.updated;
    s.delisted = false;
    ++report_.unchanged;
  }

  void record_stored(const ListedDocument& d, const CheckedDocument& c, std::string etag,
                     std::string last_modified, bool unchanged) {
    std::lock_guard<std::mutex> lock(mutex_);
    StoredDocument& s = state_.documents[d.path];
    s.listed_updated = d.updated;
    s.sha512 = c.sha512;
    s.tracking_id = c.tracking_id;
    s.tracking_version = c.tracking_version;
    s.current_release_date = c.current_release_date;
    s.etag = std::move(etag);
    s.last_modified = std::move(last_modified);
    s.delisted = false;
    ++(unchanged ? report_.unchanged : report_.stored);
    if (++since_checkpoint_ >= options_.checkpoint_every) {
      since_checkpoint_ = 0;
      Status st = save_locked();
      if (!st.ok()) report_.notes.push_back("checkpoint: " + st.error().to_string());
    }
  }

  void add_event(std::string line) {
    report_.events.push_back(std::move(line));
    pending_events_.push_back(report_.events.back());
  }

  // Events first, then the state: a kill between the two repeats events, never loses them.
  Status save_locked() {
    VT_TRY(store_.append_events(config_.name, pending_events_));
    pending_events_.clear();
    return store_.save_state(config_.name, state_);
  }

  Status checkpoint() {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& [url, etag] : pending_listing_etag_) state_.listing_etag[url] = etag;
    for (auto& [url, lm] : pending_listing_last_modified_) state_.listing_last_modified[url] = lm;
    return save_locked();
  }

  const FeedStore& store_;
  ProviderConfig config_;
  const SyncOptions& options_;
  const Clock& clock_;
  std::unique_ptr<HttpClient> client_;
  std::unique_ptr<SignatureVerifier> verifier_;
  std::shared_ptr<const validation::Validator> validator_;
  SyncState state_;
  SyncReport report_;
  std::set<std::string> retry_;
  std::map<std::string, std::string> pending_listing_etag_, pending_listing_last_modified_;
  std::vector<std::string> pending_events_;
  std::size_t since_checkpoint_ = 0;
  std::mutex mutex_;
  HostGate gate_{options_.per_host};
};

}  // namespace

Result<SyncReport> sync_provider(const FeedStore& store, const std::string& provider,
                                 const SyncOptions& options) {
  VT_ASSIGN_OR_RETURN(ProviderConfig config, store.provider(provider));
  if (!options.make_client)
    return make_error(ErrorCode::kInternal, "no HTTP client factory", provider);
  return ProviderSync(store, std::move(config), options).run();
}

}  // namespace vt::feeds
