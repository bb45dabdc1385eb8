#include "inventory/root_fs.h"

#include <algorithm>

namespace vt::inventory {
namespace {

constexpr int kMaxLinks = 40;  // as Linux's MAXSYMLINKS

// Splits "/a//b/./c" into {"a", "b", ".", "c"} (empty parts dropped).
std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out.emplace_back(path.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string join_path(std::string_view dir, std::string_view name) {
  std::string out(dir);
  if (out.empty() || out.back() != '/') out += '/';
  out += name;
  return out;
}

Result<std::string> RootFs::resolve(std::string_view path) const {
  // Work list of components still to walk, in reverse order (back = next).
  std::vector<std::string> todo = split(path);
  std::reverse(todo.begin(), todo.end());
  std::vector<std::string> done;  // resolved components, no links among them
  int links = 0;
  while (!todo.empty()) {
    std::string part = std::move(todo.back());
    todo.pop_back();
    if (part == ".") continue;
    if (part == "..") {
      if (!done.empty()) done.pop_back();  // ".." at the root stays at the root
      continue;
    }
    std::string candidate = "/";
    for (const auto& d : done) candidate = join_path(candidate, d);
    candidate = join_path(candidate, part);
    auto info = lstat(candidate);
    if (!info.ok()) {
      if (todo.empty()) {
        // A missing last component is the caller's to report.
        done.push_back(part);
        break;
      }
      return make_error(ErrorCode::kNotFound, "no such directory: " + candidate,
                        describe() + ":" + std::string(path));
    }
    if (info->type != FileType::kSymlink) {
      if (!todo.empty() && info->type != FileType::kDirectory)
        return make_error(ErrorCode::kNotFound, "not a directory: " + candidate,
                          describe() + ":" + std::string(path));
      done.push_back(part);
      continue;
    }
    if (++links > kMaxLinks)
      return make_error(ErrorCode::kLimit, "too many levels of symbolic links",
                        describe() + ":" + std::string(path));
    VT_ASSIGN_OR_RETURN(std::string target, read_link(candidate));
    if (!target.empty() && target[0] == '/') done.clear();  // absolute: from the artifact's root
    auto parts = split(target);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) todo.push_back(*it);
  }
  std::string out = "/";
  for (const auto& d : done) out = join_path(out, d);
  return out;
}

Result<FileInfo> RootFs::stat(std::string_view path) const {
  VT_ASSIGN_OR_RETURN(std::string real, resolve(path));
  return lstat(real);
}

Result<std::string> RootFs::read_file(std::string_view path, std::uint64_t max_bytes) const {
  VT_ASSIGN_OR_RETURN(std::string real, resolve(path));
  VT_ASSIGN_OR_RETURN(FileInfo info, lstat(real));
  if (info.type != FileType::kRegular)
    return make_error(ErrorCode::kInvalidInput, "not a regular file", describe() + ":" + real);
  if (info.size > max_bytes)
    return make_error(ErrorCode::kLimit,
                      "file of " + std::to_string(info.size) + " bytes exceeds the limit of " +
                          std::to_string(max_bytes),
                      describe() + ":" + real);
  return read_regular(real, max_bytes);
}

bool RootFs::exists(std::string_view path) const { return stat(path).ok(); }

Result<std::vector<std::string>> RootFs::list_dir(std::string_view path) const {
  VT_ASSIGN_OR_RETURN(std::string real, resolve(path));
  VT_ASSIGN_OR_RETURN(auto names, list_names(real));
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace vt::inventory
