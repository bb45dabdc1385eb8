// The rpm package collector: finds the rpm database of an artifact in any of
// its three formats (or the rpmmanifest of CBL-Mariner distroless images)
// and turns each stored header into a component.
#pragma once

#include <string_view>

#include "core/result.h"
#include "inventory/component.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

enum class RpmFormat { kNone, kSqlite, kBerkeleyDb, kNdb, kManifest };
const char* to_string(RpmFormat format);

struct RpmDatabase {
  RpmFormat format = RpmFormat::kNone;
  std::string path;  // inside the artifact
  Collected packages;
};

// Components from header blobs (gpg-pubkey pseudo-packages are skipped; a
// corrupt header is a warning, the others are still read).
Collected rpm_components(const std::vector<std::string>& blobs, std::string_view source);

// CBL-Mariner distroless: /var/lib/rpmmanifest/container-manifest-2, one
// tab-separated line per package.
Collected parse_rpm_manifest(std::string_view text, std::string_view source);

Result<RpmDatabase> read_rpm(const RootFs& fs);

}  // namespace vt::inventory
