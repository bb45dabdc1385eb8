// The shipped file -> CONFIG_* table: files checked by hand against the
// 6.1 Kbuild and Kconfig files, and the parsers' errors.
#include "triage/kernel_config_map.h"

#include <gtest/gtest.h>

namespace vt::triage {
namespace {

using Options = std::vector<std::string>;

Options options(const KernelConfigMap& m, std::string_view path) {
  const auto* o = m.options_for(path);
  return o ? *o : Options{"<unknown>"};
}

class ShippedTable : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto m = KernelConfigMap::load(VT_BUILD_DATA_DIR);
    ASSERT_TRUE(m.ok()) << m.error().to_string();
    map_ = new KernelConfigMap(std::move(*m));
  }
  static void TearDownTestSuite() { delete map_; }
  static KernelConfigMap* map_;
};
KernelConfigMap* ShippedTable::map_ = nullptr;

TEST_F(ShippedTable, NamesItsKernelAndCoversTheTree) {
  EXPECT_EQ(map_->kernel_version(), "6.1.192");
  EXPECT_GT(map_->size(), 24000u);
}

TEST_F(ShippedTable, DirectoryDescentAndObject) {
  // Kbuild: obj-$(CONFIG_NET) += net/; net/Makefile: obj-y += ... sched/;
  // net/sched/Makefile: obj-$(CONFIG_NET_SCH_QFQ) += sch_qfq.o
  EXPECT_EQ(options(*map_, "net/sched/sch_qfq.c"), (Options{"CONFIG_NET", "CONFIG_NET_SCH_QFQ"}));
  // arch/x86/Makefile: drivers-$(CONFIG_PCI) += arch/x86/pci/
  EXPECT_EQ(options(*map_, "arch/x86/pci/common.c"), Options{"CONFIG_PCI"});
}

TEST_F(ShippedTable, ObjYInAlwaysBuiltDirectory) {
  // Kbuild: obj-y += kernel/; kernel/Makefile: obj-y = fork.o ...
  EXPECT_EQ(options(*map_, "kernel/fork.c"), Options{});
}

TEST_F(ShippedTable, CompositeObjects) {
  // wireguard-y += device.o; obj-$(CONFIG_WIREGUARD) := wireguard.o
  EXPECT_EQ(options(*map_, "drivers/net/wireguard/device.c"), Options{"CONFIG_WIREGUARD"});
  // fs/Makefile: obj-$(CONFIG_SMBFS) += smb/; fs/smb/Makefile: obj-$(CONFIG_SMB_SERVER) += server/;
  // ksmbd-y := ... smb2pdu.o; obj-$(CONFIG_SMB_SERVER) += ksmbd.o (ksmbd moved from fs/ksmbd in 6.1.y)
  EXPECT_EQ(options(*map_, "fs/smb/server/smb2pdu.c"), (Options{"CONFIG_SMBFS", "CONFIG_SMB_SERVER"}));
  EXPECT_EQ(map_->options_for("fs/ksmbd/smb2pdu.c"), nullptr);
  // hci_uart-$(CONFIG_BT_HCIUART_H4) += hci_h4.o; hci_uart-objs := $(hci_uart-y)
  EXPECT_EQ(options(*map_, "drivers/bluetooth/hci_h4.c"),
            (Options{"CONFIG_BT", "CONFIG_BT_HCIUART", "CONFIG_BT_HCIUART_H4"}));
  // dim-y := dim.o net_dim.o: the composite's own name is one of its parts
  EXPECT_EQ(options(*map_, "lib/dim/dim.c"), Options{"CONFIG_DIMLIB"});
}

TEST_F(ShippedTable, ConditionalPartOfComposite) {
  // ksmbd-$(CONFIG_SMB_SERVER_SMBDIRECT) += transport_rdma.o
  EXPECT_EQ(options(*map_, "fs/smb/server/transport_rdma.c"),
            (Options{"CONFIG_SMBFS", "CONFIG_SMB_SERVER", "CONFIG_SMB_SERVER_SMBDIRECT"}));
  // mm/Makefile: mmu-$(CONFIG_MMU) := ... memory.o; obj-y := ... $(mmu-y)
  EXPECT_EQ(options(*map_, "mm/memory.c"), Options{"CONFIG_MMU"});
}

