// security.txt (RFC 9116) as a way to find a provider: CSAF 2.0 section
// 7.1.8 lets a "CSAF:" field point to provider-metadata.json.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vt::feeds {

// The values of every "CSAF:" field (case-insensitive field name), in order,
// trimmed. A PGP cleartext signature wrapper is understood: when the file is
// signed, only the signed lines count (dash-escaping undone; the armor
// headers and the signature block are not fields), so text added outside the
// signature cannot add a provider. Comments ("#") and other fields are
// skipped; values are returned as written, the caller checks for https://.
std::vector<std::string> csaf_urls_from_security_txt(std::string_view text);

}  // namespace vt::feeds
