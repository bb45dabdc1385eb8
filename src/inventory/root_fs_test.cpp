#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "inventory/memory_root_fs.h"
#include "inventory/root_fs.h"

namespace vt::inventory {
namespace {

TEST(RootFs, LinksResolveInsideTheRoot) {
  MemoryRootFs fs;
  fs.add_file("/usr/lib/os-release", "ID=x\n");
  fs.add_symlink("/etc/os-release", "../usr/lib/os-release");
  fs.add_symlink("/etc/abs", "/usr/lib/os-release");
  fs.add_symlink("/escape", "../../../../usr/lib/os-release");  // ".." stops at the root
  fs.add_file("/etc/passwd", "inside");
  fs.add_symlink("/var/evil", "../../../../../../etc/passwd");
  EXPECT_EQ(fs.read_file("/etc/os-release").value(), "ID=x\n");
  EXPECT_EQ(fs.read_file("/etc/abs").value(), "ID=x\n");
  EXPECT_EQ(fs.read_file("/escape").value(), "ID=x\n");
  EXPECT_EQ(fs.read_file("/var/evil").value(), "inside");
  EXPECT_EQ(fs.resolve("/usr/./lib/../lib/os-release").value(), "/usr/lib/os-release");
}

TEST(RootFs, LinkLoopsAreAnErrorNotAHang) {
  MemoryRootFs fs;
  fs.add_symlink("/a", "/b");
  fs.add_symlink("/b", "/a");
  auto r = fs.read_file("/a");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kLimit);
}

TEST(RootFs, RefusesDirectoriesAndOversizedFiles) {
  MemoryRootFs fs;
  fs.add_file("/big", std::string(100, 'x'));
  fs.add_dir("/d");
  EXPECT_EQ(fs.read_file("/big", 10).error().code, ErrorCode::kLimit);
  EXPECT_FALSE(fs.read_file("/d").ok());
  EXPECT_EQ(fs.read_file("/missing").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(fs.list_dir("/").value(), (std::vector<std::string>{"big", "d"}));
}

TEST(DirectoryRootFs, HostLinksCannotEscape) {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / ("vt-rootfs-" + std::to_string(::getpid()));
  fs::create_directories(root / "etc");
  fs::create_directories(root / "usr/lib");
  std::ofstream(root / "usr/lib/os-release") << "ID=inside\n";
  fs::create_symlink("../usr/lib/os-release", root / "etc/os-release");
  fs::create_symlink("/etc/hostname", root / "etc/hostname-link");  // absolute: the image's /etc
  auto dir = open_directory(root.string());
  ASSERT_TRUE(dir.ok());
  EXPECT_EQ((*dir)->read_file("/etc/os-release").value(), "ID=inside\n");
  auto host = (*dir)->read_file("/etc/hostname-link");
  EXPECT_FALSE(host.ok()) << "must not read the host's /etc/hostname";
  EXPECT_EQ(host.error().code, ErrorCode::kNotFound);
  fs::remove_all(root);
}

}  // namespace
}  // namespace vt::inventory
