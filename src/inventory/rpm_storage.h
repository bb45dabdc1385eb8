// The three on-disk formats of the rpm database, each yielding the stored
// header blobs: SQLite (rpmdb.sqlite, rpm >= 4.16 default), BerkeleyDB hash
// (Packages, older RHEL/CentOS) and NDB (Packages.db, SUSE). Read from bytes
// with every page and offset checked: images are untrusted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::inventory {

Result<std::vector<std::string>> rpm_blobs_from_ndb(std::string_view file, const std::string& where);
Result<std::vector<std::string>> rpm_blobs_from_bdb(std::string_view file, const std::string& where);
// `wal` is the content of rpmdb.sqlite-wal (may be empty): committed
// transactions not yet checkpointed into the main file.
Result<std::vector<std::string>> rpm_blobs_from_sqlite(std::string_view file, std::string_view wal,
                                                       const std::string& where);

}  // namespace vt::inventory
