// Facts read from a kernel image itself (/boot/vmlinuz-*): its release
// string and, when built with CONFIG_IKCONFIG, its embedded configuration.
// Handles x86 bzImage headers, uncompressed images, and images whose
// payload is gzip, xz, zstd, bzip2, lzma or lz4 compressed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "inventory/kernel.h"

namespace vt::inventory {

struct KernelImageFacts {
  std::string release;                // "" when not found
  std::string version_banner;         // "Linux version 6.6.1 (builder@host) ..." when found
  std::optional<KernelConfig> config;  // from the IKCFG_ST ... IKCFG_ED blob
};

// Reads what it can; an image that yields nothing is not an error.
// max_payload bounds the decompressed size of a compressed payload.
Result<KernelImageFacts> inspect_kernel_image(std::string_view image, const std::string& where,
                                              std::uint64_t max_payload = std::uint64_t{256} << 20);

}  // namespace vt::inventory
