// ROLIE feed documents on arbitrary bytes: links by "rel" or "ref", hash
// links told apart by suffix, dates checked. An accepted entry without a
// document URL or with an unchecked date is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/rfc3339.h"
#include "feeds/rolie.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto feed = vt::feeds::parse_rolie_feed(text, "fuzz");
  if (!feed.ok()) return 0;
  for (const auto& e : feed->entries) {
    if (e.document_url.empty() || !vt::parse_rfc3339(e.updated)) std::abort();
    if (!e.hash_url_sha512.empty() && e.hash_url_sha512.size() < 7) std::abort();
  }
  return 0;
}
