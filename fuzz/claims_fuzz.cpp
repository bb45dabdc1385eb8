// Every statement reader on arbitrary bytes: CSAF (with product tree
// resolution and the vendor naming adapters), OpenVEX, CycloneDX VEX and
// CVE JSON 5 records, recognised by content as `scan --vex` does.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "matching/load.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto set = vt::matching::claims_from_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  for (const auto& c : set.claims) (void)vt::matching::to_string(c.status);
  return 0;
}
