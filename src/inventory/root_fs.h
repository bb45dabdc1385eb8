// The RootFs seam: every inventory source reads an artifact's files through
// it, never from the real `/`. Paths are absolute inside the artifact
// ("/etc/os-release"); symbolic links resolve inside the artifact, so a link
// to "/usr/lib/os-release" or "../../../etc/passwd" never leaves it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::inventory {

enum class FileType { kRegular, kDirectory, kSymlink, kOther };

struct FileInfo {
  FileType type = FileType::kOther;
  std::uint64_t size = 0;
};

inline constexpr std::uint64_t kDefaultMaxFileBytes = std::uint64_t{256} << 20;

class RootFs {
 public:
  virtual ~RootFs() = default;

  // Names the artifact in messages ("directory /srv/rootfs").
  virtual std::string describe() const = 0;

  // Primitives on a path whose components contain no symbolic link except
  // possibly the last one, which is not followed.
  virtual Result<FileInfo> lstat(std::string_view path) const = 0;
  virtual Result<std::string> read_link(std::string_view path) const = 0;
  virtual Result<std::vector<std::string>> list_names(std::string_view dir) const = 0;
  virtual Result<std::string> read_regular(std::string_view path, std::uint64_t max_bytes) const = 0;

  // Resolves every symbolic link of `path` inside the root; the result is a
  // normalised absolute path without links. At most 40 links are followed.
  Result<std::string> resolve(std::string_view path) const;
  // Reads a file after resolving links; refuses non-regular files and files
  // larger than max_bytes.
  Result<std::string> read_file(std::string_view path,
                                std::uint64_t max_bytes = kDefaultMaxFileBytes) const;
  bool exists(std::string_view path) const;
  // The names in a directory (after resolving links), sorted.
  Result<std::vector<std::string>> list_dir(std::string_view path) const;
  Result<FileInfo> stat(std::string_view path) const;
};

// A root file system in a directory of the host (an unpacked image, a
// mounted disk, or "/" itself for `collect`).
Result<std::unique_ptr<RootFs>> open_directory(const std::string& path);

// Joins normalised absolute paths: join("/usr", "lib") == "/usr/lib".
std::string join_path(std::string_view dir, std::string_view name);

}  // namespace vt::inventory
