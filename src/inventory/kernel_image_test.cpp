#include "inventory/kernel_image.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "inventory/decompress.h"
#include "inventory/test_support.h"

namespace vt::inventory {
namespace {

std::string gzip(std::string_view in) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);  // 31: gzip wrapper
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

const std::string kConfig = "#\n# Linux/x86 6.6.1 Kernel Configuration\n#\nCONFIG_NET=y\n# CONFIG_NFSD is not set\nCONFIG_EXT4_FS=m\n";

std::string fake_vmlinux() {
  std::string v(8192, '\0');
  v += "Linux version 6.6.1-test (builder@host) (gcc 12) #1 SMP PREEMPT\n";
  v += std::string(100, '\0') + "IKCFG_ST" + gzip(kConfig) + "IKCFG_ED" + std::string(8192, 'x');
  return v;
}

TEST(KernelImage, BzImageHeaderRelease) {
  std::string img(0x1000, '\0');
  img.replace(0x202, 4, "HdrS");
  img[0x20e] = 0x00;
  img[0x20f] = 0x02;  // kernel_version at 0x200 + 0x200
  std::string version = "5.15.146.1-microsoft-standard-WSL2 (oe-user@oe-host) #1 SMP";
  img.replace(0x400, version.size(), version);
  auto facts = inspect_kernel_image(img, "vmlinuz");
  ASSERT_TRUE(facts.ok());
  EXPECT_EQ(facts->release, "5.15.146.1-microsoft-standard-WSL2");
  EXPECT_FALSE(facts->config.has_value());
}

TEST(KernelImage, UncompressedBannerAndIkconfig) {
  auto facts = inspect_kernel_image(fake_vmlinux(), "vmlinux");
  ASSERT_TRUE(facts.ok()) << facts.error().to_string();
  EXPECT_EQ(facts->release, "6.6.1-test");
  ASSERT_TRUE(facts->config.has_value());
  EXPECT_EQ(facts->config->state("NFSD"), ConfigState::kNo);
  EXPECT_EQ(facts->config->state("EXT4_FS"), ConfigState::kModule);
}

TEST(KernelImage, CompressedPayload) {
  std::string image = std::string(0x300, '\x01') + gzip(fake_vmlinux());
  auto facts = inspect_kernel_image(image, "vmlinuz");
  ASSERT_TRUE(facts.ok()) << facts.error().to_string();
  EXPECT_EQ(facts->release, "6.6.1-test");
  ASSERT_TRUE(facts->config.has_value());
  EXPECT_EQ(facts->config->state("NET"), ConfigState::kBuiltin);
}

TEST(KernelImage, GarbageYieldsNothingButNoError) {
  auto facts = inspect_kernel_image(std::string(5000, 'z') + "\x1f\x8b\x08garbage", "junk");
  ASSERT_TRUE(facts.ok());
  EXPECT_TRUE(facts->release.empty());
}

TEST(Decompress, BombIsRefusedWithALimitError) {
  std::string bomb = testing::slurp(VT_SHARED_DIR "/fixtures/hostile/bomb.bz2");
  ASSERT_FALSE(bomb.empty());
  auto r = decompress(bomb, 64 << 20, "bomb.bz2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kLimit);
  EXPECT_NE(r.error().to_string().find("bomb.bz2"), std::string::npos);
}

}  // namespace
}  // namespace vt::inventory
