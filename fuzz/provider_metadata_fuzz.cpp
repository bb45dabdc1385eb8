// provider-metadata.json and aggregator.json on arbitrary bytes: JSON
// syntax, the official CSAF 2.0 metadata schemas, then the typed reads. A
// fingerprint that comes out with lowercase hex or spaces is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "feeds/aggregator.h"
#include "feeds/provider_metadata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto m = vt::feeds::parse_provider_metadata(text, "fuzz", VT_BUILD_DATA_DIR); m.ok()) {
    for (const auto& key : m->public_openpgp_keys)
      for (char c : key.fingerprint)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) std::abort();
    if (m->role.empty() || m->canonical_url.empty()) std::abort();
  } else if (m.error().code == vt::ErrorCode::kNotFound) {
    std::abort();  // the data directory is missing: the run would test nothing
  }
  if (auto a = vt::feeds::parse_aggregator(text, "fuzz", VT_BUILD_DATA_DIR); a.ok()) {
    if (a->providers.empty() || a->canonical_url.empty()) std::abort();
  }
  return 0;
}
