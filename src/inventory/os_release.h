// Platform facts from os-release (freedesktop.org os-release(5)): every field
// as written, plus the lineage that triage needs (Azure Linux 2.0/3.0 and
// CBL-Mariner 1.0/2.0 are one Microsoft lineage; RHEL and its rebuilds; ...).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "inventory/root_fs.h"

namespace vt::inventory {

struct OsRelease {
  std::vector<std::pair<std::string, std::string>> fields;  // in file order, unquoted
  std::string source;  // where it was read ("/etc/os-release")

  // The value of a field, or "" when absent.
  std::string_view get(std::string_view key) const;
  std::string_view id() const { return get("ID"); }
  std::string_view version_id() const { return get("VERSION_ID"); }
  std::vector<std::string> id_like() const;  // ID_LIKE split on spaces
};

// Parses os-release text. Lenient like systemd: lines that are not
// KEY=VALUE are skipped; quoting and backslash escapes per os-release(5).
OsRelease parse_os_release(std::string_view text, std::string source);

// Families of distributions that share packages and advisories.
enum class Lineage {
  kUnknown,
  kMicrosoft,  // Azure Linux, CBL-Mariner
  kDebian,     // Debian, Ubuntu, Mint, Raspbian, Kali, Pengwin, ...
  kAlpine,
  kRhel,       // RHEL, CentOS, Rocky, Alma, Oracle, Fedora, Amazon, ...
  kSuse,
  kWolfi,      // Wolfi, Chainguard
  kPhoton,
  kOther,      // recognised but none of the above (Arch, Gentoo, NixOS, ...)
};
const char* to_string(Lineage lineage);

struct Platform {
  std::string id;          // os-release ID ("azurelinux", "mariner", "ubuntu")
  std::string version_id;  // "3.0", "22.04"; from /etc/debian_version when os-release has none
  std::string pretty_name;
  Lineage lineage = Lineage::kUnknown;
  // The purl `distro` qualifier ("azurelinux-3.0", "cbl-mariner-2.0", "debian-12").
  std::string purl_distro;
  // The purl namespace of the distribution's packages ("azurelinux", "debian").
  std::string purl_namespace;
  OsRelease os_release;
};

Lineage lineage_of(std::string_view id, const std::vector<std::string>& id_like);
Platform platform_from(OsRelease os_release);

// Reads /etc/os-release, else /usr/lib/os-release (links resolved inside the
// root), completing Debian's version from /etc/debian_version and Alpine's
// from /etc/alpine-release when os-release lacks VERSION_ID. nullopt when the
// artifact has none of them (e.g. a scratch or distroless static image).
Result<std::optional<Platform>> read_platform(const RootFs& fs);

}  // namespace vt::inventory
