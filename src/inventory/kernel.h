// Kernel facts: the release string (and what it says: WSL, Azure Linux,
// upstream base version), the build configuration (CONFIG_*), the modules
// built and loaded. Triage gates kernel CVEs on these.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

struct KernelRelease {
  std::string release;   // as `uname -r` prints it
  std::string version;   // leading dotted numbers: "5.15.146.1"
  std::string upstream;  // the stable kernel it is based on: "5.15.146"
  std::string suffix;    // the rest: "-microsoft-standard-WSL2", "-2.azl3"
  bool wsl2 = false;     // Microsoft's WSL2 kernel (incl. 4.19 "-microsoft-standard")
  bool wsl1 = false;     // WSL1 reports "4.4.0-NNNNN-Microsoft": no Linux kernel at all
};

// Splits a release string; fails on one that does not start with a version.
Result<KernelRelease> parse_kernel_release(std::string_view release);

enum class ConfigState {
  kAbsent,   // the option is not mentioned (e.g. it does not exist in this version)
  kNo,       // "# CONFIG_X is not set" or CONFIG_X=n
  kModule,   // =m
  kBuiltin,  // =y
  kValue,    // a string or number
};
const char* to_string(ConfigState state);

struct KernelConfig {
  std::string source;          // where it was read
  std::string header_version;  // "6.6.87.1" from "# Linux/x86 6.6.87.1 Kernel Configuration"
  struct Entry {
    std::string value;  // "y", "m", "n" or the unquoted value
    std::size_t line = 0;
  };
  std::unordered_map<std::string, Entry> options;  // keyed "CONFIG_X"

  ConfigState state(std::string_view option) const;  // accepts "X" or "CONFIG_X"
  const Entry* find(std::string_view option) const;
};

KernelConfig parse_kernel_config(std::string_view text, std::string source);

struct LoadedModule {
  std::string name;
  std::uint64_t size = 0;
  std::string state;  // "Live", "Loading", "Unloading"
};
// /proc/modules lines: name size refcount users state address.
std::vector<LoadedModule> parse_proc_modules(std::string_view text);

// modules.builtin and modules.dep lines name modules by path
// ("kernel/fs/ext4/ext4.ko[.xz]"); returns the module names ("ext4").
std::vector<std::string> parse_module_list(std::string_view text);

struct InstalledKernel {
  std::string release;
  std::vector<std::string> evidence;  // the paths that show it
  std::string image_path;             // /boot/vmlinuz-<release>, when present
  std::optional<KernelConfig> config;
  std::vector<std::string> modules_builtin;  // from modules.builtin
  std::vector<std::string> modules_built;    // loadable, from modules.dep
};

// Kernels installed in a root file system: /boot/vmlinuz-*, /boot/config-*,
// /lib/modules/* and /usr/lib/modules/* (config and vmlinuz inside them too).
Result<std::vector<InstalledKernel>> read_installed_kernels(const RootFs& fs);

}  // namespace vt::inventory
