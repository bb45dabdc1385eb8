#include "inventory/inventory.h"

#include <filesystem>

#include "inventory/apk.h"
#include "inventory/binary_scan.h"
#include "inventory/dpkg.h"
#include "inventory/kernel_image.h"
#include "core/file.h"
#include "inventory/rpm.h"
#include "inventory/sbom.h"
#include "inventory/snapshot.h"

namespace vt::inventory {
namespace {

void add(Inventory& inv, Collected collected) {
  for (auto& c : collected.components) inv.components.push_back(std::move(c));
  for (auto& w : collected.warnings) inv.warnings.push_back(std::move(w));
}

}  // namespace

Result<Inventory> inventory_root(const RootFs& fs, std::string name, std::string source, std::string kind,
                                 const InventoryOptions& options) {
  Inventory inv;
  inv.name = std::move(name);
  inv.source = std::move(source);
  inv.kind = std::move(kind);
  VT_ASSIGN_OR_RETURN(inv.platform, read_platform(fs));

  VT_ASSIGN_OR_RETURN(DpkgDatabase dpkg, read_dpkg(fs));
  if (dpkg.found) {
    inv.databases.push_back({"deb", "dpkg", "/var/lib/dpkg", dpkg.packages.components.size()});
    add(inv, std::move(dpkg.packages));
  }
  VT_ASSIGN_OR_RETURN(RpmDatabase rpm, read_rpm(fs));
  if (rpm.format != RpmFormat::kNone) {
    inv.databases.push_back({"rpm", to_string(rpm.format), rpm.path, rpm.packages.components.size()});
    add(inv, std::move(rpm.packages));
  }
  VT_ASSIGN_OR_RETURN(ApkDatabase apk, read_apk(fs));
  if (apk.found) {
    inv.databases.push_back({"apk", "apk-installed", "/lib/apk/db/installed", apk.packages.components.size()});
    add(inv, std::move(apk.packages));
  }

  VT_ASSIGN_OR_RETURN(inv.kernels, read_installed_kernels(fs));
  for (auto& k : inv.kernels) {
    if (k.image_path.empty()) continue;
    auto image = fs.read_file(k.image_path, std::uint64_t{256} << 20);
    if (!image.ok()) {
      if (image.error().code != ErrorCode::kUnsupported) inv.warnings.push_back(image.error().to_string());
      continue;
    }
    auto facts = inspect_kernel_image(*image, fs.describe() + ":" + k.image_path);
    if (!facts.ok()) {
      inv.warnings.push_back(facts.error().to_string());
      continue;
    }
    if (!facts->release.empty() && facts->release != k.release)
      inv.warnings.push_back(k.image_path + ": the image says release " + facts->release + ", its name says " + k.release);
    if (!k.config && facts->config) k.config = std::move(facts->config);
  }
  if (options.scan_files || inv.databases.empty()) {
    Collected files = scan_files(fs);
    add(inv, std::move(files));
  }
  // Each kernel is also a component, so it can be matched like a package.
  for (const auto& k : inv.kernels) {
    Component c;
    c.kind = ComponentKind::kKernel;
    c.name = "linux";
    c.version = k.release;
    c.evidence = k.evidence.empty() ? "" : k.evidence.front();
    inv.components.push_back(std::move(c));
  }
  return inv;
}

Result<Inventory> inventory_path(const std::string& path, const InventoryOptions& options) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    return make_error(ErrorCode::kNotFound, "no such file or directory", path);
  std::string name = std::filesystem::path(path).filename().string();
  if (std::filesystem::is_directory(path, ec) && !looks_like_image(path)) {
    VT_ASSIGN_OR_RETURN(auto fs, open_directory(path));
    return inventory_root(*fs, name, path, "rootfs", options);
  }
  if (std::filesystem::is_regular_file(path, ec)) {
    // JSON documents are recognised by content: a snapshot from `collect`, an SBOM.
    // Only the first bytes are read to tell: image archives are large.
    auto head = read_file_head(path, 4096);
    std::size_t first = head.ok() ? head->find_first_not_of(" \t\r\n") : std::string::npos;
    if (first != std::string::npos && (*head)[first] == '{') {
      VT_ASSIGN_OR_RETURN(std::string text, read_file(path, std::uint64_t{1} << 30));
      if (looks_like_snapshot(text)) return read_snapshot_json(text, path);
      if (sniff_sbom(text) != SbomFormat::kNone) {
        VT_ASSIGN_OR_RETURN(Inventory inv, read_sbom(text, path));
        if (inv.name.empty()) inv.name = name;
        return inv;
      }
      return make_error(ErrorCode::kUnsupported,
                        "a JSON document that is neither a vextriage snapshot nor a CycloneDX or SPDX 2.x SBOM", path);
    }
  }
  // Images keep file contents only for what will be read: with a file scan,
  // the binaries under the scan roots too.
  FileScanOptions scan;
  CapturePredicate capture = default_capture;
  if (options.scan_files)
    capture = [&scan](std::string_view p) {
      if (default_capture(p)) return true;
      for (const auto& r : scan.roots)
        if (p.size() > r.size() && p.compare(0, r.size(), r) == 0 && p[r.size()] == '/') return true;
      return false;
    };
  VT_ASSIGN_OR_RETURN(Image image, open_image(path, capture, {}, options.progress));
  VT_ASSIGN_OR_RETURN(Inventory inv, inventory_root(*image.fs, name, path, "container-image", options));
  for (auto& w : image.warnings) inv.warnings.push_back(std::move(w));
  inv.image = std::move(image.facts);
  return inv;
}

}  // namespace vt::inventory
