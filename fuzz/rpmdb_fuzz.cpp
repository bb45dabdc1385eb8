// rpm header blobs and the NDB / BerkeleyDB page formats on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "inventory/rpm.h"
#include "inventory/rpm_header.h"
#include "inventory/rpm_storage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  (void)vt::inventory::parse_rpm_header(in, "fuzz");
  (void)vt::inventory::rpm_header_files(in, "fuzz");
  for (auto* reader : {&vt::inventory::rpm_blobs_from_ndb, &vt::inventory::rpm_blobs_from_bdb}) {
    auto blobs = reader(in, "fuzz");
    if (blobs.ok()) (void)vt::inventory::rpm_components(*blobs, "fuzz");
  }
  return 0;
}
