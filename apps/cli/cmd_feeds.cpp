// vextriage feeds add|list|sync|status|import: discover CSAF providers, pin
// their keys, keep a verified local mirror in sync (CONTRACT.md). Exit codes
// for sync/import: 0 all verified and stored, 1 some quarantined, 2 the
// provider could not be read.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "core/clock.h"
#include "core/file.h"
#include "feeds/discovery.h"
#include "feeds/feed_store.h"
#include "feeds/fetcher.h"
#include "feeds/http_client.h"
#include "feeds/local_tree_client.h"
#include "feeds/provider_metadata.h"
#include "feeds/sync.h"
#include "json/writer.h"

namespace vt::cli {
namespace {

struct FeedsArgs {
  std::string home;
  std::string ca_file;
  std::vector<std::string> resolve, connect_to;
  // add / import
  std::string target;
  std::vector<std::string> trust;
  std::string name;
  // sync
  std::string provider;
  int jobs = 4;
  int per_host = 4;
  std::string format = "text";
  bool quiet = false;
};

feeds::HttpClientOptions http_options(const FeedsArgs& a) {
  feeds::HttpClientOptions o;
  o.ca_file = a.ca_file;
  o.resolve = a.resolve;
  o.connect_to = a.connect_to;
  o.timeout_seconds = 600;
  o.max_body_bytes = 256u << 20;
  o.user_agent = std::string("vextriage/") + VT_VERSION;
  return o;
}

std::string home_of(const FeedsArgs& a) {
  return a.home.empty() ? feeds::FeedStore::default_home() : a.home;
}

int fail(const Error& e) {
  std::cerr << "vextriage feeds: " << e.to_string() << "\n";
  return kExitCannotRun;
}

// On a terminal: show the keys and ask. Elsewhere: refuse, naming --trust.
std::vector<std::string> confirm_keys(const feeds::DiscoveredProvider& found,
                                      const std::vector<feeds::OfferedKey>& offered) {
  std::cerr << "Provider " << found.metadata.publisher_name << " (" << found.metadata_url << ")\n";
  for (const auto& k : offered) {
    std::cerr << "  key " << k.key.fingerprint;
    for (const auto& uid : k.key.user_ids) std::cerr << "  " << uid;
    std::cerr << "\n      from " << k.url << "\n";
  }
  if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO)) {
    std::cerr << "Not a terminal: nothing trusted. Check the fingerprint with the provider, then "
                 "re-run with --trust "
              << (offered.empty() ? "FINGERPRINT" : offered.front().key.fingerprint) << "\n";
    return {};
  }
  std::vector<std::string> trusted;
  for (const auto& k : offered) {
    std::cerr << "Trust " << k.key.fingerprint << " to sign this provider's documents? [y/N] ";
    std::string answer;
    std::getline(std::cin, answer);
    if (answer == "y" || answer == "Y" || answer == "yes") trusted.push_back(k.key.fingerprint);
  }
  return trusted;
}

void progress_bar(std::size_t done, std::size_t total) {
  if (!::isatty(STDERR_FILENO) || total == 0) return;
  const int width = 40;
  int filled = static_cast<int>(width * done / total);
  std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done
            << "/" << total << (done == total ? "\n" : "") << std::flush;
}

void print_report(const feeds::SyncReport& r) {
  std::cout << r.provider << ": " << r.listed << " listed, " << r.to_fetch << " new or changed, "
            << r.stored << " stored, " << r.unchanged << " unchanged, " << r.quarantined.size()
            << " quarantined";
  if (r.delisted) std::cout << ", " << r.delisted << " no longer listed (kept)";
  if (r.listing_not_modified) std::cout << " (change list not modified)";
  std::cout << "\n";
  for (const auto& n : r.notes) std::cout << "  note: " << n << "\n";
  for (const auto& q : r.quarantined)
    std::cout << "  quarantined " << q.path << ": " << q.reason << "\n";
}

feeds::SyncOptions sync_options(const FeedsArgs& a,
                                std::function<std::unique_ptr<feeds::HttpClient>()> make) {
  feeds::SyncOptions o;
  o.jobs = std::clamp(a.jobs, 1, 32);
  o.per_host = std::clamp(a.per_host, 1, 32);
  o.make_client = std::move(make);
  if (!a.quiet) o.progress = progress_bar;
  return o;
}

