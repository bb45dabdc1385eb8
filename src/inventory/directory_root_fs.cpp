// RootFs over a host directory. Every access walks the resolved path one
// component at a time with O_NOFOLLOW relative to the root's descriptor, so
// even a link swapped in after resolution cannot lead outside the root.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "inventory/root_fs.h"

namespace vt::inventory {
namespace {

class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { if (fd_ >= 0) ::close(fd_); }
  Fd(Fd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  Fd& operator=(Fd&& o) noexcept { std::swap(fd_, o.fd_); return *this; }
  int get() const { return fd_; }
  int release() { int f = fd_; fd_ = -1; return f; }

 private:
  int fd_;
};

class DirectoryRootFs final : public RootFs {
 public:
  DirectoryRootFs(std::string path, Fd root) : path_(std::move(path)), root_(std::move(root)) {}

  std::string describe() const override { return path_; }

  Result<FileInfo> lstat(std::string_view path) const override {
    auto [dir, name] = split_last(path);
    VT_ASSIGN_OR_RETURN(Fd parent, open_dir(dir, path));
    struct stat st {};
    const char* n = name.empty() ? "." : name.c_str();
    if (::fstatat(parent.get(), n, &st, AT_SYMLINK_NOFOLLOW) != 0) return errno_error(path, "cannot stat");
    FileInfo info;
    info.size = static_cast<std::uint64_t>(st.st_size);
    if (S_ISREG(st.st_mode)) info.type = FileType::kRegular;
    else if (S_ISDIR(st.st_mode)) info.type = FileType::kDirectory;
    else if (S_ISLNK(st.st_mode)) info.type = FileType::kSymlink;
    return info;
  }

  Result<std::string> read_link(std::string_view path) const override {
    auto [dir, name] = split_last(path);
    VT_ASSIGN_OR_RETURN(Fd parent, open_dir(dir, path));
    char buf[4096];
    ssize_t n = ::readlinkat(parent.get(), name.c_str(), buf, sizeof buf);
    if (n < 0) return errno_error(path, "cannot read link");
    return std::string(buf, static_cast<std::size_t>(n));
  }

  Result<std::vector<std::string>> list_names(std::string_view dir) const override {
    VT_ASSIGN_OR_RETURN(Fd d, open_dir(dir, dir));
    DIR* stream = ::fdopendir(d.get());
    if (!stream) return errno_error(dir, "cannot list");
    d.release();
    std::vector<std::string> names;
    while (dirent* e = ::readdir(stream)) {
      std::string_view n = e->d_name;
      if (n != "." && n != "..") names.emplace_back(n);
    }
    ::closedir(stream);
    return names;
  }

  Result<std::string> read_regular(std::string_view path, std::uint64_t max_bytes) const override {
    auto [dir, name] = split_last(path);
    VT_ASSIGN_OR_RETURN(Fd parent, open_dir(dir, path));
    Fd f(::openat(parent.get(), name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (f.get() < 0) return errno_error(path, "cannot open");
    struct stat st {};
    if (::fstat(f.get(), &st) != 0 || !S_ISREG(st.st_mode))
      return make_error(ErrorCode::kInvalidInput, "not a regular file", where(path));
    std::string out;
    char buf[1 << 16];
    for (;;) {
      ssize_t n = ::read(f.get(), buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        return errno_error(path, "cannot read");
      }
      if (n == 0) break;
      if (out.size() + static_cast<std::size_t>(n) > max_bytes)
        return make_error(ErrorCode::kLimit, "file exceeds the limit of " + std::to_string(max_bytes) + " bytes",
                          where(path));
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }

 private:
  std::string where(std::string_view path) const { return path_ + ":" + std::string(path); }
  Error errno_error(std::string_view path, const char* what) const {
    ErrorCode code = errno == ENOENT || errno == ENOTDIR ? ErrorCode::kNotFound : ErrorCode::kIo;
    return make_error(code, std::string(what) + ": " + std::strerror(errno), where(path));
  }
  static std::pair<std::string, std::string> split_last(std::string_view path) {
    std::size_t slash = path.find_last_of('/');
    if (slash == std::string_view::npos) return {"/", std::string(path)};
    return {std::string(path.substr(0, slash)), std::string(path.substr(slash + 1))};
  }
  // Opens a directory below the root, refusing links in any component.
  Result<Fd> open_dir(std::string_view dir, std::string_view for_path) const {
    Fd cur(::dup(root_.get()));
    std::size_t i = 0;
    while (i < dir.size()) {
      std::size_t j = dir.find('/', i);
      if (j == std::string_view::npos) j = dir.size();
      std::string part(dir.substr(i, j - i));
      i = j + 1;
      if (part.empty() || part == ".") continue;
      if (part == "..")
        return make_error(ErrorCode::kInvalidInput, "unresolved '..' in path", where(for_path));
      Fd next(::openat(cur.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (next.get() < 0) return errno_error(for_path, "cannot open directory");
      cur = std::move(next);
    }
    return cur;
  }

  std::string path_;
  Fd root_;
};

}  // namespace

Result<std::unique_ptr<RootFs>> open_directory(const std::string& path) {
  Fd root(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (root.get() < 0)
    return make_error(ErrorCode::kIo, std::string("cannot open root directory: ") + std::strerror(errno), path);
  return std::unique_ptr<RootFs>(new DirectoryRootFs(path, std::move(root)));
}

}  // namespace vt::inventory
