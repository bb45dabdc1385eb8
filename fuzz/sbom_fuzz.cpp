// SBOM import (CycloneDX, SPDX 2.x JSON) on arbitrary bytes; whatever reads
// must export to both formats and read back with the same component count.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "inventory/sbom.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  (void)vt::inventory::sniff_sbom(in);
  auto inv = vt::inventory::read_sbom(in, "fuzz.json");
  if (!inv.ok()) return 0;
  vt::inventory::SbomExportOptions options{"2026-01-01T00:00:00Z", "fuzz"};
  for (bool cdx : {true, false}) {
    std::string out = cdx ? vt::inventory::write_cyclonedx(*inv, options) : vt::inventory::write_spdx(*inv, options);
    auto back = vt::inventory::read_sbom(out, "export.json");
    if (!back.ok() || back->components.size() != inv->components.size()) std::abort();
  }
  return 0;
}
