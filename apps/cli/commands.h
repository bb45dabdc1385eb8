// Subcommand registry: each cmd_*.cpp adds one Registration with
// VT_REGISTER_COMMAND, so a new subcommand touches no other file.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

namespace vt::cli {

// Exit codes of CONTRACT.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // threshold reached / document invalid
inline constexpr int kExitCannotRun = 2;

struct Command {
  CLI::App* subcommand = nullptr;
  std::function<int()> run;
};
using CommandList = std::vector<Command>;
using Registration = Command (*)(CLI::App& app);

std::vector<Registration>& registry();

struct Registrar {
  explicit Registrar(Registration r) { registry().push_back(r); }
};

}  // namespace vt::cli

#define VT_REGISTER_COMMAND(fn) static ::vt::cli::Registrar vt_registrar_##fn(&fn)
