#include "triage/estate.h"

#include <filesystem>

#include "core/file.h"
#include "json/json.h"

namespace vt::triage {
namespace {

constexpr std::uint64_t kMaxManifestBytes = 64ull << 20;

bool looks_like_manifest(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  auto head = read_file_head(path, 4096);
  if (!head.ok()) return false;
  std::size_t first = head->find_first_not_of(" \t\r\n");
  return first != std::string::npos && (*head)[first] == '{' && head->find("\"artifacts\"") != std::string::npos;
}

// An artifact type from what was inventoried, when the manifest names none.
ArtifactType type_of(const inventory::Inventory& inv) {
  if (inv.kind == "container-image") return ArtifactType::kContainerImage;
  if (inv.kind == "snapshot") return ArtifactType::kLinuxHost;
  return ArtifactType::kLinuxImage;  // a root file system or an SBOM of one
}

std::string label_text(const json::Value& v) {
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (v.is_number()) return v.number_text();
  return "";  // objects and arrays are not labels
}

std::string string_member(const json::Value& object, std::string_view key) {
  auto v = object.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

Result<inventory::Inventory> inventory_source(const std::string& manifest, const json::Value& entry,
                                              const inventory::InventoryOptions& options) {
  auto source = entry.find("source");
  if (!source->is_string() || source->as_string().empty())
    return make_error(ErrorCode::kInvalidInput, "\"source\" must be a non-empty path", manifest + "#" + source->pointer());
  std::filesystem::path p(std::string(source->as_string()));
  if (p.is_relative()) p = std::filesystem::path(manifest).parent_path() / p;
  auto inv = inventory::inventory_path(p.string(), options);
  if (!inv.ok())
    return make_error(inv.error().code, inv.error().message,
                      manifest + "#" + source->pointer() + " (" + inv.error().where + ")");
  return inv;
}

Status add_windows_host(const std::string& manifest, const json::Value& entry, Artifact host,
                        const inventory::InventoryOptions& options, Estate& estate) {
  auto wsl = entry.find("wsl");
  std::vector<Artifact> distros;
  if (wsl) {
    if (!wsl->is_array())
      return make_error(ErrorCode::kInvalidInput, "\"wsl\" must be an array", manifest + "#" + wsl->pointer());
    for (json::Value d : wsl->items()) {
      if (!d.is_object())
        return make_error(ErrorCode::kInvalidInput, "a WSL entry must be an object", manifest + "#" + d.pointer());
      host.has_wsl = true;
      std::string release = string_member(d, "kernel_release");
      Artifact distro;
      std::string distro_name = string_member(d, "distro");
      if (distro_name.empty())
        return make_error(ErrorCode::kInvalidInput, "a WSL entry needs \"distro\"", manifest + "#" + d.pointer());
      distro.name = host.name + "/" + distro_name;
      distro.type = ArtifactType::kLinuxHost;
      distro.labels = host.labels;
      distro.labels["wsl_distro"] = distro_name;
      if (d.find("source")) {
        VT_ASSIGN_OR_RETURN(distro.inventory, inventory_source(manifest, d, options));
        // The kernel a WSL distro runs is the host's: take it from the
        // snapshot when the manifest does not say.
        if (release.empty() && distro.inventory->running) release = distro.inventory->running->kernel_release;
      }
      if (!release.empty()) {
        if (!host.wsl_kernel_release.empty() && host.wsl_kernel_release != release)
          estate.warnings.push_back(host.name + ": WSL distros report different kernels (" + host.wsl_kernel_release +
                                    ", " + release + "); the first is used");
        if (host.wsl_kernel_release.empty()) host.wsl_kernel_release = release;
      }
      distros.push_back(std::move(distro));
    }
  }
  estate.artifacts.push_back(std::move(host));
  for (auto& d : distros) estate.artifacts.push_back(std::move(d));
  return {};
}

}  // namespace

const char* to_string(ArtifactType type) {
  switch (type) {
    case ArtifactType::kLinuxImage: return "linux-image";
    case ArtifactType::kContainerImage: return "container-image";
    case ArtifactType::kLinuxHost: return "linux-host";
    case ArtifactType::kWindowsHost: return "windows-host";
  }
  return "linux-host";
}

Result<ArtifactType> parse_artifact_type(std::string_view text) {
  for (ArtifactType t : {ArtifactType::kLinuxImage, ArtifactType::kContainerImage, ArtifactType::kLinuxHost,
                         ArtifactType::kWindowsHost})
    if (text == to_string(t)) return t;
  return make_error(ErrorCode::kInvalidInput,
                    "unknown artifact type \"" + std::string(text) +
                        "\"; expected linux-image, container-image, linux-host or windows-host");
}

Result<Estate> load_manifest(const std::string& path, const inventory::InventoryOptions& options) {
  VT_ASSIGN_OR_RETURN(std::string text, read_file(path, kMaxManifestBytes));
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(text, path));
  auto artifacts = root.find("artifacts");
  if (!root.is_object() || !artifacts || !artifacts->is_array())
    return make_error(ErrorCode::kInvalidInput, "an estate manifest is an object with an \"artifacts\" array", path);
  Estate estate;
  estate.name = string_member(root, "estate");
  for (json::Value entry : artifacts->items()) {
    const std::string where = path + "#" + entry.pointer();
    if (!entry.is_object()) return make_error(ErrorCode::kInvalidInput, "an artifact must be an object", where);
    Artifact a;
    a.name = string_member(entry, "name");
    if (a.name.empty()) return make_error(ErrorCode::kInvalidInput, "an artifact needs a \"name\"", where);
    for (auto [key, value] : entry.members()) {
      if (key == "name" || key == "source" || key == "type" || key == "wsl") continue;
      std::string text = label_text(value);
      if (!text.empty()) a.labels[std::string(key)] = std::move(text);
    }
    std::optional<ArtifactType> type;
    if (auto t = entry.find("type")) {
      auto parsed = parse_artifact_type(t->is_string() ? t->as_string() : "");
      if (!parsed.ok()) return make_error(ErrorCode::kInvalidInput, parsed.error().message, path + "#" + t->pointer());
      type = *parsed;
    }
    if (type == ArtifactType::kWindowsHost) {
      a.type = *type;
      VT_TRY(add_windows_host(path, entry, std::move(a), options, estate));
      continue;
    }
    if (!entry.find("source"))
      return make_error(ErrorCode::kInvalidInput, "a Linux artifact needs a \"source\" to inventory", where);
    VT_ASSIGN_OR_RETURN(a.inventory, inventory_source(path, entry, options));
    a.type = type ? *type : type_of(*a.inventory);
    estate.artifacts.push_back(std::move(a));
  }
  return estate;
}

Result<Estate> load_estate(const std::vector<std::string>& targets, const inventory::InventoryOptions& options) {
  Estate estate;
  for (const std::string& target : targets) {
    if (looks_like_manifest(target)) {
      VT_ASSIGN_OR_RETURN(Estate part, load_manifest(target, options));
      if (estate.name.empty()) estate.name = part.name;
      for (auto& a : part.artifacts) estate.artifacts.push_back(std::move(a));
      for (auto& w : part.warnings) estate.warnings.push_back(std::move(w));
      continue;
    }
    Artifact a;
    VT_ASSIGN_OR_RETURN(a.inventory, inventory::inventory_path(target, options));
    a.name = a.inventory->name;
    a.type = type_of(*a.inventory);
    if (a.inventory->running && a.inventory->running->wsl) a.labels["wsl"] = "true";
    estate.artifacts.push_back(std::move(a));
  }
  return estate;
}

}  // namespace vt::triage
