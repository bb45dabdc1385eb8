#include "inventory/rpm_header.h"

namespace vt::inventory {
namespace {

// Tags (rpm's lib/rpmtag.h) and types (RPM_*_TYPE).
enum : std::uint32_t {
  kTagName = 1000, kTagVersion = 1001, kTagRelease = 1002, kTagEpoch = 1003,
  kTagVendor = 1011, kTagLicense = 1014, kTagArch = 1022, kTagSourceRpm = 1044,
  kTagDirIndexes = 1116, kTagBaseNames = 1117, kTagDirNames = 1118,
};
enum : std::uint32_t { kTypeInt32 = 4, kTypeString = 6, kTypeStringArray = 8, kTypeI18nString = 9 };

// rpm's own sanity limits (lib/header.c: hdrchkTags, hdrchkData).
constexpr std::uint32_t kMaxEntries = 0x10000;
constexpr std::uint32_t kMaxData = 256u << 20;

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

struct Entry {
  std::uint32_t tag, type, offset, count;
};

class HeaderView {
 public:
  static Result<HeaderView> open(std::string_view blob, const std::string& where) {
    HeaderView h;
    h.where_ = where;
    if (blob.size() < 8) return h.error("header blob of " + std::to_string(blob.size()) + " bytes is too short");
    auto* p = reinterpret_cast<const unsigned char*>(blob.data());
    std::uint32_t il = be32(p), dl = be32(p + 4);
    if (il == 0 || il > kMaxEntries) return h.error("implausible index entry count " + std::to_string(il));
    if (dl > kMaxData) return h.error("implausible data length " + std::to_string(dl));
    std::uint64_t need = 8 + std::uint64_t{il} * 16 + dl;
    if (need > blob.size())
      return h.error("header claims " + std::to_string(need) + " bytes, blob has " + std::to_string(blob.size()));
    h.entries_.reserve(il);
    for (std::uint32_t i = 0; i < il; ++i) {
      const unsigned char* e = p + 8 + i * 16;
      h.entries_.push_back({be32(e), be32(e + 4), be32(e + 8), be32(e + 12)});
    }
    h.data_ = blob.substr(8 + std::size_t{il} * 16, dl);
    return h;
  }

  const Entry* find(std::uint32_t tag) const {
    for (const auto& e : entries_)
      if (e.tag == tag) return &e;
    return nullptr;
  }

  // The strings of a STRING, STRING_ARRAY or I18NSTRING entry (NUL-terminated each).
  Result<std::vector<std::string_view>> strings(std::uint32_t tag) const {
    std::vector<std::string_view> out;
    const Entry* e = find(tag);
    if (!e) return out;
    if (e->type != kTypeString && e->type != kTypeStringArray && e->type != kTypeI18nString)
      return error("tag " + std::to_string(tag) + " is not a string");
    if (e->count > data_.size()) return error("tag " + std::to_string(tag) + " count out of range");
    std::size_t pos = e->offset;
    std::uint32_t n = e->type == kTypeString ? 1 : e->count;
    for (std::uint32_t i = 0; i < n; ++i) {
      if (pos >= data_.size()) return error("tag " + std::to_string(tag) + " runs past the data store");
      std::size_t end = data_.find('\0', pos);
      if (end == std::string_view::npos) return error("tag " + std::to_string(tag) + " string is not terminated");
      out.push_back(data_.substr(pos, end - pos));
      pos = end + 1;
    }
    return out;
  }

  Result<std::vector<std::uint32_t>> int32s(std::uint32_t tag) const {
    std::vector<std::uint32_t> out;
    const Entry* e = find(tag);
    if (!e) return out;
    if (e->type != kTypeInt32) return error("tag " + std::to_string(tag) + " is not an INT32");
    std::uint64_t end = std::uint64_t{e->offset} + std::uint64_t{e->count} * 4;
    if (end > data_.size()) return error("tag " + std::to_string(tag) + " runs past the data store");
    auto* p = reinterpret_cast<const unsigned char*>(data_.data()) + e->offset;
    for (std::uint32_t i = 0; i < e->count; ++i) out.push_back(be32(p + 4 * i));
    return out;
  }

  Result<std::string> string(std::uint32_t tag) const {
    VT_ASSIGN_OR_RETURN(auto v, strings(tag));
    return v.empty() ? std::string() : std::string(v.front());
  }

  Error error(std::string message) const {
    return make_error(ErrorCode::kInvalidInput, "rpm header: " + message, where_);
  }

 private:
  std::string where_;
  std::vector<Entry> entries_;
  std::string_view data_;
};

}  // namespace

std::string RpmHeader::evr() const {
  std::string out = epoch ? std::to_string(*epoch) + ":" : "";
  out += version;
  if (!release.empty()) out += "-" + release;
  return out;
}

Result<RpmHeader> parse_rpm_header(std::string_view blob, const std::string& where) {
  VT_ASSIGN_OR_RETURN(HeaderView h, HeaderView::open(blob, where));
  RpmHeader out;
  VT_ASSIGN_OR_RETURN(out.name, h.string(kTagName));
  if (out.name.empty()) return h.error("no NAME tag");
  VT_ASSIGN_OR_RETURN(out.version, h.string(kTagVersion));
  VT_ASSIGN_OR_RETURN(out.release, h.string(kTagRelease));
  VT_ASSIGN_OR_RETURN(out.arch, h.string(kTagArch));
  VT_ASSIGN_OR_RETURN(out.source_rpm, h.string(kTagSourceRpm));
  VT_ASSIGN_OR_RETURN(out.vendor, h.string(kTagVendor));
  VT_ASSIGN_OR_RETURN(out.license, h.string(kTagLicense));
  VT_ASSIGN_OR_RETURN(auto epoch, h.int32s(kTagEpoch));
  if (!epoch.empty()) out.epoch = epoch.front();
  return out;
}

Result<std::vector<std::string>> rpm_header_files(std::string_view blob, const std::string& where) {
  VT_ASSIGN_OR_RETURN(HeaderView h, HeaderView::open(blob, where));
  VT_ASSIGN_OR_RETURN(auto base, h.strings(kTagBaseNames));
  VT_ASSIGN_OR_RETURN(auto dirs, h.strings(kTagDirNames));
  VT_ASSIGN_OR_RETURN(auto index, h.int32s(kTagDirIndexes));
  if (index.size() != base.size()) return h.error("DIRINDEXES and BASENAMES differ in length");
  std::vector<std::string> out;
  out.reserve(base.size());
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (index[i] >= dirs.size()) return h.error("DIRINDEXES entry out of range");
    out.push_back(std::string(dirs[index[i]]) + std::string(base[i]));
  }
  return out;
}

}  // namespace vt::inventory
