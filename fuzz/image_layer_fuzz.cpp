// Image layers (tar, any compression) applied to an in-memory root, and
// kernel images inspected for their release and embedded configuration.
#include <archive.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "inventory/image_layer.h"
#include "inventory/kernel_image.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  vt::inventory::MemoryRootFs fs;
  vt::inventory::ImageLimits limits;
  limits.max_entries = 10000;
  limits.max_layer_bytes = 64 << 20;
  limits.max_captured_total = 64 << 20;
  vt::inventory::LayerBudget budget;
  std::vector<std::string> warnings;
  archive* a = archive_read_new();
  archive_read_support_filter_all(a);
  archive_read_support_format_tar(a);
  archive_read_support_format_gnutar(a);
  if (archive_read_open_memory(a, data, size) == ARCHIVE_OK)
    (void)vt::inventory::apply_layer(a, "fuzz", fs, [](std::string_view) { return true; }, limits, budget, warnings);
  archive_read_free(a);
  (void)fs.read_file("/etc/os-release");
  (void)vt::inventory::inspect_kernel_image(in, "fuzz", 16 << 20);
  return 0;
}
