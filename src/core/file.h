// Reading whole files and walking directories, with errors that name the path.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"

namespace vt {

// Reads a whole file (or standard input for "-"). Refuses files larger than
// max_bytes with a kLimit error instead of exhausting memory.
// `extra_capacity` bytes are reserved beyond the content (a parser's
// padding), so that the caller does not copy the text to grow it.
Result<std::string> read_file(const std::string& path,
                              std::uint64_t max_bytes = std::uint64_t{4} << 30,
                              std::size_t extra_capacity = 0);

// Reads a whole file (or standard input for "-") into `buffer`, reusing its
// memory, and returns the file's size. The buffer's size becomes at least
// the file's size plus `padding`; bytes past the file's size are left as
// they were (zero where the buffer grew). For readers of many files, such as
// a validator over a feed: no allocation and no zero-filling per file.
Result<std::size_t> read_file_into(const std::string& path, std::string& buffer,
                                   std::uint64_t max_bytes, std::size_t padding);

// Reads at most the first `bytes` bytes of a file (for recognising formats).
Result<std::string> read_file_head(const std::string& path, std::size_t bytes);

// Writes a file atomically: a temporary file beside it ("<path>.tmp.*"),
// fsync, rename, fsync of the directory. A kill at any moment leaves either
// the old file or the new one (and perhaps a stray temporary file).
Status write_file_atomic(const std::string& path, std::string_view content);
// The same without the directory fsync, for a file whose directory is synced
// by a write_file_atomic() that follows (several files land in one folder).
Status write_file_atomic_no_dir_sync(const std::string& path, std::string_view content);

// Expands paths into regular files: files as given, directories recursively
// (sorted, so runs are reproducible), keeping only names that `accept`
// returns true for. Unreadable directories are reported in `problems`.
struct FileListing {
  std::vector<std::string> files;
  std::vector<Error> problems;
};
FileListing list_files(const std::vector<std::string>& paths,
                       bool (*accept)(const std::filesystem::path&) = nullptr);

}  // namespace vt
