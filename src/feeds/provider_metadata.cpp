#include "feeds/provider_metadata.h"

#include <map>
#include <memory>
#include <mutex>

#include "core/data_dir.h"
#include "json/members.h"
#include "validation/report.h"
#include "validation/schema/schema.h"

namespace vt::feeds {
namespace {

using SchemaPtr = std::shared_ptr<const validation::schema::Validator>;

// Compiling a schema costs far more than checking a small metadata file, and
// a sync reads many of them (every provider an aggregator lists).
Result<SchemaPtr> cached_schema(const std::string& data_dir, std::string_view schema_file) {
  static std::mutex mutex;
  static std::map<std::string, SchemaPtr> cache;
  const std::string dir = data_dir + "/schemas/csaf/2.0";
  const std::string path = dir + "/" + std::string(schema_file);
  std::lock_guard lock(mutex);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  VT_ASSIGN_OR_RETURN(SchemaPtr schema, validation::schema::Validator::load(path, {dir}));
  cache.emplace(path, schema);
  return schema;
}

bool flag(const json::Value& object, std::string_view key) {
  auto v = object.find(key);
  // The schema's default is true for both aggregator flags.
  return v && v->is_bool() ? v->as_bool() : true;
}

std::string normalise_fingerprint(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c == ' ' || c == '\t') continue;
    out += (c >= 'a' && c <= 'f') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

Distribution distribution(const json::Value& v) {
  Distribution d;
  d.directory_url = json::string_member(v, "directory_url");
  if (auto rolie = v.find("rolie"); rolie && rolie->is_object())
    if (auto feeds = rolie->find("feeds"); feeds && feeds->is_array())
      for (json::Value f : feeds->items())
        d.rolie_feeds.push_back(RolieFeedRef{json::string_member(f, "tlp_label"),
                                             json::string_member(f, "url"),
                                             json::string_member(f, "summary")});
  return d;
}

}  // namespace

Status check_metadata_schema(const json::Value& root, std::string_view schema_file,
                             const std::string& where, const std::string& data_dir) {
  VT_ASSIGN_OR_RETURN(std::string dir, find_data_dir(data_dir));
  VT_ASSIGN_OR_RETURN(SchemaPtr schema, cached_schema(dir, schema_file));
  std::vector<validation::Finding> findings;
  if (schema->validate(root, findings)) return {};
  std::string message = "does not conform to " + std::string(schema_file);
  std::string pointer;
  if (!findings.empty()) {
    message += ": " + findings.front().message;
    pointer = findings.front().path;
    if (findings.size() > 1)
      message += " (and " + std::to_string(findings.size() - 1) + " more problem" +
                 (findings.size() > 2 ? "s" : "") + ")";
  }
  return make_error(ErrorCode::kInvalidInput, std::move(message), where + "#" + pointer);
}

Result<ProviderMetadata> parse_provider_metadata(std::string_view text_in, const std::string& where,
                                                 const std::string& data_dir) {
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(text_in, where));
  VT_TRY(check_metadata_schema(root, "provider_json_schema.json", where, data_dir));

  // Past the schema, every required member is there with its type.
  ProviderMetadata m;
  m.canonical_url = json::string_member(root, "canonical_url");
  m.last_updated = json::string_member(root, "last_updated");
  m.metadata_version = json::string_member(root, "metadata_version");
  m.role = json::string_member(root, "role");
  m.list_on_csaf_aggregators = flag(root, "list_on_CSAF_aggregators");
  m.mirror_on_csaf_aggregators = flag(root, "mirror_on_CSAF_aggregators");
  if (auto publisher = root.find("publisher")) {
    m.publisher_name = json::string_member(*publisher, "name");
    m.publisher_namespace = json::string_member(*publisher, "namespace");
    m.publisher_category = json::string_member(*publisher, "category");
  }
  if (auto d = root.find("distributions"); d && d->is_array())
    for (json::Value item : d->items()) m.distributions.push_back(distribution(item));
  if (auto keys = root.find("public_openpgp_keys"); keys && keys->is_array())
    for (json::Value k : keys->items())
      m.public_openpgp_keys.push_back(
          PublicKeyRef{normalise_fingerprint(json::string_member(k, "fingerprint")),
                       json::string_member(k, "url")});
  return m;
}

}  // namespace vt::feeds
