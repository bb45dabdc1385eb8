#include "feeds/feed_store.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/file.h"
#include "json/json.h"
#include "json/members.h"
#include "json/writer.h"

namespace vt::feeds {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxStateBytes = 256u << 20;

Status make_dirs(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return make_error(ErrorCode::kIo, "cannot create directory: " + ec.message(), dir);
  return {};
}

Status write_atomic(const std::string& path, std::string_view content, bool sync_dir = true) {
  VT_TRY(make_dirs(fs::path(path).parent_path().string()));
  return sync_dir ? write_file_atomic(path, content) : write_file_atomic_no_dir_sync(path, content);
}

std::vector<std::string> strings(const json::Value& object, std::string_view key) {
  std::vector<std::string> out;
  if (auto v = object.find(key); v && v->is_array())
    for (json::Value item : v->items())
      if (item.is_string()) out.emplace_back(item.as_string());
  return out;
}

std::map<std::string, std::string> string_map(const json::Value& object, std::string_view key) {
  std::map<std::string, std::string> out;
  if (auto v = object.find(key); v && v->is_object())
    for (auto [k, value] : v->members())
      if (value.is_string()) out.emplace(std::string(k), std::string(value.as_string()));
  return out;
}

void write_map(json::Writer& w, std::string_view key, const std::map<std::string, std::string>& m) {
  w.key(key).begin_object();
  for (const auto& [k, v] : m) w.member(k, v);
  w.end_object();
}

Result<json::Value> parse_json_file(json::Parser& parser, const std::string& path) {
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse_file(path));
  if (!root.is_object())
    return make_error(ErrorCode::kInvalidInput, "expected a JSON object", path);
  return root;
}

// write_file_atomic's temporaries: NAME.tmp.PID.COUNTER
bool is_temporary(const std::string& name) {
  std::size_t at = name.rfind(".tmp.");
  if (at == std::string::npos) return false;
  std::string_view rest = std::string_view(name).substr(at + 5);
  std::size_t dot = rest.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == rest.size()) return false;
  for (std::size_t i = 0; i < rest.size(); ++i)
    if (i != dot && (rest[i] < '0' || rest[i] > '9')) return false;
  return true;
}

}  // namespace

Status check_provider_name(std::string_view name) {
  bool ok = !name.empty() && name.size() <= 100 && name[0] != '.';
  for (char c : name)
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  if (!ok)
    return make_error(ErrorCode::kInvalidInput,
                      "a provider name is 1-100 of [a-z0-9._-], not starting with '.': \"" +
                          std::string(name) + "\"");
  return {};
}

std::string FeedStore::default_home() {
  if (const char* h = std::getenv("VEXTRIAGE_HOME"); h && *h) return h;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return std::string(x) + "/vextriage";
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.local/share/vextriage";
}

Result<std::vector<ProviderConfig>> FeedStore::providers() const {
  std::vector<ProviderConfig> out;
  std::error_code ec;
  const fs::path dir = home_ + "/providers";
  if (!fs::exists(dir, ec)) return out;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory() && fs::exists(entry.path() / "provider.json"))
      names.push_back(entry.path().filename());
  if (ec) return make_error(ErrorCode::kIo, "cannot list: " + ec.message(), dir.string());
  std::sort(names.begin(), names.end());
  for (const auto& n : names) {
    VT_ASSIGN_OR_RETURN(ProviderConfig c, provider(n));
    out.push_back(std::move(c));
  }
  return out;
}

Result<ProviderConfig> FeedStore::provider(const std::string& name) const {
  VT_TRY(check_provider_name(name));
  const std::string path = provider_dir(name) + "/provider.json";
  std::error_code ec;
  if (!fs::exists(path, ec))
    return make_error(ErrorCode::kNotFound,
                      "no provider \"" + name + "\" (add it with `vextriage feeds add`)", path);
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parse_json_file(parser, path));
  ProviderConfig c;
  c.name = json::string_member(root, "name");
  c.metadata_url = json::string_member(root, "metadata_url");
  c.trusted_fingerprints = strings(root, "trusted_fingerprints");
  c.added = json::string_member(root, "added");
  if (c.name != name || c.metadata_url.empty())
    return make_error(ErrorCode::kInvalidInput,
                      "expected \"name\" (" + name + ") and \"metadata_url\"", path);
  return c;
}

Status FeedStore::save_provider(const ProviderConfig& c) const {
  VT_TRY(check_provider_name(c.name));
  json::Writer w;
  w.begin_object().member("name", c.name).member("metadata_url", c.metadata_url);
  w.key("trusted_fingerprints").begin_array();
  for (const auto& f : c.trusted_fingerprints) w.value(f);
  w.end_array().member("added", c.added).end_object();
  return write_atomic(provider_dir(c.name) + "/provider.json", w.take() + "\n");
}

Status FeedStore::save_key(const std::string& provider, const std::string& fingerprint,
                           std::string_view armored) const {
  return write_atomic(provider_dir(provider) + "/keys/" + fingerprint + ".asc", armored);
}

