#include "inventory/control_file.h"
#include "core/strings.h"

namespace vt::inventory {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view Stanza::get(std::string_view key) const {
  for (const auto& [k, v] : fields)
    if (ascii_iequals(k, key)) return v;  // field names are case-insensitive (deb822)
  return {};
}

std::vector<Stanza> parse_control(std::string_view text, std::vector<std::size_t>* bad_lines) {
  std::vector<Stanza> out;
  Stanza cur;
  std::size_t line_no = 0;
  std::size_t i = 0;
  auto flush = [&] {
    if (!cur.fields.empty()) out.push_back(std::move(cur));
    cur = Stanza{};
  };
  while (i <= text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view line = text.substr(i, j - i);
    ++line_no;
    i = j + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) {
      flush();
      if (j == text.size()) break;
      continue;
    }
    if (line[0] == ' ' || line[0] == '\t') continue;  // continuation: multi-line values are not needed
    if (line[0] == '#') continue;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      if (bad_lines) bad_lines->push_back(line_no);
      continue;
    }
    if (cur.fields.empty()) cur.line = line_no;
    cur.fields.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
    if (j == text.size()) break;
  }
  flush();
  return out;
}

}  // namespace vt::inventory