int sync_and_report(const feeds::FeedStore& store, const std::string& name,
                    const feeds::SyncOptions& options, bool quiet) {
  auto report = feeds::sync_provider(store, name, options);
  if (!report.ok()) return fail(report.error());
  if (!quiet) print_report(*report);
  return report->quarantined.empty() ? kExitOk : kExitFindings;
}

int run_add(const FeedsArgs& a) {
  feeds::FeedStore store(home_of(a));
  auto client = feeds::make_curl_client(http_options(a));
  feeds::Fetcher fetcher(*client, {});
  feeds::AddOptions options;
  options.name = a.name;
  options.trust = a.trust;
  options.confirm = confirm_keys;
  auto config = feeds::add_provider(store, fetcher, a.target, options);
  if (!config.ok()) return fail(config.error());
  std::cout << "added " << config->name << " (" << config->metadata_url << ")\n";
  for (const auto& f : config->trusted_fingerprints) std::cout << "  pinned key " << f << "\n";
  return kExitOk;
}

int run_list(const FeedsArgs& a) {
  feeds::FeedStore store(home_of(a));
  auto providers = store.providers();
  if (!providers.ok()) return fail(providers.error());
  for (const auto& p : *providers) std::cout << p.name << "\t" << p.metadata_url << "\n";
  return kExitOk;
}

int run_sync(const FeedsArgs& a) {
  feeds::FeedStore store(home_of(a));
  auto providers = store.providers();
  if (!providers.ok()) return fail(providers.error());
  if (providers->empty())
    return fail(make_error(ErrorCode::kNotFound, "no provider yet: `vextriage feeds add DOMAIN`"));
  const auto http = http_options(a);
  auto options = sync_options(a, [http] { return feeds::make_curl_client(http); });
  int worst = kExitOk;
  bool found = a.provider.empty();
  for (const auto& p : *providers) {
    if (!a.provider.empty() && p.name != a.provider) continue;
    found = true;
    worst = std::max(worst, sync_and_report(store, p.name, options, a.quiet));
  }
  if (!found) return fail(make_error(ErrorCode::kNotFound, "no provider named " + a.provider));
  return worst;
}

int run_status(const FeedsArgs& a) {
  feeds::FeedStore store(home_of(a));
  auto providers = store.providers();
  if (!providers.ok()) return fail(providers.error());
  json::Writer w;
  w.begin_object().key("providers").begin_array();
  for (const auto& p : *providers) {
    auto state = store.state(p.name);
    if (!state.ok()) return fail(state.error());
    std::size_t documents = 0;
    for (const auto& [path, d] : state->documents) documents += d.delisted ? 0 : 1;
    if (a.format == "json") {
      w.begin_object()
          .member("name", p.name)
          .member("url", p.metadata_url)
          .member("last_sync", state->last_sync);
      w.member("documents", static_cast<std::uint64_t>(documents)).key("quarantined").begin_array();
      for (const auto& q : state->quarantined)
        w.begin_object().member("path", q.path).member("reason", q.reason).end_object();
      w.end_array().end_object();
    } else {
      std::cout << p.name << "  " << p.metadata_url
                << "\n  last sync: " << (state->last_sync.empty() ? "never" : state->last_sync)
                << ", " << documents << " documents verified in " << store.mirror_dir(p.name)
                << "\n";
      for (const auto& q : state->quarantined)
        std::cout << "  quarantined " << q.path << ": " << q.reason << "\n";
    }
  }
  w.end_array().end_object();
  if (a.format == "json") std::cout << w.str() << "\n";
  return kExitOk;
}

// The provider metadata of a copied tree: the well-known place, else the
// first provider-metadata.json found.
Result<std::string> find_metadata(const std::string& dir) {
  namespace fs = std::filesystem;
  const std::string well_known = dir + "/.well-known/csaf/provider-metadata.json";
  std::error_code ec;
  if (fs::is_regular_file(well_known, ec)) return well_known;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->path().filename() == "provider-metadata.json") return it->path().string();
  return make_error(
      ErrorCode::kNotFound,
      "no provider-metadata.json in the tree (a provider tree copied with its .well-known/csaf/)",
      dir);
}

