// rpm header blobs as the rpm database stores them (the "header" of
// rpm's lib/header.c without lead and signature): an index of typed entries
// and a data store. Parsed with every offset and count checked, since a
// database inside an image is untrusted input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::inventory {

struct RpmHeader {
  std::string name, version, release, arch, source_rpm, vendor, license;
  std::optional<std::uint32_t> epoch;
  // "version-release", and with the epoch when there is one: "1:2.3-4".
  std::string evr() const;
};

// Parses the tags vextriage needs. `where` names the blob in errors.
Result<RpmHeader> parse_rpm_header(std::string_view blob, const std::string& where);

// The installed file paths (DIRNAMES[DIRINDEXES[i]] + BASENAMES[i]), on demand.
Result<std::vector<std::string>> rpm_header_files(std::string_view blob, const std::string& where);

}  // namespace vt::inventory
