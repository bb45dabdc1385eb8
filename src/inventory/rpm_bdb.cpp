// BerkeleyDB hash databases (libdb's db_page.h), as rpm's Packages file: a
// metadata page, hash pages of key/data item pairs, and the header blobs in
// chains of overflow pages (the items of type HOFFPAGE point at them).
#include <cstdint>
#include <unordered_set>

#include "inventory/rpm_storage.h"

namespace vt::inventory {
namespace {

constexpr std::uint32_t kHashMagic = 0x061561;
constexpr std::size_t kPageHeader = 26;
constexpr std::uint8_t kPageHashUnsorted = 2, kPageOverflow = 7, kPageHash = 13;
constexpr std::uint8_t kItemOffPage = 3;  // HOFFPAGE

class Pages {
 public:
  Pages(std::string_view file, bool swapped, std::uint32_t page_size)
      : file_(file), swapped_(swapped), size_(page_size) {}

  std::uint32_t u32(std::string_view page, std::size_t at) const {
    auto* p = reinterpret_cast<const unsigned char*>(page.data()) + at;
    return swapped_ ? (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3]
                    : std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
                          (std::uint32_t{p[3]} << 24);
  }
  std::uint16_t u16(std::string_view page, std::size_t at) const {
    auto* p = reinterpret_cast<const unsigned char*>(page.data()) + at;
    return swapped_ ? static_cast<std::uint16_t>((p[0] << 8) | p[1]) : static_cast<std::uint16_t>(p[0] | (p[1] << 8));
  }
  std::size_t count() const { return file_.size() / size_; }
  std::string_view page(std::size_t n) const { return file_.substr(n * size_, size_); }
  std::uint32_t size() const { return size_; }

 private:
  std::string_view file_;
  bool swapped_;
  std::uint32_t size_;
};

}  // namespace

Result<std::vector<std::string>> rpm_blobs_from_bdb(std::string_view file, const std::string& where) {
  auto bad = [&](std::string m) { return make_error(ErrorCode::kInvalidInput, "rpm BerkeleyDB: " + m, where); };
  if (file.size() < 512) return bad("file too short for a metadata page");
  Pages probe(file, false, 512);
  bool swapped = false;
  if (probe.u32(file, 12) != kHashMagic) {
    swapped = true;
    if (Pages(file, true, 512).u32(file, 12) != kHashMagic) return bad("not a BerkeleyDB hash database");
  }
  Pages meta(file, swapped, 512);
  std::uint32_t page_size = meta.u32(file, 20);
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)))
    return bad("invalid page size " + std::to_string(page_size));
  if (static_cast<std::uint8_t>(file[24]) != 0) return bad("encrypted databases are not supported");
  Pages pages(file, swapped, page_size);
  std::uint64_t last = meta.u32(file, 32);
  if (last >= pages.count()) last = pages.count() == 0 ? 0 : pages.count() - 1;  // truncated file: read what is there

  std::vector<std::string> blobs;
  for (std::size_t n = 1; n <= last; ++n) {
    std::string_view page = pages.page(n);
    std::uint8_t type = static_cast<std::uint8_t>(page[25]);
    if (type != kPageHash && type != kPageHashUnsorted) continue;
    std::uint16_t entries = pages.u16(page, 20);
    if (kPageHeader + std::size_t{entries} * 2 > page.size()) return bad("page " + std::to_string(n) + ": too many entries");
    // Items alternate key, data; the data items hold the package headers.
    for (std::uint16_t i = 1; i < entries; i += 2) {
      std::uint16_t off = pages.u16(page, kPageHeader + std::size_t{i} * 2);
      if (off >= page.size()) return bad("page " + std::to_string(n) + ": item offset out of range");
      // Small inline items (such as rpm's record 0) hold no package header.
      if (static_cast<std::uint8_t>(page[off]) != kItemOffPage) continue;
      if (off + 12u > page.size()) return bad("page " + std::to_string(n) + ": item runs past the page");
      std::uint32_t next = pages.u32(page, off + 4);
      std::uint32_t total = pages.u32(page, off + 8);
      std::string blob;
      std::unordered_set<std::uint32_t> seen;  // a cycle in the chain must not loop forever
      while (next != 0) {
        if (next >= pages.count() || !seen.insert(next).second)
          return bad("overflow chain of page " + std::to_string(n) + " is broken or cyclic");
        std::string_view ov = pages.page(next);
        if (static_cast<std::uint8_t>(ov[25]) != kPageOverflow)
          return bad("page " + std::to_string(next) + " in an overflow chain is not an overflow page");
        std::uint32_t following = pages.u32(ov, 16);
        // Overflow pages keep their data length where other pages keep hf_offset.
        std::size_t len = pages.u16(ov, 22);
        if (kPageHeader + len > ov.size()) return bad("overflow page " + std::to_string(next) + ": length out of range");
        blob.append(ov.substr(kPageHeader, len));
        if (blob.size() > total) return bad("overflow chain longer than its item says");
        next = following;
      }
      blobs.push_back(std::move(blob));
    }
  }
  return blobs;
}

}  // namespace vt::inventory
