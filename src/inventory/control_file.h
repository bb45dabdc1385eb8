// Debian control-file syntax (deb822) shared by dpkg's status database and
// status.d: stanzas of "Field: value" lines, continuation lines indented,
// stanzas separated by blank lines.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace vt::inventory {

struct Stanza {
  std::size_t line = 0;  // 1-based line of its first field
  std::vector<std::pair<std::string_view, std::string_view>> fields;  // value of the first line only
  std::string_view get(std::string_view key) const;
};

// Splits text into stanzas. Lines that are neither a field nor a
// continuation are returned as `bad_lines` (1-based).
std::vector<Stanza> parse_control(std::string_view text, std::vector<std::size_t>* bad_lines = nullptr);

}  // namespace vt::inventory
