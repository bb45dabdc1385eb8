#include "inventory/snapshot.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "inventory/memory_root_fs.h"
#include "inventory/test_support.h"

namespace vt::inventory {
namespace {

const std::string kShared = VT_SHARED_DIR "/fixtures/";

std::string gzip(std::string_view in) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(static_cast<uLong>(in.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// An Ubuntu distro inside WSL2, as `collect` sees it.
MemoryRootFs wsl_host() {
  MemoryRootFs fs("/");
  fs.add_file("/etc/os-release", testing::slurp(kShared + "os-release/ubuntu-22.04"));
  fs.add_file("/var/lib/dpkg/status", testing::slurp(kShared + "pkgdb/dpkg-ubuntu-18.04/status"));
  fs.add_file("/proc/sys/kernel/osrelease", "5.15.146.1-microsoft-standard-WSL2\n");
  fs.add_file("/proc/sys/kernel/hostname", "dev-laptop-17\n");
  fs.add_file("/proc/sys/kernel/random/boot_id", "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0\n");
  fs.add_file("/proc/modules", testing::slurp(kShared + "kernel/proc-modules/debian-desktop.modules"));
  fs.add_file("/proc/config.gz", gzip(testing::slurp(kShared + "kernel/wsl2-5.15.146.1-microsoft-standard-WSL2.config")));
  fs.add_file("/proc/sys/fs/binfmt_misc/WSLInterop", "enabled\n");
  return fs;
}

TEST(Snapshot, CollectsRunningFactsThroughTheSeam) {
  MemoryRootFs fs = wsl_host();
  auto snap = collect_snapshot(fs, {"2026-11-25T10:00:00Z", "x86_64"});
  ASSERT_TRUE(snap.ok()) << snap.error().to_string();
  ASSERT_TRUE(snap->running.has_value());
  EXPECT_EQ(snap->name, "dev-laptop-17");
  EXPECT_TRUE(snap->running->wsl);
  EXPECT_EQ(snap->running->kernel_release, "5.15.146.1-microsoft-standard-WSL2");
  ASSERT_TRUE(snap->running->kernel_config.has_value());
  EXPECT_EQ(snap->running->kernel_config->source, "/proc/config.gz");
  EXPECT_FALSE(snap->running->loaded_modules.empty());
  EXPECT_EQ(snap->databases.size(), 1u);
  EXPECT_TRUE(snap->warnings.empty()) << snap->warnings.front();
}

TEST(Snapshot, RoundTripsThroughJson) {
  MemoryRootFs fs = wsl_host();
  auto snap = collect_snapshot(fs, {"2026-11-25T10:00:00Z", "x86_64"});
  ASSERT_TRUE(snap.ok());
  std::string text = write_snapshot_json(*snap);
  EXPECT_TRUE(looks_like_snapshot(text));
  auto back = read_snapshot_json(text, "dev17.json");
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  std::size_t packages = 0;
  for (const auto& c : back->components) packages += c.kind == ComponentKind::kPackage;
  EXPECT_EQ(packages, 90u);
  EXPECT_EQ(back->platform->id, "ubuntu");
  EXPECT_EQ(back->running->kernel_config->state("CONFIG_NET"), ConfigState::kBuiltin);
  EXPECT_EQ(back->running->loaded_modules.size(), snap->running->loaded_modules.size());
  bool kernel = false;
  for (const auto& c : back->components) kernel |= c.kind == ComponentKind::kKernel && c.version == "5.15.146.1-microsoft-standard-WSL2";
  EXPECT_TRUE(kernel);
}

TEST(Snapshot, MissingFactsAreSaidNotInvented) {
  MemoryRootFs bare("/");
  auto snap = collect_snapshot(bare, {"2026-11-25T10:00:00Z", "x86_64"});
  ASSERT_TRUE(snap.ok());
  EXPECT_GE(snap->warnings.size(), 4u);
  EXPECT_FALSE(snap->running->kernel_config.has_value());
}

TEST(Snapshot, MalformedSnapshotsNameThePlace) {
  auto r = read_snapshot_json(R"({"schema":"vextriage.snapshot/1","packages":[{"version":"1"}]})", "s.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "s.json#/packages/0");
  EXPECT_FALSE(read_snapshot_json("{\"schema\":\"other\"}", "s.json").ok());
  auto syntax = read_snapshot_json("{\"schema\":", "s.json");
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().where, "s.json:1:11");
}

}  // namespace
}  // namespace vt::inventory
