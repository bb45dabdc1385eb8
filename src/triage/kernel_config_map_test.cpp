// The shipped file -> CONFIG_* table: files checked by hand against the
// 6.1 Kbuild files, and the parser's errors.
#include "triage/kernel_config_map.h"

#include <gtest/gtest.h>

namespace vt::triage {
namespace {

std::vector<std::string> options(const KernelConfigMap& m, std::string_view path) {
  const auto* o = m.options_for(path);
  return o ? *o : std::vector<std::string>{"<unknown>"};
}

TEST(KernelConfigMap, ShippedTableMatchesTheMakefiles) {
  auto map = KernelConfigMap::load(VT_BUILD_DATA_DIR);
  ASSERT_TRUE(map.ok()) << map.error().to_string();
  EXPECT_EQ(map->kernel_version(), "6.1.192");
  EXPECT_GT(map->size(), 20000u);
  // net/Makefile: obj-$(CONFIG_NET) ... sched/; net/sched/Makefile: obj-$(CONFIG_NET_SCH_QFQ) += sch_qfq.o
  EXPECT_EQ(options(*map, "net/sched/sch_qfq.c"), (std::vector<std::string>{"CONFIG_NET", "CONFIG_NET_SCH_QFQ"}));
  // A composite object: wireguard-y := main.o device.o ...; obj-$(CONFIG_WIREGUARD) := wireguard.o
  EXPECT_EQ(options(*map, "drivers/net/wireguard/device.c"), (std::vector<std::string>{"CONFIG_WIREGUARD"}));
  // A conditional part of a composite: ksmbd-$(CONFIG_SMB_SERVER_SMBDIRECT) += transport_rdma.o
  EXPECT_EQ(options(*map, "fs/smb/server/transport_rdma.c"),
            (std::vector<std::string>{"CONFIG_SMBFS", "CONFIG_SMB_SERVER", "CONFIG_SMB_SERVER_SMBDIRECT"}));
  // obj-y in an always-built directory: no option gates it.
  EXPECT_EQ(options(*map, "kernel/fork.c"), std::vector<std::string>{});
  // Headers are never built on their own: unknown, so never gated.
  EXPECT_EQ(map->options_for("include/net/pkt_sched.h"), nullptr);
}

TEST(KernelConfigMap, ParseErrorsNameTheLine) {
  auto bad = KernelConfigMap::parse("# kernel 6.1\nnet/a.c\tNET_X\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "t.tsv:2");
  EXPECT_FALSE(KernelConfigMap::parse("net/a.c\tCONFIG_A\n", "t.tsv").ok());  // no version header
  auto ok = KernelConfigMap::parse("# kernel 6.1\nnet/a.c\tCONFIG_A,CONFIG_B\nb.c\t\n", "t.tsv");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(options(*ok, "b.c"), std::vector<std::string>{});
  EXPECT_EQ(options(*ok, "net/a.c").size(), 2u);
}

}  // namespace
}  // namespace vt::triage