Result<std::vector<std::string>> FeedStore::keys(const std::string& provider) const {
  std::vector<std::string> out;
  FileListing listing = list_files({provider_dir(provider) + "/keys"});
  for (const auto& f : listing.files) {
    if (f.size() < 4 || f.compare(f.size() - 4, 4, ".asc") != 0) continue;
    VT_ASSIGN_OR_RETURN(std::string key, read_file(f, 16u << 20));
    out.push_back(std::move(key));
  }
  return out;
}

Result<SyncState> FeedStore::state(const std::string& provider) const {
  SyncState s;
  const std::string path = provider_dir(provider) + "/state.json";
  std::error_code ec;
  if (!fs::exists(path, ec)) return s;
  VT_ASSIGN_OR_RETURN(std::string content, read_file(path, kMaxStateBytes));
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(content, path));
  if (!root.is_object())
    return make_error(ErrorCode::kInvalidInput, "expected a JSON object", path);
  s.last_sync = json::string_member(root, "last_sync");
  s.listing_etag = string_map(root, "listing_etag");
  s.listing_last_modified = string_map(root, "listing_last_modified");
  if (auto docs = root.find("documents"); docs && docs->is_object()) {
    for (auto [key, d] : docs->members()) {
      StoredDocument doc;
      doc.listed_updated = json::string_member(d, "listed_updated");
      doc.sha512 = json::string_member(d, "sha512");
      doc.tracking_id = json::string_member(d, "tracking_id");
      doc.tracking_version = json::string_member(d, "tracking_version");
      doc.current_release_date = json::string_member(d, "current_release_date");
      doc.etag = json::string_member(d, "etag");
      doc.last_modified = json::string_member(d, "last_modified");
      if (auto v = d.find("delisted")) doc.delisted = v->as_bool();
      s.documents.emplace(std::string(key), std::move(doc));
    }
  }
  if (auto q = root.find("quarantined"); q && q->is_array())
    for (json::Value item : q->items())
      s.quarantined.push_back({json::string_member(item, "path"),
                               json::string_member(item, "reason"),
                               json::string_member(item, "at")});
  return s;
}

Status FeedStore::save_state(const std::string& provider, const SyncState& s) const {
  json::Writer w(1);
  w.begin_object().member("last_sync", s.last_sync);
  write_map(w, "listing_etag", s.listing_etag);
  write_map(w, "listing_last_modified", s.listing_last_modified);
  w.key("documents").begin_object();
  for (const auto& [path, d] : s.documents) {
    w.key(path).begin_object();
    w.member("listed_updated", d.listed_updated).member("sha512", d.sha512);
    w.member("tracking_id", d.tracking_id).member("tracking_version", d.tracking_version);
    w.member("current_release_date", d.current_release_date);
    if (!d.etag.empty()) w.member("etag", d.etag);
    if (!d.last_modified.empty()) w.member("last_modified", d.last_modified);
    if (d.delisted) w.member("delisted", true);
    w.end_object();
  }
  w.end_object().key("quarantined").begin_array();
  for (const auto& q : s.quarantined)
    w.begin_object()
        .member("path", q.path)
        .member("reason", q.reason)
        .member("at", q.at)
        .end_object();
  w.end_array().end_object();
  return write_atomic(provider_dir(provider) + "/state.json", w.take() + "\n");
}

Status FeedStore::append_events(const std::string& provider,
                                const std::vector<std::string>& lines) const {
  if (lines.empty()) return {};
  const std::string path = provider_dir(provider) + "/events.jsonl";
  VT_TRY(make_dirs(provider_dir(provider)));
  std::string block;
  for (const auto& l : lines) block += l + "\n";
  // One write of whole lines in append mode: a kill leaves whole lines or a
  // torn last line, which readers skip.
  std::ofstream out(path, std::ios::app | std::ios::binary);
  out.write(block.data(), static_cast<std::streamsize>(block.size()));
  out.flush();
  if (!out) return make_error(ErrorCode::kIo, "cannot append", path);
  return {};
}

Status FeedStore::store_document(const std::string& provider, const std::string& path,
                                 std::string_view document, std::string_view signature,
                                 std::string_view sha512_file) const {
  const std::string base = mirror_dir(provider) + "/" + path;
  // Companions first; the document's own rename then syncs the folder they share.
  VT_TRY(write_atomic(base + ".asc", signature, false));
  VT_TRY(write_atomic(base + ".sha512", sha512_file, false));
  return write_atomic(base, document);
}

Status FeedStore::quarantine(const std::string& provider, const std::string& path,
                             std::string_view body, const std::string& reason) const {
  const std::string base = quarantine_dir(provider) + "/" + path;
  VT_TRY(write_atomic(base, body));
  return write_atomic(base + ".reason", reason + "\n");
}

void FeedStore::remove_temporaries(const std::string& provider) const {
  for (const std::string& dir :
       {mirror_dir(provider), quarantine_dir(provider), provider_dir(provider)}) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && is_temporary(it->path().filename().string()))
        fs::remove(it->path(), ec);
  }
}

}  // namespace vt::feeds
