// Finding a provider's provider-metadata.json (CSAF 2.0, 7.3.1): from a URL
// as given, or from a domain through, in order, the well-known URL
// (https://DOMAIN/.well-known/csaf/provider-metadata.json), the CSAF: lines
// of https://DOMAIN/.well-known/security.txt, and the DNS name
// https://csaf.data.security.DOMAIN. Then `feeds add`: fetch the keys the
// metadata names, check each key's fingerprint, and pin the trusted ones.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "feeds/feed_store.h"
#include "feeds/fetcher.h"
#include "feeds/openpgp.h"
#include "feeds/provider_metadata.h"

namespace vt::feeds {

struct DiscoveredProvider {
  std::string metadata_url;
  ProviderMetadata metadata;
  std::vector<std::string> tried;  // "URL: why not" for the places that did not answer
};

Result<DiscoveredProvider> discover_provider(Fetcher& fetcher, std::string_view domain_or_url,
                                             const std::string& data_dir = {});

struct OfferedKey {
  OpenPgpKey key;
  std::string url;
  std::string armored;
};

struct AddOptions {
  std::string name;                // "" = the metadata URL's host
  std::vector<std::string> trust;  // fingerprints trusted up front (--trust)
  // Asked when `trust` is empty: which of the offered keys to pin (none: the
  // add is refused). The CLI asks on a terminal and refuses otherwise.
  std::function<std::vector<std::string>(const DiscoveredProvider&, const std::vector<OfferedKey>&)>
      confirm;
  std::string data_dir;
  const Clock* clock = nullptr;
};

// Discovers, fetches and checks the keys, pins, saves. Returns the config.
Result<ProviderConfig> add_provider(const FeedStore& store, Fetcher& fetcher,
                                    std::string_view domain_or_url, const AddOptions& options);

// The host of a URL, lowercased, without port ("advisories.stackable.tech").
std::string host_of(std::string_view url);

}  // namespace vt::feeds
