// An in-memory RootFs for tests and for image layers assembled in memory.
#pragma once

#include <map>

#include "inventory/root_fs.h"

namespace vt::inventory {

class MemoryRootFs final : public RootFs {
 public:
  explicit MemoryRootFs(std::string name = "memory") : name_(std::move(name)) { nodes_["/"] = {FileType::kDirectory, {}}; }

  // Parent directories are created as needed. Paths are normalised absolute.
  void add_file(std::string_view path, std::string content);
  // A file whose content was not kept (only its existence and size are
  // known); reading it fails with kUnsupported.
  void add_file_metadata(std::string_view path, std::uint64_t size);
  void add_dir(std::string_view path);
  void add_symlink(std::string_view path, std::string target);
  void remove(std::string_view path);  // and everything below it
  void remove_children(std::string_view dir);  // an opaque directory

  std::string describe() const override { return name_; }
  Result<FileInfo> lstat(std::string_view path) const override;
  Result<std::string> read_link(std::string_view path) const override;
  Result<std::vector<std::string>> list_names(std::string_view dir) const override;
  Result<std::string> read_regular(std::string_view path, std::uint64_t max_bytes) const override;

 private:
  struct Node {
    FileType type;
    std::string data;  // content or link target
    bool captured = true;
    std::uint64_t size = 0;  // of files not captured
  };
  const Node* find(std::string_view path) const;
  std::string name_;
  std::map<std::string, Node, std::less<>> nodes_;
};

}  // namespace vt::inventory
