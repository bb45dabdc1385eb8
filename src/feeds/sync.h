// Incremental, verified sync of one provider into the mirror: read the
// provider metadata, list what changed since the last sync (changes.csv or
// ROLIE `updated`, conditional requests), download in parallel, check every
// document (document_check.h), store or quarantine it, and report what
// changed, down to (vulnerability, product) status changes.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "feeds/feed_store.h"
#include "feeds/fetcher.h"
#include "feeds/http_client.h"

namespace vt::feeds {

struct SyncOptions {
  int jobs = 4;      // parallel downloads
  int per_host = 4;  // at most this many requests in flight to one host
  FetchPolicy fetch;
  std::function<std::unique_ptr<HttpClient>()> make_client;  // one per worker thread
  const Clock* clock = nullptr;                              // nullptr: the system clock
  std::string data_dir;  // schemas for validation; "" = find_data_dir()
  std::size_t checkpoint_every =
      100;  // documents stored between state saves (resumable after a kill)
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct SyncReport {
  std::string provider;
  std::size_t listed = 0;             // documents the provider lists
  std::size_t to_fetch = 0;           // new or changed since the last sync
  std::size_t stored = 0;             // verified and written to the mirror
  std::size_t unchanged = 0;          // fetched (or 304) and identical to the stored copy
  std::size_t delisted = 0;           // stored before, no longer listed
  bool listing_not_modified = false;  // the change list answered 304
  std::vector<QuarantineRecord> quarantined;
  std::vector<std::string> events;  // JSON lines, also appended to events.jsonl
  std::vector<std::string> notes;   // for people: key changes, skipped feeds
};

// Syncs `provider` (as `feeds add` configured it). An error means the
// provider itself could not be read (metadata, listing); per-document
// failures are quarantined and reported.
Result<SyncReport> sync_provider(const FeedStore& store, const std::string& provider,
                                 const SyncOptions& options);

}  // namespace vt::feeds
