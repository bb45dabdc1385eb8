// CVE JSON 5 records on arbitrary bytes: affected[] with versions,
// lessThan / lessThanOrEqual, version types, defaultStatus and programFiles
// turned into claims.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "json/json.h"
#include "matching/cve_claims.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser(vt::json::ParseLimits{256, 1u << 20});
  auto root = parser.parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  if (!root.ok()) return 0;
  if (auto claims = vt::matching::claims_from_cve_record(*root, "fuzz"); claims.ok())
    for (const auto& c : *claims) (void)vt::matching::to_string(c.status);
  return 0;
}
