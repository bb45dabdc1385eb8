// The text formats of inventory: dpkg status, apk installed, os-release,
// rpmmanifest, kernel config, /proc/modules, module lists, kernel releases.
#include <cstddef>
#include <cstdint>
#include <string>

#include "inventory/apk.h"
#include "inventory/dpkg.h"
#include "inventory/kernel.h"
#include "inventory/os_release.h"
#include "inventory/rpm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  (void)vt::inventory::parse_dpkg_status(in, "fuzz");
  (void)vt::inventory::parse_apk_installed(in, "fuzz");
  (void)vt::inventory::platform_from(vt::inventory::parse_os_release(in, "fuzz"));
  (void)vt::inventory::parse_rpm_manifest(in, "fuzz");
  auto config = vt::inventory::parse_kernel_config(in, "fuzz");
  (void)config.state("NET");
  (void)vt::inventory::parse_proc_modules(in);
  (void)vt::inventory::parse_module_list(in);
  (void)vt::inventory::parse_kernel_release(in.substr(0, 256));
  return 0;
}
