// The VEX statement readers other than CSAF on arbitrary bytes: OpenVEX 0.2
// and CycloneDX VEX documents, parsed as JSON and turned into claims
// (products, subcomponents, bom-refs, version ranges).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "json/json.h"
#include "matching/vex_claims.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser(vt::json::ParseLimits{256, 1u << 20});
  auto root = parser.parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  if (!root.ok()) return 0;
  if (auto claims = vt::matching::claims_from_openvex(*root, "fuzz"); claims.ok())
    for (const auto& c : *claims) (void)vt::matching::to_string(c.status);
  if (auto claims = vt::matching::claims_from_cyclonedx_vex(*root, "fuzz"); claims.ok())
    for (const auto& c : *claims) (void)vt::matching::to_string(c.status);
  return 0;
}
