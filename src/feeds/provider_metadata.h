// provider-metadata.json (CSAF 2.0 section 7.1.7): what a provider says about
// itself, where its documents are (directory URL, ROLIE feeds) and which
// OpenPGP keys sign them. Checked against the official schema before use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "json/json.h"

namespace vt::feeds {

struct PublicKeyRef {
  std::string fingerprint;  // uppercase hex, spaces removed; may be empty (optional in the schema)
  std::string url;
};

struct RolieFeedRef {
  std::string tlp_label;  // UNLABELED, WHITE, GREEN, AMBER or RED
  std::string url;
  std::string summary;
};

struct Distribution {
  std::string directory_url;  // empty for a ROLIE-only distribution
  std::vector<RolieFeedRef> rolie_feeds;
};

struct ProviderMetadata {
  std::string canonical_url, last_updated, metadata_version,
      role;  // role e.g. "csaf_trusted_provider"
  std::string publisher_name, publisher_namespace, publisher_category;
  bool list_on_csaf_aggregators = false, mirror_on_csaf_aggregators = false;
  std::vector<Distribution> distributions;
  std::vector<PublicKeyRef> public_openpgp_keys;
};

// Parses and checks provider-metadata.json: JSON syntax, then the official
// schema (<data_dir>/schemas/csaf/2.0/provider_json_schema.json; an empty
// data_dir means vt::find_data_dir()), then the typed read. Errors name
// `where` and the JSON pointer ("where#/distributions/0") or line:column.
Result<ProviderMetadata> parse_provider_metadata(std::string_view text, const std::string& where,
                                                 const std::string& data_dir = {});

// Validates `root` against one of the CSAF 2.0 metadata schemas
// ("provider_json_schema.json", "aggregator_json_schema.json") of the data
// directory. Each schema is compiled once per process and data directory.
// The first problem becomes the error ("where#/pointer"), with the count of
// the others.
Status check_metadata_schema(const json::Value& root, std::string_view schema_file,
                             const std::string& where, const std::string& data_dir);

}  // namespace vt::feeds
