// The directory-based distribution of CSAF 2.0 (section 7.1.11-7.1.13): the
// index.txt and changes.csv lists a provider serves next to its year folders,
// and the check that turns a listed path into one that stays inside the
// provider's directory URL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace vt::feeds {

struct ChangeEntry {
  std::string path;     // as listed (not yet checked: see directory_relative_path)
  std::string updated;  // RFC 3339 text, checked to parse as such
};

// changes.csv: one `path,updated` line per document, newest first, no
// heading. Fields may be quoted as in RFC 4180 (MSRC and the spec's example
// quote both, CISA quotes neither). A UTF-8 byte order mark, CRLF line ends
// and blank lines are tolerated. Paths are kept as listed, so that one
// hostile path can be refused on its own by directory_relative_path while the
// rest of the list is used; a line that is not two fields, or whose date is
// not RFC 3339, fails the whole list with `where:line`. Linear in the size.
Result<std::vector<ChangeEntry>> parse_changes_csv(std::string_view text, const std::string& where);

// index.txt: one path a line, as listed (trimmed). Same tolerance as above;
// control characters, or an HTML page served in place of the list, fail it.
Result<std::vector<std::string>> parse_index_txt(std::string_view text, const std::string& where);

// The path relative to the provider's directory URL, or an error for a path
// that could escape it (absolute, "..", a scheme, a backslash, a NUL, a name
// not ending in .json). CISA lists "csaf_files/OT/white/2024/icsa-24-001-01.json"
// for a file at <directory_url>/2024/icsa-24-001-01.json: a prefix before the
// YYYY/ year folder is dropped. Only [A-Za-z0-9._+~-] and "/" are accepted
// (a superset of the CSAF file name rule, section 5.1), so the result can be
// appended to a URL without escaping and never changes its meaning ("%2e%2e",
// "?", "#" are refused).
Result<std::string> directory_relative_path(std::string_view listed, const std::string& where);

}  // namespace vt::feeds
