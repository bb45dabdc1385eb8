#include "core/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <iterator>

namespace vt {
namespace {

Error io_error(const std::string& path, const char* what) {
  return make_error(ErrorCode::kIo, std::string(what) + ": " + std::strerror(errno), path);
}

Result<std::string> read_stream(int fd, const std::string& path, std::uint64_t max_bytes) {
  std::string out;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_error(path, "cannot read");
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > max_bytes)
      return make_error(ErrorCode::kLimit,
                        "larger than the limit of " + std::to_string(max_bytes) + " bytes", path);
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

}  // namespace

namespace {

// A stream read whole (standard input, a pipe) moved into the buffer.
Result<std::size_t> take_stream(Result<std::string> text, std::string& buffer, std::size_t padding) {
  if (!text.ok()) return text.error();
  const std::size_t size = text->size();
  buffer = std::move(*text);
  buffer.resize(size + padding);
  return size;
}

}  // namespace

Result<std::size_t> read_file_into(const std::string& path, std::string& buffer,
                                   std::uint64_t max_bytes, std::size_t padding) {
  if (path == "-") return take_stream(read_stream(STDIN_FILENO, "<stdin>", max_bytes), buffer, padding);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot open");
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    Error e = io_error(path, "cannot stat");
    ::close(fd);
    return e;
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return make_error(ErrorCode::kIo, "is a directory, expected a file", path);
  }
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return make_error(ErrorCode::kLimit,
                      "file of " + std::to_string(st.st_size) +
                          " bytes is larger than the limit of " + std::to_string(max_bytes) +
                          " bytes",
                      path);
  }
  if (!S_ISREG(st.st_mode)) {
    auto text = read_stream(fd, path, max_bytes);
    ::close(fd);
    return take_stream(std::move(text), buffer, padding);
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  if (buffer.size() < size + padding) buffer.resize(size + padding);  // zero-fills only what it adds
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, buffer.data() + done, size - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Error e = io_error(path, "cannot read");
      ::close(fd);
      return e;
    }
    if (n == 0) break;  // file shrank while reading
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return done;
}

Result<std::string> read_file(const std::string& path, std::uint64_t max_bytes, std::size_t extra_capacity) {
  std::string out;
  VT_ASSIGN_OR_RETURN(std::size_t size, read_file_into(path, out, max_bytes, extra_capacity));
  out.resize(size);  // the capacity stays: `extra_capacity` bytes past the content
  return out;
}

Result<std::string> read_file_head(const std::string& path, std::size_t bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot open");
  std::string out(bytes, '\0');
  std::size_t done = 0;
  while (done < bytes) {
    ssize_t n = ::read(fd, out.data() + done, bytes - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  out.resize(done);
  return out;
}

namespace {

Status write_atomically(const std::string& path, std::string_view content, bool sync_dir) {
  // Unique per process and call: threads may write beside each other.
  static std::atomic<unsigned> counter{0};
  std::string tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(tmp, "cannot create");
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Error e = io_error(tmp, "cannot write");
      ::close(fd);
      ::unlink(tmp.c_str());
      return e;
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    Error e = io_error(tmp, "cannot fsync");
    ::close(fd);
    ::unlink(tmp.c_str());
    return e;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    Error e = io_error(path, "cannot rename into place");
    ::unlink(tmp.c_str());
    return e;
  }
  if (!sync_dir) return {};
  // The rename is durable only once the directory entry is on disk.
  std::string dir = std::filesystem::path(path).parent_path().string();
  int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

}  // namespace

Status write_file_atomic(const std::string& path, std::string_view content) {
  return write_atomically(path, content, true);
}

Status write_file_atomic_no_dir_sync(const std::string& path, std::string_view content) {
  return write_atomically(path, content, false);
}

FileListing list_files(const std::vector<std::string>& paths,
                       bool (*accept)(const std::filesystem::path&)) {
  namespace fs = std::filesystem;
  FileListing out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") {
      out.files.push_back(p);
      continue;
    }
    auto st = fs::status(p, ec);
    if (ec) {
      out.problems.push_back(make_error(ErrorCode::kIo, "cannot access: " + ec.message(), p));
      continue;
    }
    if (!fs::is_directory(st)) {
      out.files.push_back(p);  // named explicitly: taken whatever its name
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.problems.push_back(
          make_error(ErrorCode::kIo, "cannot list directory: " + ec.message(), p));
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        out.problems.push_back(
            make_error(ErrorCode::kIo, "cannot list directory: " + ec.message(), p));
        break;
      }
      std::error_code fec;
      if (!it->is_regular_file(fec)) continue;
      if (accept && !accept(it->path())) continue;
      found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    std::move(found.begin(), found.end(), std::back_inserter(out.files));
  }
  return out;
}

}  // namespace vt
