// One artifact's inventory: every collector run over its root file system
// (or read from a host snapshot), with the evidence of where each fact came
// from and which package databases were found, so that triage can tell a
// complete inventory (absence is evidence) from a partial one (it is not).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "inventory/component.h"
#include "inventory/image.h"
#include "inventory/kernel.h"
#include "inventory/os_release.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

struct PackageDatabase {
  std::string ecosystem;  // "deb", "rpm", "apk"
  std::string format;     // "dpkg-status", "dpkg-status.d", "sqlite", "bdb", "ndb", "rpmmanifest", "apk-installed"
  std::string path;       // inside the artifact
  std::size_t packages = 0;
  // A package database lists everything installed; an SBOM only when it says so.
  bool complete = true;
};

// Facts only a running system has (host snapshots from `collect`).
struct RunningSystem {
  std::string hostname, boot_id, collected_at;
  std::string kernel_release;  // uname -r
  std::string machine;         // uname -m
  std::optional<KernelConfig> kernel_config;  // /proc/config.gz or /boot/config-$(uname -r)
  std::vector<LoadedModule> loaded_modules;
  bool wsl = false;            // running inside WSL
};

struct Inventory {
  std::string name;
  std::string source;  // the path given
  std::string kind;    // "rootfs", "container-image", "snapshot", "sbom"
  std::optional<Platform> platform;
  std::optional<ImageFacts> image;
  std::vector<PackageDatabase> databases;
  std::vector<Component> components;
  std::vector<InstalledKernel> kernels;
  std::optional<RunningSystem> running;
  std::vector<std::string> warnings;
};

struct InventoryOptions {
  // Search binaries for libraries no package database owns (version strings,
  // ELF sonames). Always done for a root file system without any package
  // database: there it is the only evidence there is.
  bool scan_files = false;
  LayerProgress progress;  // images: called before each layer
};

// Runs every collector over a root file system.
Result<Inventory> inventory_root(const RootFs& fs, std::string name, std::string source, std::string kind,
                                 const InventoryOptions& options = {});

// A target path: a directory (root file system or OCI layout), an image
// archive, or a host snapshot from `collect`.
Result<Inventory> inventory_path(const std::string& path, const InventoryOptions& options = {});

}  // namespace vt::inventory
