// The feeds' home directory: each provider's pinned configuration, its sync
// state, the verified mirror and the quarantine. Only verified documents
// ever enter mirror/; every file is written atomically, the state last, so a
// kill at any moment leaves a consistent home that the next sync completes.
//
//   HOME/providers/NAME/provider.json   what `feeds add` pinned
//   HOME/providers/NAME/keys/FPR.asc     the pinned public keys
//   HOME/providers/NAME/state.json       what the last sync stored
//   HOME/providers/NAME/events.jsonl     change events, one JSON object a line
//   HOME/mirror/NAME/PATH                verified documents (+ .asc, .sha512)
//   HOME/quarantine/NAME/PATH            refused documents (+ .reason)
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace vt::feeds {

struct ProviderConfig {
  std::string name;
  std::string metadata_url;                       // provider-metadata.json
  std::vector<std::string> trusted_fingerprints;  // primary keys, 40 uppercase hex
  std::string added;                              // RFC 3339
};

// One stored document, as the last sync saw it.
struct StoredDocument {
  std::string listed_updated;  // the timestamp changes.csv / ROLIE gave
  std::string sha512;          // of the stored bytes
  std::string tracking_id, tracking_version, current_release_date;
  std::string etag, last_modified;  // for conditional requests
  bool delisted = false;  // no longer in the provider's listing (kept: absence is no proof)
};

struct QuarantineRecord {
  std::string path;
  std::string reason;
  std::string at;  // RFC 3339
};

struct SyncState {
  std::string last_sync;  // RFC 3339; "" before the first complete sync
  std::map<std::string, std::string> listing_etag, listing_last_modified;  // by listing URL
  std::map<std::string, StoredDocument> documents;                         // by relative path
  std::vector<QuarantineRecord> quarantined;                               // from the last sync
};

class FeedStore {
 public:
  explicit FeedStore(std::string home) : home_(std::move(home)) {}
  // $VEXTRIAGE_HOME, else ~/.local/share/vextriage.
  static std::string default_home();

  const std::string& home() const { return home_; }
  std::string provider_dir(const std::string& name) const { return home_ + "/providers/" + name; }
  std::string mirror_dir(const std::string& name) const { return home_ + "/mirror/" + name; }
  std::string quarantine_dir(const std::string& name) const {
    return home_ + "/quarantine/" + name;
  }

  Result<std::vector<ProviderConfig>> providers() const;
  Result<ProviderConfig> provider(const std::string& name) const;
  Status save_provider(const ProviderConfig& config) const;
  Status save_key(const std::string& provider, const std::string& fingerprint,
                  std::string_view armored) const;
  Result<std::vector<std::string>> keys(
      const std::string& provider) const;  // the armored key files

  Result<SyncState> state(const std::string& provider) const;  // empty state before the first sync
  Status save_state(const std::string& provider, const SyncState& state) const;
  Status append_events(const std::string& provider,
                       const std::vector<std::string>& json_lines) const;

  // Writes a document and its companions into the mirror: companions first,
  // the document last, each atomically. The document in the mirror is always
  // one that passed every check; a kill between the two steps of an update
  // can leave the old document beside the new companions until the next
  // sync, which sees the state still naming the old hash and writes all
  // three again.
  Status store_document(const std::string& provider, const std::string& path,
                        std::string_view document, std::string_view signature,
                        std::string_view sha512_file) const;
  Status quarantine(const std::string& provider, const std::string& path, std::string_view body,
                    const std::string& reason) const;
  // Stray temporary files a killed sync left behind.
  void remove_temporaries(const std::string& provider) const;

 private:
  std::string home_;
};

// Provider names become directory names: [a-z0-9._-], not starting with '.'.
Status check_provider_name(std::string_view name);

}  // namespace vt::feeds
