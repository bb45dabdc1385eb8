#include "feeds/discovery.h"

#include <algorithm>
#include <set>

#include "core/clock.h"
#include "feeds/aggregator.h"
#include "feeds/security_txt.h"
#include "json/json.h"

namespace vt::feeds {
namespace {

bool is_aggregator(std::string_view text) {
  json::Parser parser;
  auto root = parser.parse(text, "");
  return root.ok() && root->is_object() && root->find("aggregator") && root->find("csaf_providers");
}

// One candidate URL: the metadata, or a reason it is not.
Result<DiscoveredProvider> try_metadata(Fetcher& fetcher, const std::string& url,
                                        const std::string& data_dir) {
  VT_ASSIGN_OR_RETURN(HttpResponse r, fetcher.get(url));
  if (r.status != 200)
    return make_error(ErrorCode::kNotFound, "HTTP " + std::to_string(r.status), url);
  if (is_aggregator(r.body)) {
    auto agg = parse_aggregator(r.body, url, data_dir);
    std::string list;
    if (agg.ok())
      for (const auto& p : agg->providers) list += "\n  " + p.metadata_url;
    return make_error(
        ErrorCode::kUnsupported,
        "this is a CSAF aggregator (aggregator.json); add one of the providers it lists:" + list,
        url);
  }
  VT_ASSIGN_OR_RETURN(ProviderMetadata m, parse_provider_metadata(r.body, url, data_dir));
  return DiscoveredProvider{url, std::move(m), {}};
}

}  // namespace

std::string host_of(std::string_view url) {
  std::string origin = origin_of(url);
  std::size_t start = origin.find("://");
  if (start == std::string::npos) return {};
  std::string host = origin.substr(start + 3);
  if (std::size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (!host.empty() && host.front() == '[') return host.substr(0, host.find(']') + 1);
  return host.substr(0, host.find(':'));
}

Result<DiscoveredProvider> discover_provider(Fetcher& fetcher, std::string_view input,
                                             const std::string& data_dir) {
  std::string given(input);
  while (!given.empty() && given.back() == '/') given.pop_back();
  if (given.find("://") != std::string::npos) {
    if (given.rfind("https://", 0) != 0)
      return make_error(ErrorCode::kInvalidInput, "feeds are fetched over https only", given);
    return try_metadata(fetcher, given, data_dir);
  }
  const std::string domain = given;
  if (domain.empty() || domain.find_first_of("/?#@ ") != std::string::npos)
    return make_error(ErrorCode::kInvalidInput, "expected a domain (example.com) or an https URL",
                      std::string(input));
  std::vector<std::string> tried;
  auto attempt = [&](const std::string& url) -> std::optional<DiscoveredProvider> {
    auto d = try_metadata(fetcher, url, data_dir);
    if (d.ok()) {
      d->tried = tried;
      return std::move(*d);
    }
    if (d.error().code == ErrorCode::kUnsupported)
      tried.push_back(d.error().to_string());
    else
      tried.push_back(url + ": " + d.error().message);
    return std::nullopt;
  };
  if (auto d = attempt("https://" + domain + "/.well-known/csaf/provider-metadata.json"))
    return std::move(*d);
  const std::string security_txt = "https://" + domain + "/.well-known/security.txt";
  auto sec = fetcher.get(security_txt);
  if (sec.ok() && sec->status == 200) {
    auto urls = csaf_urls_from_security_txt(sec->body);
    if (urls.empty()) tried.push_back(security_txt + ": no CSAF: line");
    for (const auto& u : urls)
      if (auto d = attempt(u)) return std::move(*d);
  } else {
    tried.push_back(security_txt + ": " +
                    (sec.ok() ? "HTTP " + std::to_string(sec->status) : sec.error().message));
  }
  if (auto d = attempt("https://csaf.data.security." + domain)) return std::move(*d);
  std::string why;
  for (const auto& t : tried) why += "\n  " + t;
  return make_error(ErrorCode::kNotFound,
                    "no provider-metadata.json found for " + domain + "; tried:" + why);
}

Result<ProviderConfig> add_provider(const FeedStore& store, Fetcher& fetcher,
                                    std::string_view input, const AddOptions& options) {
  VT_ASSIGN_OR_RETURN(DiscoveredProvider found,
                      discover_provider(fetcher, input, options.data_dir));
  std::vector<OfferedKey> offered;
  for (const auto& ref : found.metadata.public_openpgp_keys) {
    if (ref.url.empty()) continue;
    VT_ASSIGN_OR_RETURN(HttpResponse r,
                        fetcher.get(resolve_reference(found.metadata_url, ref.url)));
    if (r.status != 200)
      return make_error(ErrorCode::kNotFound, "key file: HTTP " + std::to_string(r.status),
                        ref.url);
    VT_ASSIGN_OR_RETURN(std::vector<OpenPgpKey> keys, read_public_keys(r.body, ref.url));
    auto it = std::find_if(keys.begin(), keys.end(), [&](const OpenPgpKey& k) {
      return ref.fingerprint.empty() || k.fingerprint == ref.fingerprint;
    });
    if (it == keys.end())
      return make_error(ErrorCode::kIntegrity,
                        "the key file holds " +
                            (keys.empty() ? std::string("no key") : keys.front().fingerprint) +
                            ", the provider metadata says " + ref.fingerprint,
                        ref.url);
    offered.push_back({*it, ref.url, r.body});
  }
  if (offered.empty())
    return make_error(ErrorCode::kInvalidInput,
                      "the provider metadata names no public OpenPGP key: nothing could be "
                      "verified, so nothing would be stored",
                      found.metadata_url);

  std::vector<std::string> trusted;
  if (!options.trust.empty()) {
    for (const auto& t : options.trust) {
      VT_ASSIGN_OR_RETURN(std::string fpr, normalize_fingerprint(t));
      bool known = std::any_of(offered.begin(), offered.end(),
                               [&](const OfferedKey& k) { return k.key.fingerprint == fpr; });
      if (!known) {
        std::string listed;
        for (const auto& k : offered) listed += " " + k.key.fingerprint;
        return make_error(
            ErrorCode::kIntegrity,
            "--trust " + fpr + " is not a key of this provider (its metadata names:" + listed + ")",
            found.metadata_url);
      }
      trusted.push_back(fpr);
    }
  } else if (options.confirm) {
    trusted = options.confirm(found, offered);
  }
  if (trusted.empty())
    return make_error(ErrorCode::kInvalidInput, "no key trusted: the provider was not added",
                      found.metadata_url);

  ProviderConfig config;
  config.name = options.name.empty() ? host_of(found.metadata_url) : options.name;
  VT_TRY(check_provider_name(config.name));
  config.metadata_url = found.metadata_url;
  config.trusted_fingerprints = trusted;
  config.added = (options.clock ? *options.clock : system_clock()).now_rfc3339();
  std::set<std::string> pinned(trusted.begin(), trusted.end());
  for (const auto& k : offered)
    if (pinned.count(k.key.fingerprint))
      VT_TRY(store.save_key(config.name, k.key.fingerprint, k.armored));
  VT_TRY(store.save_provider(config));
  return config;
}

}  // namespace vt::feeds