TEST_F(ShippedTable, IncludedMakefilesAndSources) {
  // amdgpu/Makefile: ifneq ($(CONFIG_DRM_AMD_DC),) include $(FULL_AMD_DISPLAY_PATH)/Makefile
  EXPECT_EQ(options(*map_, "drivers/gpu/drm/amd/display/dc/core/dc_resource.c"),
            (Options{"CONFIG_DRM_AMDGPU", "CONFIG_DRM_AMD_DC"}));
  // obj-$(CONFIG_BINFMT_ELF) += binfmt_elf.o, but compat_binfmt_elf.c (CONFIG_COMPAT_BINFMT_ELF)
  // #includes "binfmt_elf.c": neither option alone switches the code off.
  EXPECT_EQ(options(*map_, "fs/binfmt_elf.c"), Options{});
  EXPECT_EQ(options(*map_, "fs/compat_binfmt_elf.c"), Options{"CONFIG_COMPAT_BINFMT_ELF"});
}

TEST_F(ShippedTable, UnknownFilesAreNotGated) {
  // Headers are never built on their own, other architectures are not walked.
  EXPECT_EQ(map_->options_for("include/net/pkt_sched.h"), nullptr);
  EXPECT_EQ(map_->options_for("fs/smb/server/ksmbd_work.h"), nullptr);
  EXPECT_EQ(map_->options_for("arch/arm64/kvm/arm.c"), nullptr);
  EXPECT_EQ(map_->options_for(""), nullptr);
}

TEST_F(ShippedTable, OptionTypesFromKconfig) {
  EXPECT_EQ(map_->option_type("CONFIG_NET_SCH_QFQ"), OptionType::kTristate);
  EXPECT_EQ(map_->option_type("CONFIG_NET"), OptionType::kBool);
  EXPECT_EQ(map_->option_type("CONFIG_SMB_SERVER_SMBDIRECT"), OptionType::kBool);
  EXPECT_EQ(map_->option_type("CONFIG_NO_SUCH_OPTION"), OptionType::kUnknown);
}

TEST(KernelConfigMap, ParseErrorsNameTheLine) {
  auto bad = KernelConfigMap::parse("# kernel 6.1\nnet/a.c\tNET_X\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "t.tsv:2");
  EXPECT_FALSE(KernelConfigMap::parse("net/a.c\tCONFIG_A\n", "t.tsv").ok());  // no version header
  EXPECT_FALSE(KernelConfigMap::parse("# kernel 6.1\nnet/a.c\n", "t.tsv").ok());  // no tab
  EXPECT_FALSE(KernelConfigMap::parse("# kernel 6.1\n\tCONFIG_A\n", "t.tsv").ok());  // no path
  EXPECT_FALSE(KernelConfigMap::parse("# kernel 6.1\na.c\tCONFIG_\n", "t.tsv").ok());  // no name
  auto ok = KernelConfigMap::parse("# kernel 6.1\nnet/a.c\tCONFIG_A,CONFIG_B\nb.c\t\n", "t.tsv");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(options(*ok, "b.c"), Options{});
  EXPECT_EQ(options(*ok, "net/a.c"), (Options{"CONFIG_A", "CONFIG_B"}));
  EXPECT_EQ(ok->options_for("c.c"), nullptr);
}

TEST(KernelConfigMap, OptionTypesMustMatchTheTable) {
  auto m = KernelConfigMap::parse("# kernel 6.1\nnet/a.c\tCONFIG_A\n", "map.tsv");
  ASSERT_TRUE(m.ok());
  Status other = m->add_option_types("# kernel 6.2\nCONFIG_A\ttristate\n", "types.tsv");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().where, "types.tsv");
  Status bad = m->add_option_types("# kernel 6.1\nCONFIG_A\tmodule\n", "types.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "types.tsv:2");
  ASSERT_TRUE(m->add_option_types("# kernel 6.1\nCONFIG_A\ttristate\nCONFIG_B\tbool\n", "types.tsv").ok());
  EXPECT_EQ(m->option_type("CONFIG_A"), OptionType::kTristate);
  EXPECT_EQ(m->option_type("CONFIG_B"), OptionType::kBool);
}

}  // namespace
}  // namespace vt::triage
