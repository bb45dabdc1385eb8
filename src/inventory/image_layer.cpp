#include "inventory/image_layer.h"

#include <archive.h>
#include <archive_entry.h>

namespace vt::inventory {

std::string image_path(std::string_view member) {
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i <= member.size()) {
    std::size_t j = member.find('/', i);
    if (j == std::string_view::npos) j = member.size();
    std::string_view part = member.substr(i, j - i);
    i = j + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") return {};  // tar members never legitimately climb
    parts.push_back(part);
  }
  if (parts.empty()) return "/";
  std::string out;
  for (auto p : parts) {
    out += '/';
    out += p;
  }
  return out;
}

namespace {

struct PendingEntry {
  std::string path;
  FileType type = FileType::kRegular;
  std::string data;         // content (captured) or link target
  std::string hardlink_to;  // for hard links
  bool captured = false;
  std::uint64_t size = 0;
};

std::string parent_dir(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Status apply_layer(archive* a, const std::string& layer_name, MemoryRootFs& fs, const CapturePredicate& capture,
                   const ImageLimits& limits, LayerBudget& budget, std::vector<std::string>& warnings) {
  std::vector<PendingEntry> entries;
  std::vector<std::string> whiteouts, opaque_dirs;
  archive_entry* e = nullptr;
  for (;;) {
    int rc = archive_read_next_header(a, &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc < ARCHIVE_WARN)
      return make_error(ErrorCode::kInvalidInput,
                        std::string("corrupt layer: ") + (archive_error_string(a) ? archive_error_string(a) : "?"),
                        layer_name);
    if (++budget.entries > limits.max_entries)
      return make_error(ErrorCode::kLimit,
                        "more than " + std::to_string(limits.max_entries) + " entries in the image", layer_name);
    if (static_cast<std::uint64_t>(archive_filter_bytes(a, 0)) > limits.max_layer_bytes)
      return make_error(ErrorCode::kLimit,
                        "layer larger than " + std::to_string(limits.max_layer_bytes) +
                            " bytes uncompressed (a decompression bomb?)",
                        layer_name);
    const char* raw_name = archive_entry_pathname(e);
    std::string member = raw_name ? raw_name : "";
    std::string path = image_path(member);
    if (path.empty()) {
      warnings.push_back(layer_name + ": entry '" + member + "' points outside the image root: refused");
      continue;
    }
    std::string base = path.substr(path.find_last_of('/') + 1);
    if (base.rfind(".wh.", 0) == 0) {
      std::string dir = parent_dir(path);
      if (base == ".wh..wh..opq") opaque_dirs.push_back(dir);
      else whiteouts.push_back(dir == "/" ? "/" + base.substr(4) : dir + "/" + base.substr(4));
      continue;
    }
    PendingEntry pe;
    pe.path = path;
    if (const char* hl = archive_entry_hardlink(e)) {
      std::string target = image_path(hl);
      if (target.empty()) {
        warnings.push_back(layer_name + ": hard link '" + member + "' to '" + hl + "' outside the image: refused");
        continue;
      }
      pe.hardlink_to = target;
      entries.push_back(std::move(pe));
      continue;
    }
    switch (archive_entry_filetype(e)) {
      case AE_IFDIR: pe.type = FileType::kDirectory; break;
      case AE_IFLNK:
        pe.type = FileType::kSymlink;
        // A link's target is kept as written: RootFs resolves it inside the
        // image, so "../../../etc/passwd" cannot reach the host.
        pe.data = archive_entry_symlink(e) ? archive_entry_symlink(e) : "";
        break;
      case AE_IFREG: {
        pe.type = FileType::kRegular;
        pe.size = archive_entry_size_is_set(e) ? static_cast<std::uint64_t>(archive_entry_size(e)) : 0;
        if (!capture(path)) break;
        if (pe.size > limits.max_captured_file) {
          warnings.push_back(layer_name + ": " + path + " is " + std::to_string(pe.size) +
                             " bytes, over the limit of " + std::to_string(limits.max_captured_file) +
                             ": content not read");
          break;
        }
        if (budget.captured_bytes + pe.size > limits.max_captured_total)
          return make_error(ErrorCode::kLimit, "files to inspect exceed " + std::to_string(limits.max_captured_total) + " bytes",
                            layer_name);
        pe.data.resize(pe.size);
        la_ssize_t got = pe.size ? archive_read_data(a, pe.data.data(), pe.data.size()) : 0;
        if (got < 0 || static_cast<std::uint64_t>(got) != pe.size)
          return make_error(ErrorCode::kInvalidInput, "truncated entry " + member, layer_name);
        budget.captured_bytes += pe.size;
        pe.captured = true;
        break;
      }
      default:
        continue;  // devices, fifos: nothing to inventory
    }
    entries.push_back(std::move(pe));
  }
  // Whiteouts and opaque directories hide what lower layers had; this
  // layer's own entries come after, whatever their order in the tar.
  for (const auto& w : whiteouts) fs.remove(w);
  for (const auto& d : opaque_dirs) fs.remove_children(d);
  for (auto& pe : entries) {
    if (!pe.hardlink_to.empty()) continue;
    if (pe.type == FileType::kDirectory) fs.add_dir(pe.path);
    else if (pe.type == FileType::kSymlink) fs.add_symlink(pe.path, std::move(pe.data));
    else if (pe.captured) fs.add_file(pe.path, std::move(pe.data));
    else fs.add_file_metadata(pe.path, pe.size);
  }
  for (const auto& pe : entries) {
    if (pe.hardlink_to.empty()) continue;
    auto content = fs.read_regular(pe.hardlink_to, limits.max_captured_file);
    if (content.ok()) fs.add_file(pe.path, std::move(*content));
    else if (auto info = fs.lstat(pe.hardlink_to); info.ok()) fs.add_file_metadata(pe.path, info->size);
    else warnings.push_back(layer_name + ": hard link " + pe.path + " to missing " + pe.hardlink_to);
  }
  return {};
}

}  // namespace vt::inventory
