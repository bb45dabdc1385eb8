#include "inventory/binary_scan.h"

#include <cctype>
#include <set>

namespace vt::inventory {
namespace {

template <typename T>
bool read_le(std::string_view s, std::uint64_t at, T& out) {
  if (at + sizeof(T) > s.size() || at + sizeof(T) < at) return false;
  out = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) out |= static_cast<T>(static_cast<unsigned char>(s[at + i])) << (8 * i);
  return true;
}

// Version token after a marker: digits and dots, then letters/digits such
// as "3.0.13", "1.1.1w", "9.8p1".
std::string version_at(std::string_view s, std::size_t at) {
  std::size_t end = at;
  while (end < s.size() && end - at < 32 &&
         (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '.' || s[end] == '-' || s[end] == '_'))
    ++end;
  std::string_view v = s.substr(at, end - at);
  while (!v.empty() && (v.back() == '.' || v.back() == '-' || v.back() == '_')) v.remove_suffix(1);
  if (v.empty() || !std::isdigit(static_cast<unsigned char>(v.front())) || v.find('.') == std::string_view::npos) return {};
  return std::string(v);
}

struct Signature {
  const char* library;  // component name
  std::string_view marker;  // text right before the version
  std::string_view after;   // text that must follow the version (disambiguates), may be empty
};

// Strings the libraries print about themselves, from their own sources
// (OPENSSL_VERSION_TEXT, ZLIB's deflate_copyright, curl's LIBCURL_VERSION...).
constexpr Signature kSignatures[] = {
    {"openssl", "OpenSSL ", " "},
    {"zlib", "deflate ", " Copyright"},
    {"zlib", "inflate ", " Copyright"},
    {"curl", "libcurl/", ""},
    {"openssh", "OpenSSH_", ""},
    {"busybox", "BusyBox v", ""},
    {"glibc", "GNU C Library (", ""},
    {"sqlite", "SQLite version ", ""},
    {"libxml2", "libxml2-", ""},
    {"bzip2", "bzip2/libbzip2: ", ""},
};

}  // namespace

std::string elf_soname(std::string_view f) {
  // 64-bit little-endian ELF only: what the estates we inventory run.
  if (f.size() < 64 || f.substr(0, 4) != "\x7f" "ELF" || f[4] != 2 || f[5] != 1) return {};
  std::uint64_t shoff = 0;
  std::uint16_t shentsize = 0, shnum = 0;
  if (!read_le(f, 0x28, shoff) || !read_le(f, 0x3a, shentsize) || !read_le(f, 0x3c, shnum)) return {};
  if (shentsize < 64 || shnum == 0 || shnum > 4096) return {};
  for (std::uint16_t i = 0; i < shnum; ++i) {
    std::uint64_t sh = shoff + std::uint64_t{i} * shentsize;
    std::uint32_t type = 0, link = 0;
    std::uint64_t off = 0, size = 0;
    if (!read_le(f, sh + 4, type) || !read_le(f, sh + 0x18, off) || !read_le(f, sh + 0x20, size) ||
        !read_le(f, sh + 0x28, link))
      return {};
    if (type != 6 /* SHT_DYNAMIC */) continue;
    // The string table the dynamic section links to.
    std::uint64_t strsh = shoff + std::uint64_t{link} * shentsize, stroff = 0, strsize = 0;
    if (link >= shnum || !read_le(f, strsh + 0x18, stroff) || !read_le(f, strsh + 0x20, strsize)) return {};
    if (stroff > f.size() || strsize > f.size() - stroff) return {};
    for (std::uint64_t d = off; d + 16 <= off + size && d + 16 <= f.size(); d += 16) {
      std::int64_t tag = 0;
      std::uint64_t val = 0;
      read_le(f, d, tag);
      read_le(f, d + 8, val);
      if (tag == 0) break;
      if (tag == 14 /* DT_SONAME */ && val < strsize) {
        std::string_view strtab = f.substr(stroff, strsize);
        std::size_t end = strtab.find('\0', val);
        if (end == std::string_view::npos) return {};
        return std::string(strtab.substr(val, end - val));
      }
    }
    return {};
  }
  return {};
}

std::vector<Component> find_library_versions(std::string_view bytes, const std::string& path) {
  std::vector<Component> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& sig : kSignatures) {
    for (std::size_t at = bytes.find(sig.marker); at != std::string_view::npos; at = bytes.find(sig.marker, at + 1)) {
      std::string v = version_at(bytes, at + sig.marker.size());
      if (v.empty()) continue;
      if (!sig.after.empty() && bytes.substr(at + sig.marker.size() + v.size(), sig.after.size()) != sig.after) continue;
      if (!seen.insert({sig.library, v}).second) continue;
      Component c;
      c.kind = ComponentKind::kFile;
      c.name = sig.library;
      c.version = v;
      c.evidence = path;
      c.status = "version string \"" + std::string(sig.marker) + v + "\"";
      out.push_back(std::move(c));
    }
  }
  return out;
}

Collected scan_files(const RootFs& fs, const FileScanOptions& options) {
  Collected out;
  std::set<std::string> visited;  // real paths: /lib -> /usr/lib must not double the work
  std::vector<std::string> todo(options.roots.rbegin(), options.roots.rend());
  std::size_t files = 0;
  while (!todo.empty()) {
    std::string dir = std::move(todo.back());
    todo.pop_back();
    auto real = fs.resolve(dir);
    if (!real.ok() || !visited.insert(*real).second) continue;
    auto names = fs.list_dir(*real);
    if (!names.ok()) continue;
    for (const auto& name : *names) {
      std::string path = join_path(*real, name);
      auto info = fs.lstat(path);
      if (!info.ok()) continue;
      if (info->type == FileType::kDirectory) {
        todo.push_back(path);
        continue;
      }
      if (info->type != FileType::kRegular || info->size < 64 || info->size > options.max_file_bytes) continue;
      if (++files > options.max_files) {
        out.warnings.push_back("file scan stopped after " + std::to_string(options.max_files) + " files");
        return out;
      }
      auto bytes = fs.read_file(path, options.max_file_bytes);
      if (!bytes.ok() || bytes->substr(0, 4) != "\x7f" "ELF") continue;
      for (auto& c : find_library_versions(*bytes, path)) out.components.push_back(std::move(c));
      if (std::string soname = elf_soname(*bytes); !soname.empty()) {
        Component c;
        c.kind = ComponentKind::kFile;
        c.name = soname;
        c.evidence = path;
        c.status = "ELF DT_SONAME";
        out.components.push_back(std::move(c));
      }
    }
  }
  return out;
}

}  // namespace vt::inventory
