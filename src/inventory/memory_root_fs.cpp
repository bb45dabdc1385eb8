#include "inventory/memory_root_fs.h"

namespace vt::inventory {
namespace {

std::string normalise(std::string_view path) {
  std::string out = "/";
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out = join_path(out, path.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string parent_of(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

void MemoryRootFs::add_dir(std::string_view path) {
  std::string p = normalise(path);
  while (p != "/" && !nodes_.count(p)) {
    nodes_[p] = {FileType::kDirectory, {}};
    p = parent_of(p);
  }
}

void MemoryRootFs::add_file(std::string_view path, std::string content) {
  std::string p = normalise(path);
  add_dir(parent_of(p));
  nodes_[p] = {FileType::kRegular, std::move(content)};
}

void MemoryRootFs::add_file_metadata(std::string_view path, std::uint64_t size) {
  std::string p = normalise(path);
  add_dir(parent_of(p));
  nodes_[p] = {FileType::kRegular, {}, false, size};
}

void MemoryRootFs::remove_children(std::string_view dir) {
  std::string p = normalise(dir);
  std::string prefix = p == "/" ? "/" : p + "/";
  auto it = nodes_.lower_bound(prefix);
  while (it != nodes_.end() && it->first.compare(0, prefix.size(), prefix) == 0) it = nodes_.erase(it);
}

void MemoryRootFs::add_symlink(std::string_view path, std::string target) {
  std::string p = normalise(path);
  add_dir(parent_of(p));
  nodes_[p] = {FileType::kSymlink, std::move(target)};
}

void MemoryRootFs::remove(std::string_view path) {
  std::string p = normalise(path);
  nodes_.erase(p);
  std::string prefix = p == "/" ? "/" : p + "/";
  auto it = nodes_.lower_bound(prefix);
  while (it != nodes_.end() && it->first.compare(0, prefix.size(), prefix) == 0) it = nodes_.erase(it);
  nodes_.emplace("/", Node{FileType::kDirectory, {}});
}

const MemoryRootFs::Node* MemoryRootFs::find(std::string_view path) const {
  auto it = nodes_.find(normalise(path));
  return it == nodes_.end() ? nullptr : &it->second;
}

Result<FileInfo> MemoryRootFs::lstat(std::string_view path) const {
  const Node* n = find(path);
  if (!n) return make_error(ErrorCode::kNotFound, "no such file", name_ + ":" + std::string(path));
  std::uint64_t size = n->type != FileType::kRegular ? 0 : n->captured ? n->data.size() : n->size;
  return FileInfo{n->type, size};
}

Result<std::string> MemoryRootFs::read_link(std::string_view path) const {
  const Node* n = find(path);
  if (!n || n->type != FileType::kSymlink)
    return make_error(ErrorCode::kNotFound, "not a symbolic link", name_ + ":" + std::string(path));
  return n->data;
}

Result<std::vector<std::string>> MemoryRootFs::list_names(std::string_view dir) const {
  std::string p = normalise(dir);
  const Node* n = find(p);
  if (!n || n->type != FileType::kDirectory)
    return make_error(ErrorCode::kNotFound, "not a directory", name_ + ":" + p);
  std::string prefix = p == "/" ? "/" : p + "/";
  std::vector<std::string> names;
  for (auto it = nodes_.lower_bound(prefix); it != nodes_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    std::string_view rest = std::string_view(it->first).substr(prefix.size());
    if (!rest.empty() && rest.find('/') == std::string_view::npos) names.emplace_back(rest);
  }
  return names;
}

Result<std::string> MemoryRootFs::read_regular(std::string_view path, std::uint64_t max_bytes) const {
  const Node* n = find(path);
  if (!n || n->type != FileType::kRegular)
    return make_error(ErrorCode::kNotFound, "not a regular file", name_ + ":" + std::string(path));
  if (!n->captured)
    return make_error(ErrorCode::kUnsupported, "content not kept when the image was read", name_ + ":" + std::string(path));
  if (n->data.size() > max_bytes)
    return make_error(ErrorCode::kLimit, "file exceeds the limit", name_ + ":" + std::string(path));
  return n->data;
}

}  // namespace vt::inventory
