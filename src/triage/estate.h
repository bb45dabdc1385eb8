// The estate triage runs over: artifacts with their inventories, from scan
// targets (a root file system, an image, an SBOM, a host snapshot) or from an
// estate manifest that lists many of them (CONTRACT.md, "Estate manifest").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "inventory/inventory.h"

namespace vt::triage {

enum class ArtifactType { kLinuxImage, kContainerImage, kLinuxHost, kWindowsHost };
const char* to_string(ArtifactType type);
Result<ArtifactType> parse_artifact_type(std::string_view text);

struct Artifact {
  std::string name;  // as findings name it: "web-azl3", "HOST", "HOST/DISTRO"
  ArtifactType type = ArtifactType::kLinuxHost;
  // Absent: nothing could be inventoried (a Windows host, an unreadable
  // target). Triage then has no evidence either way.
  std::optional<inventory::Inventory> inventory;
  // A Windows host's WSL kernel (its own component: findings name the host).
  std::string wsl_kernel_release;
  bool has_wsl = false;  // windows-host: WSL present (a kernel or distros)
  std::map<std::string, std::string> labels;  // every other manifest field
};

struct Estate {
  std::string name;
  std::vector<Artifact> artifacts;
  std::vector<std::string> warnings;
};

// Loads scan targets: each path is a manifest (JSON with "artifacts") or a
// target `inventory_path` understands. A target that cannot be read is an
// error naming it (exit 2), not a silently empty artifact.
Result<Estate> load_estate(const std::vector<std::string>& targets, const inventory::InventoryOptions& options = {});

// Reads one estate manifest; `path` resolves the artifacts' relative sources.
Result<Estate> load_manifest(const std::string& path, const inventory::InventoryOptions& options = {});

}  // namespace vt::triage
