// dpkg's database: /var/lib/dpkg/status, and the status.d/ directory of
// distroless images (one stanza file per package).
#pragma once

#include <string_view>

#include "core/result.h"
#include "inventory/component.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

// Every package stanza of a status file, with its two-letter state ("ii",
// "rc"); `source` names the file in evidence and warnings.
Collected parse_dpkg_status(std::string_view text, std::string_view source);

// True when the package's files are on disk (not "not-installed" nor only
// "config-files" left).
bool dpkg_files_present(const Component& c);

// Reads /var/lib/dpkg/status and /var/lib/dpkg/status.d/*; only packages
// whose files are present. Not found: an empty result with found = false.
struct DpkgDatabase {
  bool found = false;
  Collected packages;
};
Result<DpkgDatabase> read_dpkg(const RootFs& fs);

}  // namespace vt::inventory
