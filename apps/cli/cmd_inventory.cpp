// vextriage inventory: what each target really contains (root file systems,
// image archives and layouts, snapshots, SBOMs), as a table, JSON or an SBOM.
// Exit 0, or 2 when a target cannot be read.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "commands.h"
#include "core/clock.h"
#include "core/file.h"
#include "inventory/inventory.h"
#include "inventory/sbom.h"
#include "output/inventory_output.h"

namespace vt::cli {
namespace {

struct InventoryArgs {
  std::vector<std::string> targets;
  std::string format = "table";
  std::string output;
  bool scan_files = false;
  bool quiet = false;
};

// SBOM timestamps: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
std::string sbom_timestamp() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
  }
  return format_rfc3339(static_cast<std::int64_t>(t));
}

std::string sbom_text(const inventory::Inventory& inv, const std::string& format) {
  inventory::SbomExportOptions options{sbom_timestamp(), VT_VERSION};
  return format == "cyclonedx" ? inventory::write_cyclonedx(inv, options)
                               : inventory::write_spdx(inv, options);
}

int run_inventory(const InventoryArgs& args) {
  const bool sbom = args.format == "cyclonedx" || args.format == "spdx";
  if (sbom && args.targets.size() != 1) {
    std::cerr << "vextriage inventory: --format " << args.format
              << " describes one artifact: give exactly one target (one SBOM per target)\n";
    return kExitCannotRun;
  }
  std::vector<inventory::Inventory> all;
  int rc = kExitOk;
  for (const auto& target : args.targets) {
    inventory::InventoryOptions options;
    options.scan_files = args.scan_files;
    // A progress line on a terminal only (CONTRACT.md): "layer 3/12 <name>".
    if (::isatty(STDERR_FILENO) && !args.quiet)
      options.progress = [&target](std::size_t i, std::size_t n, const std::string& layer) {
        std::fprintf(stderr, "\r\033[K%s: layer %zu/%zu %.60s", target.c_str(), i + 1, n,
                     layer.c_str());
        if (i + 1 == n) std::fprintf(stderr, "\n");
      };
    auto inv = inventory::inventory_path(target, options);
    if (!inv.ok()) {
      std::cerr << "vextriage inventory: " << inv.error().to_string() << "\n";
      rc = kExitCannotRun;
      continue;
    }
    all.push_back(std::move(*inv));
  }
  if (sbom && all.empty()) return rc;
  std::string text =
      sbom ? sbom_text(all.front(), args.format)
      : args.format == "json"
          ? output::render_inventory_json(all)
          : output::render_inventory_table(
                all, args.output.empty() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  if (args.output.empty() || args.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else if (auto st = write_file_atomic(args.output, text); !st.ok()) {
    std::cerr << "vextriage inventory: " << st.error().to_string() << "\n";
    return kExitCannotRun;
  }
  return rc;
}

Command register_inventory(CLI::App& app) {
  auto args = std::make_shared<InventoryArgs>();
  CLI::App* cmd =
      app.add_subcommand("inventory", "List what artifacts contain: platform, packages, kernels");
  cmd->add_option("targets", args->targets,
                  "Root file system directories, docker-save archives, OCI layouts or archives, "
                  "snapshots, CycloneDX/SPDX SBOMs")
      ->required();
  cmd->add_option("--format", args->format, "table | json | cyclonedx | spdx")
      ->check(CLI::IsMember({"table", "json", "cyclonedx", "spdx"}));
  cmd->add_option("-o,--output", args->output, "Write to FILE instead of stdout");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress output");
  cmd->add_flag("--scan-files", args->scan_files,
                "Also search binaries for embedded libraries (always done when no package database "
                "is found)");
  return Command{cmd, [args] { return run_inventory(*args); }};
}

}  // namespace

VT_REGISTER_COMMAND(register_inventory);

}  // namespace vt::cli
