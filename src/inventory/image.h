// Container images as root file systems: `docker save` archives, OCI image
// layouts (directories) and OCI archives (tars of a layout). Layers are read
// in order without extracting anything to disk; whiteouts and opaque
// directories are applied. Every path is indexed; file contents are kept
// only for the paths a caller asks for (the package databases, os-release,
// kernel files), so a 5 GB image does not need 5 GB of memory.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "inventory/memory_root_fs.h"

namespace vt::inventory {

struct ImageLimits {
  std::uint64_t max_entries = 2'000'000;                     // all layers together
  std::uint64_t max_layer_bytes = std::uint64_t{16} << 30;   // uncompressed, per layer
  std::uint64_t max_captured_file = std::uint64_t{512} << 20;
  std::uint64_t max_captured_total = std::uint64_t{2} << 30;
};

struct ImageFacts {
  std::string format;  // "docker-archive", "oci-layout", "oci-archive"
  std::vector<std::string> repo_tags;   // "registry/name:tag"
  std::string config_digest;            // "sha256:..." of the image config
  std::string created;
  std::string architecture, os;
  std::map<std::string, std::string> labels;
  std::vector<std::string> layers;      // layer paths or digests, bottom first
  std::vector<std::string> diff_ids;    // from the config: digests of the uncompressed layers
};

struct Image {
  ImageFacts facts;
  std::unique_ptr<MemoryRootFs> fs;    // the merged view
  std::vector<std::string> warnings;   // refused entries and the like
  std::vector<std::string> layer_digests;  // OCI: the manifest's digest of each layer blob
};

// Which file contents to keep (absolute path inside the image).
using CapturePredicate = std::function<bool(std::string_view path)>;

// The paths the built-in collectors read (os-release, dpkg, rpm, apk, kernels).
bool default_capture(std::string_view path);

// Told before each layer is read: its index (from 0), the count, its name.
using LayerProgress = std::function<void(std::size_t layer, std::size_t layers, const std::string& name)>;

// Recognises what `path` is (a directory with oci-layout, or a tar whose
// members show docker-save or OCI layout) and reads it.
Result<Image> open_image(const std::string& path, const CapturePredicate& capture = default_capture,
                         const ImageLimits& limits = {}, const LayerProgress& progress = {});

// True when `path` looks like an image (cheap check, for target detection).
bool looks_like_image(const std::string& path);

}  // namespace vt::inventory
