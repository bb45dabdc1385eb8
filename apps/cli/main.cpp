// vextriage: argument parsing and wiring only. Each subcommand lives in its
// own cmd_*.cpp and registers itself in commands.h.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "commands.h"
#include "core/data_dir.h"

int main(int argc, char** argv) {
  CLI::App app{"vextriage: vendors' CSAF/VEX attestations into a verified, prioritised remediation queue"};
  app.set_version_flag("--version", std::string("vextriage ") + VT_VERSION);
  app.require_subcommand(1);
  std::string data_dir;
  app.add_option("--data-dir", data_dir, "Reference data directory (schemas, catalogues)")
      ->envname("VEXTRIAGE_DATA_DIR");

  vt::cli::CommandList commands;
  for (const auto& reg : vt::cli::registry()) commands.push_back(reg(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 uses 0 for --help/--version; any real usage error is exit 2.
    int code = app.exit(e);
    return code == 0 ? 0 : vt::cli::kExitCannotRun;
  }
  if (!data_dir.empty()) vt::set_data_dir(data_dir);
  for (auto& c : commands)
    if (c.subcommand->parsed()) return c.run();
  return vt::cli::kExitCannotRun;
}
