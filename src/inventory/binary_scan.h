// Finding libraries that no package database owns: a statically linked or
// hand-copied OpenSSL in an appliance is still OpenSSL. Two kinds of
// evidence: an ELF shared object's DT_SONAME, and version strings that
// libraries embed in their code ("OpenSSL 3.0.13 30 Jan 2024").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "inventory/component.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

// The DT_SONAME of an ELF shared object ("libssl.so.3"), or "" (not ELF,
// no dynamic section, malformed: every offset is checked).
std::string elf_soname(std::string_view file);

// Library version strings found in `bytes`; each becomes a kFile component
// named after the library ("openssl") with `path` as evidence.
std::vector<Component> find_library_versions(std::string_view bytes, const std::string& path);

struct FileScanOptions {
  std::vector<std::string> roots = {"/opt", "/usr/local", "/app", "/srv", "/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/bin", "/usr/sbin", "/bin", "/sbin"};
  std::uint64_t max_file_bytes = 128 << 20;
  std::size_t max_files = 200'000;
};

// Walks the roots (links resolved inside the artifact, each real file read
// once) and reports the libraries found.
Collected scan_files(const RootFs& fs, const FileScanOptions& options = {});

}  // namespace vt::inventory
