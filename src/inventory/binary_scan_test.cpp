#include "inventory/binary_scan.h"

#include <gtest/gtest.h>

#include "inventory/memory_root_fs.h"

namespace vt::inventory {
namespace {

TEST(BinaryScan, VersionStringsOfEmbeddedLibraries) {
  std::string blob = std::string(100, '\0') + "OpenSSL 3.0.13 30 Jan 2024" + std::string(10, '\0') +
                     "deflate 1.2.13 Copyright 1995-2022 Jean-loup Gailly" + std::string(3, '\0') + "OpenSSH_9.8p1" +
                     std::string(3, '\0') + "OpenSSL %s" + "libcurl/8.5.0";
  auto found = find_library_versions(blob, "/opt/app/bin/appliance");
  std::vector<std::string> got;
  for (const auto& c : found) got.push_back(c.name + "@" + c.version);
  EXPECT_EQ(got, (std::vector<std::string>{"openssl@3.0.13", "zlib@1.2.13", "curl@8.5.0", "openssh@9.8p1"}));
  EXPECT_EQ(found[0].kind, ComponentKind::kFile);
  EXPECT_EQ(found[0].evidence, "/opt/app/bin/appliance");
}

// A minimal ELF64 shared object: a string table and a dynamic section whose
// DT_SONAME names "libssl.so.3", laid out as the linker would.
std::string tiny_shared_object() {
  std::string f(64, '\0');
  f.replace(0, 4, "\x7f" "ELF");
  f[4] = 2;  // 64-bit
  f[5] = 1;  // little-endian
  auto put = [&](std::size_t at, std::uint64_t v, int n) {
    if (f.size() < at + n) f.resize(at + n, '\0');
    for (int i = 0; i < n; ++i) f[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
  };
  std::string strtab = std::string("\0libssl.so.3\0", 13);
  std::size_t str_off = 64, dyn_off = 80, sh_off = 128;
  f.resize(str_off);
  f += strtab;
  f.resize(dyn_off, '\0');
  put(dyn_off, 14, 8);       // DT_SONAME
  put(dyn_off + 8, 1, 8);    // offset of "libssl.so.3" in the string table
  put(dyn_off + 16, 0, 8);   // DT_NULL
  put(dyn_off + 24, 0, 8);
  put(0x28, sh_off, 8);      // e_shoff
  put(0x3a, 64, 2);          // e_shentsize
  put(0x3c, 3, 2);           // e_shnum
  f.resize(sh_off + 3 * 64, '\0');
  put(sh_off + 64 + 4, 3, 4);           // [1] SHT_STRTAB
  put(sh_off + 64 + 0x18, str_off, 8);
  put(sh_off + 64 + 0x20, strtab.size(), 8);
  put(sh_off + 128 + 4, 6, 4);          // [2] SHT_DYNAMIC, linked to [1]
  put(sh_off + 128 + 0x18, dyn_off, 8);
  put(sh_off + 128 + 0x20, 32, 8);
  put(sh_off + 128 + 0x28, 1, 4);
  return f;
}

TEST(BinaryScan, SonameOfASharedObject) {
  std::string so = tiny_shared_object();
  EXPECT_EQ(elf_soname(so), "libssl.so.3");
  // Every truncation of it is handled: nothing, or the right name when the
  // parts still present are enough (the tail of the last section header is unused).
  for (std::size_t n = 0; n < so.size(); ++n) {
    std::string got = elf_soname(so.substr(0, n));
    EXPECT_TRUE(got.empty() || got == "libssl.so.3") << n << ": " << got;
    if (n < 128) {
      EXPECT_EQ(got, "") << n;
    }
  }
}

TEST(BinaryScan, MalformedElfIsNotACrash) {
  std::string elf = "\x7f" "ELF";
  elf += std::string("\x02\x01\x01", 3);
  elf.resize(64, '\xff');
  EXPECT_EQ(elf_soname(elf), "");
  EXPECT_EQ(elf_soname("not elf"), "");
}

TEST(BinaryScan, WalksTheRootOnce) {
  MemoryRootFs fs;
  fs.add_file("/opt/vendor/lib/libcrypto.a.so", std::string("\x7f" "ELF", 4) + std::string(100, '\0') + "OpenSSL 1.1.1w 11 Sep 2023 ");
  fs.add_symlink("/app", "/opt");  // the same files under two names
  FileScanOptions options;
  options.roots = {"/opt", "/app"};
  Collected got = scan_files(fs, options);
  ASSERT_EQ(got.components.size(), 1u);
  EXPECT_EQ(got.components[0].version, "1.1.1w");
}

}  // namespace
}  // namespace vt::inventory
