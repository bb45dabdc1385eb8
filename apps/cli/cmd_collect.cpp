// vextriage collect: a host snapshot of this machine (or WSL distro) for
// `inventory`/`scan` elsewhere. Needs no root where the data is world-readable;
// what it could not read is listed in the snapshot's warnings.
#include <sys/utsname.h>

#include <chrono>
#include <ctime>
#include <iostream>

#include "commands.h"
#include "core/clock.h"
#include "core/file.h"
#include "inventory/snapshot.h"

namespace vt::cli {
namespace {

int run_collect(const std::string& root_path, const std::string& output) {
  auto root = inventory::open_directory(root_path);
  if (!root.ok()) {
    std::cerr << "vextriage collect: " << root.error().to_string() << "\n";
    return kExitCannotRun;
  }
  inventory::CollectOptions options;
  options.collected_at = system_clock().now_rfc3339();
  struct utsname u {};
  if (::uname(&u) == 0) options.machine = u.machine;
  auto snap = inventory::collect_snapshot(**root, options);
  if (!snap.ok()) {
    std::cerr << "vextriage collect: " << snap.error().to_string() << "\n";
    return kExitCannotRun;
  }
  for (const auto& w : snap->warnings) std::cerr << "vextriage collect: " << w << "\n";
  std::string text = inventory::write_snapshot_json(*snap);
  if (output.empty() || output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  if (auto st = write_file_atomic(output, text); !st.ok()) {
    std::cerr << "vextriage collect: " << st.error().to_string() << "\n";
    return kExitCannotRun;
  }
  return kExitOk;
}

Command register_collect(CLI::App& app) {
  auto output = std::make_shared<std::string>();
  auto root = std::make_shared<std::string>("/");
  CLI::App* cmd = app.add_subcommand(
      "collect", "Write a snapshot of this host (packages, kernel, modules) as JSON");
  cmd->add_option("-o,--output", *output, "Write the snapshot to FILE instead of stdout");
  cmd->add_option("--root", *root, "Collect from this directory instead of / (a mounted system)");
  return Command{cmd, [output, root] { return run_collect(*root, *output); }};
}

}  // namespace

VT_REGISTER_COMMAND(register_collect);

}  // namespace vt::cli
