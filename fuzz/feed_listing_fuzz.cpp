// The line-based files of a CSAF provider on arbitrary bytes; the first byte
// selects the parser: changes.csv (each path then through
// directory_relative_path), index.txt (likewise), a .sha256/.sha512 hash
// file, security.txt. A path accepted although it could leave the provider's
// directory, or a digest that is not lowercase hex of the asked length, is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "feeds/directory_listing.h"
#include "feeds/hash_file.h"
#include "feeds/security_txt.h"

namespace {

void check_path(const std::string& listed) {
  auto rel = vt::feeds::directory_relative_path(listed, "fuzz");
  if (!rel.ok()) return;
  const std::string& p = *rel;
  if (p.empty() || p.front() == '/' || !p.ends_with(".json") || p.find("//") != std::string::npos)
    std::abort();
  if (p == ".." || p.starts_with("../") || p.find("/../") != std::string::npos) std::abort();
  for (char c : p) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-' || c == '+' || c == '~' || c == '/';
    if (!ok) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      if (auto changes = vt::feeds::parse_changes_csv(text, "fuzz"); changes.ok())
        for (const auto& c : *changes) check_path(c.path);
      break;
    case 1:
      if (auto index = vt::feeds::parse_index_txt(text, "fuzz"); index.ok())
        for (const auto& p : *index) check_path(p);
      break;
    case 2: {
      const std::size_t hex_chars = (data[0] & 4) ? 128 : 64;
      if (auto h = vt::feeds::parse_hash_file(text, hex_chars, "fuzz"); h.ok()) {
        if (h->hex_digest.size() != hex_chars) std::abort();
        for (char c : h->hex_digest)
          if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) std::abort();
        (void)vt::feeds::hash_file_names(*h, "2024/a.json");
      }
      break;
    }
    default:
      for (const auto& url : vt::feeds::csaf_urls_from_security_txt(text))
        if (url.empty()) std::abort();
      break;
  }
  return 0;
}
