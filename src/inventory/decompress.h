// Decompressing whole streams (gzip, xz, zstd, bzip2, lz4, lzma) through
// libarchive's raw reader, with a hard limit on the output so that a
// decompression bomb is a clear error, not an exhausted machine.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::inventory {

// Decompresses `data` (any supported filter; data that is not compressed at
// all is an error). Stops with kLimit once the output would exceed max_out.
Result<std::string> decompress(std::string_view data, std::uint64_t max_out, const std::string& where);

// Decompresses the start of `data` up to max_out bytes and returns what it
// got without error when the limit is hit (for probing a stream whose end
// is unknown, such as a kernel payload followed by other data).
Result<std::string> decompress_prefix(std::string_view data, std::uint64_t max_out, const std::string& where);

}  // namespace vt::inventory
