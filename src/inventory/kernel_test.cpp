#include "inventory/kernel.h"

#include <gtest/gtest.h>

#include "inventory/memory_root_fs.h"
#include "inventory/test_support.h"

namespace vt::inventory {
namespace {

const std::string kDir = VT_SHARED_DIR "/fixtures/kernel/";

TEST(KernelRelease, EveryFixtureRelease) {
  std::size_t n = 0;
  for (const auto& row : testing::read_tsv(kDir + "uname-r.tsv")) {
    if (row.size() < 2 || row[1] == "kernel_release") continue;
    auto r = parse_kernel_release(row[1]);
    ASSERT_TRUE(r.ok()) << row[1];
    ++n;
    bool wsl2_file = row[0].rfind("wsl2-", 0) == 0;
    EXPECT_EQ(r->wsl2, wsl2_file) << row[1];
    EXPECT_EQ(r->wsl1, row[0].empty()) << row[1];  // the WSL1 example has no config file
  }
  EXPECT_EQ(n, 13u);
  auto wsl = parse_kernel_release("5.15.146.1-microsoft-standard-WSL2").value();
  EXPECT_EQ(wsl.upstream, "5.15.146");
  EXPECT_EQ(wsl.version, "5.15.146.1");
  EXPECT_EQ(wsl.suffix, "-microsoft-standard-WSL2");
  auto azl = parse_kernel_release("6.6.134.1-2.azl3").value();
  EXPECT_EQ(azl.upstream, "6.6.134");
  EXPECT_FALSE(azl.wsl2);
  EXPECT_EQ(parse_kernel_release("6.6.135.mshv2-1.azl3").value().upstream, "6.6.135");
  EXPECT_EQ(parse_kernel_release("4.18.0-80.11.2.el8_0.x86_64").value().upstream, "4.18.0");
  EXPECT_FALSE(parse_kernel_release("microsoft").ok());
}

// The header version plus CONFIG_LOCALVERSION gives the release (uname-r.tsv).
TEST(KernelConfig, EveryFixtureConfig) {
  std::size_t n = 0;
  for (const auto& row : testing::read_tsv(kDir + "uname-r.tsv")) {
    if (row.size() < 2 || row[0].empty() || row[0] == "file" || row[0].find(".config") == std::string::npos) continue;
    KernelConfig c = parse_kernel_config(testing::slurp(kDir + row[0]), row[0]);
    EXPECT_GT(c.options.size(), 1000u) << row[0];
    EXPECT_FALSE(c.header_version.empty()) << row[0];
    EXPECT_EQ(row[1].rfind(c.header_version, 0), 0u) << row[0] << " header " << c.header_version;
    EXPECT_EQ(c.state("CONFIG_NET"), ConfigState::kBuiltin) << row[0];
    ++n;
  }
  EXPECT_EQ(n, 11u);
  KernelConfig wsl = parse_kernel_config(testing::slurp(kDir + "wsl2-6.6.87.1-microsoft-standard-WSL2.config"), "w");
  EXPECT_EQ(wsl.find("LOCALVERSION")->value, "-microsoft-standard-WSL2");
  EXPECT_EQ(wsl.state("LOCALVERSION_AUTO"), ConfigState::kNo);
  EXPECT_EQ(wsl.state("CONFIG_DOES_NOT_EXIST"), ConfigState::kAbsent);
  EXPECT_GT(wsl.find("CONFIG_NET")->line, 0u);
}

TEST(KernelModules, ProcModulesAndModuleLists) {
  auto loaded = parse_proc_modules(testing::slurp(kDir + "proc-modules/rhcos-4.18.0-80.11.2.el8_0.x86_64.modules"));
  ASSERT_FALSE(loaded.empty());
  EXPECT_EQ(loaded[0].name, "ipt_MASQUERADE");
  EXPECT_EQ(loaded[0].state, "Live");
  auto names = parse_module_list("kernel/fs/ext4/ext4.ko\nkernel/net/sched/sch-fq.ko.xz: kernel/net/x.ko\n");
  EXPECT_EQ(names, (std::vector<std::string>{"ext4", "sch_fq"}));
}

TEST(InstalledKernels, FromBootAndModules) {
  MemoryRootFs fs;
  fs.add_file("/boot/vmlinuz-6.6.134.1-2.azl3", "image");
  fs.add_file("/boot/config-6.6.134.1-2.azl3", testing::slurp(kDir + "azurelinux-3.0-kernel-6.6.134.1-2.azl3.config"));
  fs.add_file("/usr/lib/modules/6.6.134.1-2.azl3/modules.builtin", "kernel/fs/ext4/ext4.ko\n");
  fs.add_file("/usr/lib/modules/6.6.134.1-2.azl3/modules.dep", "kernel/net/sched/sch_fq.ko:\n");
  fs.add_symlink("/lib", "usr/lib");
  auto kernels = read_installed_kernels(fs);
  ASSERT_TRUE(kernels.ok());
  ASSERT_EQ(kernels->size(), 1u);
  const auto& k = kernels->front();
  EXPECT_EQ(k.release, "6.6.134.1-2.azl3");
  EXPECT_EQ(k.image_path, "/boot/vmlinuz-6.6.134.1-2.azl3");
  ASSERT_TRUE(k.config.has_value());
  EXPECT_EQ(k.modules_builtin, std::vector<std::string>{"ext4"});
  EXPECT_EQ(k.modules_built, std::vector<std::string>{"sch_fq"});
}

}  // namespace
}  // namespace vt::inventory
