// Operating system platforms named by CPE (Red Hat, SUSE, Rocky/CIQ, ...)
// or by a purl's distro qualifier, as os-release ID and VERSION_ID so that
// they compare with what inventory reads from an artifact.
#include <algorithm>
#include <array>

#include "matching/product_facts.h"

namespace vt::matching {
namespace {

// CPE (vendor, product) of an OS -> os-release ID.
struct OsCpe {
  std::string_view vendor, product, id;
};
constexpr std::array<OsCpe, 14> kOsCpes = {{
    {"redhat", "enterprise_linux", "rhel"},
    {"redhat", "rhel_eus", "rhel"},
    {"redhat", "rhel_aus", "rhel"},
    {"suse", "sles", "sles"},
    {"suse", "sle-module-basesystem", "sles"},
    {"suse", "suse_linux_enterprise_server", "sles"},
    {"opensuse", "leap", "opensuse-leap"},
    {"rocky", "rocky", "rocky"},
    {"rocky", "rocky_linux", "rocky"},
    {"ciq", "rocky_linux", "rocky"},
    {"canonical", "ubuntu_linux", "ubuntu"},
    {"debian", "debian_linux", "debian"},
    {"microsoft", "azure_linux", "azurelinux"},
    {"almalinux", "almalinux", "almalinux"},
}};

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      out.push_back(s[++i]);
    } else if (s[i] == '%' && i + 2 < s.size()) {
      out.push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> cpe_fields(std::string_view cpe) {
  std::vector<std::string> out;
  std::string_view rest;
  if (cpe.substr(0, 8) == "cpe:2.3:") rest = cpe.substr(8);
  else if (cpe.substr(0, 5) == "cpe:/") rest = cpe.substr(5);
  else return out;
  std::string field;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '\\' && i + 1 < rest.size()) {
      field.push_back(rest[i]);
      field.push_back(rest[++i]);
    } else if (rest[i] == ':') {
      out.push_back(unescape(field));
      field.clear();
    } else {
      field.push_back(rest[i]);
    }
  }
  out.push_back(unescape(field));
  for (auto& f : out)
    if (f == "*" || f == "-") f.clear();
  return out;
}

std::optional<PlatformRef> platform_from_cpe(std::string_view cpe) {
  const auto f = cpe_fields(cpe);
  if (f.size() < 3 || f[0] != "o") return std::nullopt;
  for (const auto& os : kOsCpes) {
    if (f[1] != os.vendor || f[2] != os.product) continue;
    PlatformRef p;
    p.cpe = std::string(cpe);
    p.id = std::string(os.id);
    std::string version = f.size() > 3 ? f[3] : "";
    // SUSE writes the service pack apart: sles:15:sp6 is VERSION_ID 15.6.
    if (p.id == "sles" && f.size() > 4 && f[4].rfind("sp", 0) == 0) version += "." + f[4].substr(2);
    // Red Hat's "9.2.0.z"-style EUS versions keep their major.minor.
    if (p.id == "rhel" && std::count(version.begin(), version.end(), '.') > 1)
      version = version.substr(0, version.find('.', version.find('.') + 1));
    p.version_id = version;
    p.name = p.id + (version.empty() ? "" : " " + version);
    return p;
  }
  return std::nullopt;
}

std::optional<PlatformRef> platform_from_distro_qualifier(std::string_view distro) {
  // "azurelinux-3.0", "cbl-mariner-2.0", "debian-12", "rhel-9.4", "el9"
  const std::size_t dash = distro.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= distro.size()) return std::nullopt;
  std::string id(distro.substr(0, dash));
  if (id == "cbl-mariner") id = "mariner";
  if (id == "redhat") id = "rhel";
  PlatformRef p;
  p.id = id;
  p.version_id = std::string(distro.substr(dash + 1));
  p.name = std::string(distro);
  return p;
}

}  // namespace vt::matching
