#include "inventory/dpkg.h"

#include "inventory/control_file.h"

namespace vt::inventory {
namespace {

char want_letter(std::string_view want) {
  if (want == "install") return 'i';
  if (want == "deinstall") return 'r';
  if (want == "purge") return 'p';
  if (want == "hold") return 'h';
  return 'u';
}

char status_letter(std::string_view status) {
  if (status == "installed") return 'i';
  if (status == "config-files") return 'c';
  if (status == "not-installed") return 'n';
  if (status == "unpacked") return 'U';
  if (status == "half-configured") return 'F';
  if (status == "half-installed") return 'H';
  if (status == "triggers-awaited") return 'W';
  if (status == "triggers-pending") return 't';
  return '?';
}

// "install ok installed" -> "ii". Distroless status.d files may omit Status:
// a package listed there is installed.
std::string state_of(std::string_view status) {
  if (status.empty()) return "ii";
  std::size_t a = status.find(' ');
  std::size_t b = status.rfind(' ');
  if (a == std::string_view::npos) return "??";
  std::string out;
  out += want_letter(status.substr(0, a));
  out += status_letter(status.substr(b + 1));
  return out;
}

}  // namespace

Collected parse_dpkg_status(std::string_view text, std::string_view source) {
  Collected out;
  std::vector<std::size_t> bad;
  for (const Stanza& s : parse_control(text, &bad)) {
    std::string_view name = s.get("Package");
    if (name.empty()) {
      out.warnings.push_back(std::string(source) + ":" + std::to_string(s.line) +
                             ": stanza without a Package field, skipped");
      continue;
    }
    Component c;
    c.kind = ComponentKind::kPackage;
    c.ecosystem = "deb";
    c.name = name;
    c.version = s.get("Version");
    c.arch = s.get("Architecture");
    c.status = state_of(s.get("Status"));
    c.vendor = s.get("Maintainer");
    c.evidence = source;
    // "Source: openssl (3.0.11-1~deb12u2)" when the binary's version differs.
    std::string_view src = s.get("Source");
    if (src.empty()) {
      c.source_name = c.name;
      c.source_version = c.version;
    } else {
      std::size_t paren = src.find(" (");
      c.source_name = src.substr(0, paren);
      if (paren != std::string_view::npos && src.back() == ')')
        c.source_version = src.substr(paren + 2, src.size() - paren - 3);
      else
        c.source_version = c.version;
    }
    if (c.version.empty())
      out.warnings.push_back(std::string(source) + ":" + std::to_string(s.line) + ": package " + c.name +
                             " has no Version");
    out.components.push_back(std::move(c));
  }
  for (std::size_t line : bad)
    out.warnings.push_back(std::string(source) + ":" + std::to_string(line) + ": not a 'Field: value' line, ignored");
  return out;
}

bool dpkg_files_present(const Component& c) {
  return c.status.size() == 2 && c.status[1] != 'n' && c.status[1] != 'c';
}

Result<DpkgDatabase> read_dpkg(const RootFs& fs) {
  DpkgDatabase db;
  auto keep_present = [&](Collected parsed) {
    for (auto& c : parsed.components)
      if (dpkg_files_present(c)) db.packages.components.push_back(std::move(c));
    for (auto& w : parsed.warnings) db.packages.warnings.push_back(std::move(w));
  };
  const char* status_path = "/var/lib/dpkg/status";
  auto text = fs.read_file(status_path);
  if (text.ok()) {
    db.found = true;
    keep_present(parse_dpkg_status(*text, status_path));
  } else if (text.error().code != ErrorCode::kNotFound) {
    return std::move(text).error();
  }
  const char* dir = "/var/lib/dpkg/status.d";
  auto names = fs.list_dir(dir);
  if (names.ok()) {
    db.found = true;
    for (const auto& name : *names) {
      if (name.find('.') != std::string::npos) continue;  // "x.md5sums" and the like
      std::string path = join_path(dir, name);
      auto stanza = fs.read_file(path);
      if (!stanza.ok()) {
        db.packages.warnings.push_back(stanza.error().to_string());
        continue;
      }
      keep_present(parse_dpkg_status(*stanza, path));
    }
  }
  return db;
}

}  // namespace vt::inventory
