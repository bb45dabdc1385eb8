#include "inventory/apk.h"

namespace vt::inventory {

Collected parse_apk_installed(std::string_view text, std::string_view source) {
  Collected out;
  Component cur;
  std::size_t start_line = 0;
  std::size_t line_no = 0;
  auto flush = [&] {
    if (!cur.name.empty()) {
      if (cur.version.empty())
        out.warnings.push_back(std::string(source) + ":" + std::to_string(start_line) + ": package " +
                               cur.name + " has no version (V:)");
      if (cur.source_name.empty()) cur.source_name = cur.name;
      cur.source_version = cur.version;
      out.components.push_back(std::move(cur));
    } else if (start_line != 0) {
      out.warnings.push_back(std::string(source) + ":" + std::to_string(start_line) +
                             ": entry without a package name (P:), skipped");
    }
    cur = Component{};
    start_line = 0;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view line = text.substr(i, j - i);
    i = j + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.size() < 2 || line[1] != ':') {
      out.warnings.push_back(std::string(source) + ":" + std::to_string(line_no) + ": not an 'X:value' line, ignored");
      continue;
    }
    if (start_line == 0) {
      start_line = line_no;
      cur.kind = ComponentKind::kPackage;
      cur.ecosystem = "apk";
      cur.evidence = source;
      cur.status = "installed";
    }
    std::string_view value = line.substr(2);
    switch (line[0]) {
      case 'P': cur.name = value; break;
      case 'V': cur.version = value; break;
      case 'A': cur.arch = value; break;
      case 'o': cur.source_name = value; break;
      case 'm': cur.vendor = value; break;
      default: break;
    }
  }
  flush();
  return out;
}

Result<ApkDatabase> read_apk(const RootFs& fs) {
  ApkDatabase db;
  const char* path = "/lib/apk/db/installed";
  auto text = fs.read_file(path);
  if (!text.ok()) {
    if (text.error().code == ErrorCode::kNotFound) return db;
    return std::move(text).error();
  }
  db.found = true;
  db.packages = parse_apk_installed(*text, path);
  return db;
}

}  // namespace vt::inventory
