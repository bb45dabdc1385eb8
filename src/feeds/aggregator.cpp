#include "feeds/aggregator.h"

#include "feeds/provider_metadata.h"
#include "json/json.h"
#include "json/members.h"

namespace vt::feeds {
namespace {

std::vector<AggregatorEntry> entries(const json::Value& root, std::string_view key) {
  std::vector<AggregatorEntry> out;
  auto list = root.find(key);
  if (!list || !list->is_array()) return out;
  out.reserve(list->size());
  for (json::Value item : list->items()) {
    AggregatorEntry e;
    if (auto metadata = item.find("metadata")) {
      e.metadata_url = json::string_member(*metadata, "url");
      e.role = json::string_member(*metadata, "role");
      e.last_updated = json::string_member(*metadata, "last_updated");
      if (auto publisher = metadata->find("publisher"))
        e.publisher_name = json::string_member(*publisher, "name");
    }
    if (auto mirrors = item.find("mirrors"); mirrors && mirrors->is_array())
      for (json::Value m : mirrors->items())
        if (m.is_string()) e.mirrors.emplace_back(m.as_string());
    e.update_interval = json::string_member(item, "update_interval");
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<AggregatorMetadata> parse_aggregator(std::string_view text_in, const std::string& where,
                                            const std::string& data_dir) {
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(text_in, where));
  VT_TRY(check_metadata_schema(root, "aggregator_json_schema.json", where, data_dir));

  // Past the schema, every required member is there with its type.
  AggregatorMetadata a;
  if (auto aggregator = root.find("aggregator")) {
    a.name = json::string_member(*aggregator, "name");
    a.category = json::string_member(*aggregator, "category");
    a.namespace_ = json::string_member(*aggregator, "namespace");
  }
  a.canonical_url = json::string_member(root, "canonical_url");
  a.last_updated = json::string_member(root, "last_updated");
  a.providers = entries(root, "csaf_providers");
  a.publishers = entries(root, "csaf_publishers");
  return a;
}

}  // namespace vt::feeds