int run_import(const FeedsArgs& a) {
  auto metadata_path = find_metadata(a.target);
  if (!metadata_path.ok()) return fail(metadata_path.error());
  auto text = read_file(*metadata_path, 16u << 20);
  if (!text.ok()) return fail(text.error());
  auto metadata = feeds::parse_provider_metadata(*text, *metadata_path);
  if (!metadata.ok()) return fail(metadata.error());
  const std::string origin = feeds::origin_of(metadata->canonical_url);
  const std::string dir = a.target;
  auto make = [origin, dir] { return feeds::make_local_tree_client(origin, dir); };

  feeds::FeedStore store(home_of(a));
  auto client = make();
  feeds::Fetcher fetcher(*client, {});
  feeds::AddOptions options;
  options.name = a.name;
  options.trust = a.trust;
  options.confirm = confirm_keys;
  auto config = store.provider(a.name.empty() ? feeds::host_of(metadata->canonical_url) : a.name);
  if (!config.ok()) {
    config = feeds::add_provider(store, fetcher, metadata->canonical_url, options);
    if (!config.ok()) return fail(config.error());
    if (!a.quiet) {
      std::cout << "added " << config->name << " from " << dir << "\n";
      for (const auto& f : config->trusted_fingerprints) std::cout << "  pinned key " << f << "\n";
    }
  }
  return sync_and_report(store, config->name, sync_options(a, make), a.quiet);
}

Command register_feeds(CLI::App& app) {
  auto args = std::make_shared<FeedsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "feeds", "Discover CSAF providers and keep a verified local mirror in sync");
  cmd->require_subcommand(1);
  auto common = [&](CLI::App* sub) {
    sub->add_option("--home", args->home,
                    "Configuration and verified mirror (default $VEXTRIAGE_HOME, else "
                    "~/.local/share/vextriage)");
    sub->add_option("--ca-file", args->ca_file, "Extra trusted CA bundle (PEM) for TLS");
    sub->add_option("--resolve", args->resolve,
                    "HOST:PORT:ADDRESS, like curl's (tests, split DNS)");
    sub->add_option("--connect-to", args->connect_to,
                    "HOST:PORT:CONNECT-HOST:CONNECT-PORT, like curl's");
    sub->add_flag("-q,--quiet", args->quiet, "No progress or summary");
  };
  CLI::App* add = cmd->add_subcommand(
      "add", "Discover a provider from a domain or URL and pin its signing keys");
  add->add_option("target", args->target,
                  "Domain (example.com) or https URL of provider-metadata.json")
      ->required();
  add->add_option("--trust", args->trust,
                  "Fingerprint to trust without asking (unattended set-up)");
  add->add_option("--name", args->name, "Local name (default: the metadata URL's host)");
  common(add);
  CLI::App* list = cmd->add_subcommand("list", "List the configured providers");
  common(list);
  CLI::App* sync =
      cmd->add_subcommand("sync", "Fetch what changed, verify it, store it or quarantine it");
  sync->add_option("--provider", args->provider, "Only this provider");
  sync->add_option("-j,--jobs", args->jobs, "Parallel downloads (default 4)");
  sync->add_option("--per-host", args->per_host,
                   "Requests in flight to one host at most (default 4)");
  common(sync);
  CLI::App* status =
      cmd->add_subcommand("status", "Providers, last sync, stored and quarantined documents");
  status->add_option("--format", args->format, "text | json")
      ->check(CLI::IsMember({"text", "json"}));
  common(status);
  CLI::App* import = cmd->add_subcommand(
      "import", "Import a copied provider tree (air-gapped), verified the same way");
  import
      ->add_option("dir", args->target,
                   "The copied tree (with .well-known/csaf/provider-metadata.json)")
      ->required();
  import->add_option("--trust", args->trust, "Fingerprint to trust without asking");
  import->add_option("--name", args->name, "Local name (default: the canonical URL's host)");
  import->add_option("-j,--jobs", args->jobs, "Parallel readers (default 4)");
  common(import);
  return {cmd, [args, add, list, sync, status, import] {
            if (add->parsed()) return run_add(*args);
            if (list->parsed()) return run_list(*args);
            if (sync->parsed()) return run_sync(*args);
            if (status->parsed()) return run_status(*args);
            if (import->parsed()) return run_import(*args);
            return kExitCannotRun;
          }};
}

VT_REGISTER_COMMAND(register_feeds);

}  // namespace
}  // namespace vt::cli
