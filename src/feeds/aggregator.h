// aggregator.json (CSAF 2.0 section 7.1.21): a lister's or aggregator's list
// of providers and publishers, each with the URL of its provider metadata and
// the mirrors an aggregator keeps. Checked against the official schema.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::feeds {

struct AggregatorEntry {
  std::string metadata_url;  // the provider's provider-metadata.json
  std::string role;          // optional in the schema: may be empty
  std::string last_updated;
  std::string publisher_name;
  std::vector<std::string> mirrors;  // provider-metadata.json URLs of the copies
  std::string update_interval;       // publishers only ("on best effort")
};

struct AggregatorMetadata {
  std::string name, category, namespace_, canonical_url,
      last_updated;  // category: aggregator or lister
  std::vector<AggregatorEntry> providers, publishers;
};

// JSON syntax, the schema (<data_dir>/schemas/csaf/2.0/aggregator_json_schema.json,
// an empty data_dir meaning vt::find_data_dir()), then the typed read. Errors
// name `where` and the JSON pointer or line:column.
Result<AggregatorMetadata> parse_aggregator(std::string_view text, const std::string& where,
                                            const std::string& data_dir = {});

}  // namespace vt::feeds
