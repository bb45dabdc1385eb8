// Alpine's apk database: /lib/apk/db/installed (one "X:value" line per field,
// a blank line between packages).
#pragma once

#include <string_view>

#include "core/result.h"
#include "inventory/component.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

Collected parse_apk_installed(std::string_view text, std::string_view source);

struct ApkDatabase {
  bool found = false;
  Collected packages;
};
Result<ApkDatabase> read_apk(const RootFs& fs);

}  // namespace vt::inventory
