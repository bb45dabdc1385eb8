// NDB: rpm's lib/backend/ndb/rpmpkg.c. A 32-byte header ("RpmP", version 0,
// generation, slot page count), 4 KiB slot pages of 16-byte slots ("Slot",
// package index, block offset, block count; blocks are 16 bytes), and at each
// block a blob header ("BlbS", package index, checksum, length) and the blob.
#include <cstdint>
#include <cstring>

#include "inventory/rpm_storage.h"

namespace vt::inventory {
namespace {

std::uint32_t le32(std::string_view s, std::size_t at) {
  auto* p = reinterpret_cast<const unsigned char*>(s.data()) + at;
  return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
}

constexpr std::uint32_t magic(const char (&m)[5]) {
  return std::uint32_t(std::uint8_t(m[0])) | (std::uint32_t(std::uint8_t(m[1])) << 8) |
         (std::uint32_t(std::uint8_t(m[2])) << 16) | (std::uint32_t(std::uint8_t(m[3])) << 24);
}

constexpr std::size_t kSlotPage = 4096;
constexpr std::size_t kSlotSize = 16;
constexpr std::size_t kBlock = 16;
constexpr std::uint32_t kMaxSlotPages = 2048;  // rpm itself never makes more

}  // namespace

Result<std::vector<std::string>> rpm_blobs_from_ndb(std::string_view file, const std::string& where) {
  auto bad = [&](std::string m) { return make_error(ErrorCode::kInvalidInput, "rpm NDB: " + m, where); };
  if (file.size() < 32 || le32(file, 0) != magic("RpmP")) return bad("no 'RpmP' header");
  if (le32(file, 4) != 0) return bad("unsupported version " + std::to_string(le32(file, 4)));
  std::uint32_t pages = le32(file, 12);
  if (pages == 0 || pages > kMaxSlotPages) return bad("implausible slot page count " + std::to_string(pages));
  std::size_t slots_end = std::size_t{pages} * kSlotPage;
  if (slots_end > file.size()) return bad("file shorter than its slot pages");
  std::vector<std::string> blobs;
  // The header occupies the first two slots of the first page.
  for (std::size_t at = 32; at + kSlotSize <= slots_end; at += kSlotSize) {
    if (le32(file, at) != magic("Slot")) return bad("bad slot magic at offset " + std::to_string(at));
    std::uint32_t pkg = le32(file, at + 4);
    if (pkg == 0) continue;  // free slot
    std::uint64_t off = std::uint64_t{le32(file, at + 8)} * kBlock;
    if (off + 16 > file.size()) return bad("slot of package " + std::to_string(pkg) + " points past the end");
    if (le32(file, off) != magic("BlbS") || le32(file, off + 4) != pkg)
      return bad("no blob of package " + std::to_string(pkg) + " at offset " + std::to_string(off));
    std::uint64_t len = le32(file, off + 12);
    if (off + 16 + len > file.size()) return bad("blob of package " + std::to_string(pkg) + " runs past the end");
    blobs.emplace_back(file.substr(off + 16, len));
  }
  return blobs;
}

}  // namespace vt::inventory
