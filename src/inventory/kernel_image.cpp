#include "inventory/kernel_image.h"

#include <array>

#include "inventory/decompress.h"

namespace vt::inventory {
namespace {

std::uint16_t le16(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8));
}

// x86 boot protocol: "HdrS" at 0x202; the kernel_version field at 0x20e is
// an offset (from 0x200) to "6.6.1-x (builder@host) #1 SMP ...".
std::string bzimage_release(std::string_view image) {
  if (image.size() < 0x210 || image.substr(0x202, 4) != "HdrS") return {};
  std::size_t at = std::size_t{le16(image, 0x20e)} + 0x200;
  if (le16(image, 0x20e) == 0 || at >= image.size()) return {};
  std::size_t end = image.find_first_of(std::string_view(" \0", 2), at);
  if (end == std::string_view::npos || end == at || end - at > 256) return {};
  return std::string(image.substr(at, end - at));
}

// "Linux version 6.6.1-x (builder@host) ..." anywhere in an uncompressed image.
void find_banner(std::string_view data, KernelImageFacts& facts) {
  static constexpr std::string_view kBanner = "Linux version ";
  for (std::size_t at = data.find(kBanner); at != std::string_view::npos; at = data.find(kBanner, at + 1)) {
    std::size_t start = at + kBanner.size();
    std::size_t end = data.find(' ', start);
    if (end == std::string_view::npos || end == start || end - start > 128) continue;
    std::string_view release = data.substr(start, end - start);
    if (!parse_kernel_release(release).ok()) continue;  // "Linux version %s" format strings and the like
    if (facts.release.empty()) facts.release = release;
    std::size_t line_end = data.find_first_of(std::string_view("\n\0", 2), start);
    facts.version_banner = data.substr(at, std::min<std::size_t>(line_end - at, 512));
    return;
  }
}

Status find_ikconfig(std::string_view data, const std::string& where, KernelImageFacts& facts) {
  std::size_t st = data.find("IKCFG_ST");
  if (st == std::string_view::npos) return {};
  std::size_t ed = data.find("IKCFG_ED", st);
  if (ed == std::string_view::npos) return {};
  std::string_view gz = data.substr(st + 8, ed - st - 8);
  VT_ASSIGN_OR_RETURN(std::string text, decompress(gz, 16 << 20, where + " (IKCFG)"));
  facts.config = parse_kernel_config(text, where + " (embedded IKCONFIG)");
  return {};
}

// Compression magics of kernel payloads (scripts/extract-ikconfig and
// extract-vmlinux look for the same ones).
constexpr std::array<std::string_view, 6> kMagics = {
    std::string_view("\x1f\x8b\x08", 3),            // gzip
    std::string_view("\xfd\x37\x7a\x58\x5a\x00", 6),  // xz
    std::string_view("\x28\xb5\x2f\xfd", 4),          // zstd
    std::string_view("BZh91AY&SY", 10),              // bzip2, 900k blocks as the kernel uses
    std::string_view("\x5d\x00\x00", 3),             // lzma
    std::string_view("\x02\x21\x4c\x18", 4),          // lz4 legacy
};

}  // namespace

Result<KernelImageFacts> inspect_kernel_image(std::string_view image, const std::string& where,
                                              std::uint64_t max_payload) {
  KernelImageFacts facts;
  facts.release = bzimage_release(image);
  find_banner(image, facts);
  VT_TRY(find_ikconfig(image, where, facts));
  if (facts.config && !facts.version_banner.empty()) return facts;
  // Compressed payload: try candidate offsets until one decompresses. A real
  // image has its payload near the start; hostile input full of magics must
  // not cost one decompression per occurrence.
  constexpr int kMaxAttemptsPerMagic = 4;
  for (std::string_view magic : kMagics) {
    int attempts = 0;
    for (std::size_t at = image.find(magic); at != std::string_view::npos && attempts++ < kMaxAttemptsPerMagic;
         at = image.find(magic, at + 1)) {
      auto payload = decompress_prefix(image.substr(at), max_payload, where);
      if (!payload.ok() || payload->size() < 4096) continue;
      KernelImageFacts inner;
      find_banner(*payload, inner);
      if (inner.version_banner.empty()) continue;
      if (facts.release.empty()) facts.release = inner.release;
      facts.version_banner = inner.version_banner;
      if (!facts.config) VT_TRY(find_ikconfig(*payload, where, facts));
      return facts;
    }
  }
  return facts;
}

}  // namespace vt::inventory
