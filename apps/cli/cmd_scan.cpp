// vextriage scan: VEX statements x estate -> findings (CONTRACT.md). Exit 0
// when nothing reaches --fail-on, 1 when something does, 2 when an input
// cannot be read.
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>

#include "commands.h"
#include "core/clock.h"
#include "core/data_dir.h"
#include "core/file.h"
#include "feeds/feed_store.h"
#include "matching/load.h"
#include "output/findings_formats.h"
#include "output/findings_output.h"
#include "output/findings_vex.h"
#include "triage/kernel_config_map.h"
#include "triage/policy.h"
#include "triage/triage.h"

namespace vt::cli {
namespace {

struct ScanArgs {
  std::vector<std::string> targets, vex, cve;
  std::string format = "table";
  std::string output;
  std::string fail_on = "none";
  std::string policy;
  std::string data_dir;
  bool all = false;
  bool scan_files = false;
  bool quiet = false;
  unsigned jobs = 0;  // 0: one per core
};

bool reaches(triage::Tier tier, const std::string& threshold) {
  if (threshold == "none") return false;
  auto limit = threshold == "highest"  ? triage::Tier::kHighest
               : threshold == "high"   ? triage::Tier::kHigh
               : threshold == "medium" ? triage::Tier::kMedium
                                       : triage::Tier::kLow;
  return tier != triage::Tier::kNone && triage::rank(tier) <= triage::rank(limit);
}

int run_scan(const ScanArgs& args) {
  if (args.vex.empty() && args.cve.empty()) {
    std::cerr
        << "vextriage scan: give the statements to triage with --vex PATH (and/or --cve PATH)\n";
    return kExitCannotRun;
  }
  // "mirror:" is the verified feed mirror (`vextriage feeds sync`); a
  // provider's own folder is "mirror:NAME".
  std::vector<std::string> vex = args.vex;
  for (auto& v : vex)
    if (v.rfind("mirror:", 0) == 0) {
      const std::string name = v.substr(7);
      v = feeds::FeedStore(feeds::FeedStore::default_home()).home() + "/mirror" + (name.empty() ? "" : "/" + name);
    }
  matching::ClaimSet claims = matching::load_claims(vex, args.cve);
  if (claims.documents == 0) {
    std::cerr << "vextriage scan: no usable document in --vex/--cve";
    if (!claims.skipped.empty())
      std::cerr << " (" << claims.skipped.front().path << ": " << claims.skipped.front().reason
                << ")";
    std::cerr << "\n";
    return kExitCannotRun;
  }
  if (!args.quiet) {
    for (const auto& s : claims.skipped)
      std::cerr << "vextriage scan: skipped " << s.path << ": " << s.reason << "\n";
    // Statements a document makes about products it never defines (or
    // through looping relationships) are left out, not guessed at.
    for (const auto& p : claims.problems)
      std::cerr << "vextriage scan: left out a statement of " << p.path << ": " << p.message << "\n";
  }

  inventory::InventoryOptions inv_options;
  inv_options.scan_files = args.scan_files;
  auto estate = triage::load_estate(args.targets, inv_options);
  if (!estate.ok()) {
    std::cerr << "vextriage scan: " << estate.error().to_string() << "\n";
    return kExitCannotRun;
  }
  if (!args.quiet)
    for (const auto& w : estate->warnings) std::cerr << "vextriage scan: " << w << "\n";

  triage::TriageOptions options;
  options.report_absent = args.all;
  options.threads = args.jobs;
  // Kernel gating needs the file-to-option table shipped with the program;
  // without it kernel findings stay open (never not_affected by guess).
  std::optional<triage::KernelConfigMap> kernel_map;
  if (auto dir = find_data_dir(args.data_dir); dir.ok()) {
    if (auto map = triage::KernelConfigMap::load(*dir); map.ok()) {
      kernel_map = std::move(*map);
    } else if (!args.quiet) {
      std::cerr << "vextriage scan: kernel gating off: " << map.error().to_string() << "\n";
    }
  }
  if (kernel_map)
    options.kernel_options_for = [&kernel_map](std::string_view path) {
      return kernel_map->options_for(path);
    };

  triage::TriageResult result = triage::triage(*estate, claims, options);
  const std::string now = system_clock().now_rfc3339();
  if (!args.policy.empty()) {
    auto policy = triage::load_policy(args.policy);
    if (!policy.ok()) {
      std::cerr << "vextriage scan: " << policy.error().to_string() << "\n";
      return kExitCannotRun;
    }
    for (auto& n : triage::apply_policy(*policy, now.substr(0, 10), result.findings))
      result.notes.push_back(std::move(n));
  }
  output::FindingsMeta meta{now, estate->artifacts.size()};
  std::string text;
  if (args.format == "json") {
    text = output::render_findings_json(result, meta);
  } else if (args.format == "csv") {
    text = output::render_findings_csv(result);
  } else if (args.format == "sarif") {
    text = output::render_findings_sarif(result, meta);
  } else if (args.format == "openvex") {
    text = output::render_findings_openvex(result, meta);
  } else if (args.format == "html") {
    text = output::render_findings_html(result, meta);
  } else if (args.format == "cyclonedx") {
    text = output::render_findings_cyclonedx_vex(result, meta);
  } else if (args.format == "csaf") {
    text = output::render_findings_csaf_vex(result, meta);
  } else {
    const bool color = args.output.empty() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    text = output::render_findings_table(result, meta, color);
  }
  if (args.output.empty() || args.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else if (auto st = write_file_atomic(args.output, text); !st.ok()) {
    std::cerr << "vextriage scan: " << st.error().to_string() << "\n";
    return kExitCannotRun;
  }
  for (const auto& f : result.findings)
    if (!f.suppressed && reaches(f.tier, args.fail_on)) return kExitFindings;
  return kExitOk;
}

Command register_scan(CLI::App& app) {
  auto args = std::make_shared<ScanArgs>();
  CLI::App* cmd = app.add_subcommand("scan", "Triage an estate against vendors' VEX statements");
  cmd->add_option("targets", args->targets,
                  "Estate manifests, root file systems, image archives or layouts, host snapshots")
      ->required();
  cmd->add_option("--vex", args->vex,
                  "CSAF 2.0, OpenVEX or CycloneDX VEX documents (files or directories; \"mirror:\" or \"mirror:NAME\" for the verified feed mirror)");
  cmd->add_option("--cve", args->cve, "CVE JSON 5 records (files or directories)");
  cmd->add_option("--format", args->format,
                  "table | json | csv | sarif | html | openvex | cyclonedx | csaf")
      ->check(
          CLI::IsMember({"table", "json", "csv", "sarif", "html", "openvex", "cyclonedx", "csaf"}));
  cmd->add_option("-o,--output", args->output, "Write to FILE instead of stdout");
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 when a finding reaches this tier: highest | high | medium | low | none")
      ->check(CLI::IsMember({"highest", "high", "medium", "low", "none"}));
  cmd->add_option("--policy", args->policy,
                  "A TOML policy of exceptions (accepted risks with expiry, false positives): "
                  "findings stay, suppressed");
  cmd->add_option("--data-dir", args->data_dir,
                  "Where vextriage's data files are (default: next to the program)");
  cmd->add_flag(
      "--all", args->all,
      "Also report not_affected where a component no statement names for this platform is absent");
  cmd->add_flag("--scan-files", args->scan_files,
                "Search binaries for embedded libraries in every target");
  cmd->add_flag("-q,--quiet", args->quiet, "No diagnostics on stderr");
  cmd->add_option("-j,--jobs", args->jobs,
                  "Artifacts triaged at once (default: one per core); the output is the same");
  return Command{cmd, [args] { return run_scan(*args); }};
}

}  // namespace

VT_REGISTER_COMMAND(register_scan);

}  // namespace vt::cli
