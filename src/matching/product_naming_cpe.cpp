// Operating system platforms named by CPE (Red Hat, SUSE, Rocky/CIQ, ...)
// or by a purl's distro qualifier, as os-release ID and VERSION_ID so that
// they compare with what inventory reads from an artifact.
#include <algorithm>
#include <cctype>

#include "core/strings.h"
#include "matching/product_facts.h"

namespace vt::matching {
namespace {

// CPE (vendor, product) of an OS -> os-release ID. `any_part`: the vendor
// also writes the OS as an application CPE (Red Hat's
// cpe:/a:redhat:enterprise_linux:9::appstream, openEuler's
// cpe:/a:openEuler:openEuler:22.03-LTS-SP3).
struct OsCpe {
  std::string_view vendor, product, id;
  bool any_part = false;
};
constexpr OsCpe kOsCpes[] = {
    {"redhat", "enterprise_linux", "rhel", true},
    {"redhat", "rhel_eus", "rhel", true},
    {"redhat", "rhel_aus", "rhel", true},
    {"redhat", "rhel_e4s", "rhel", true},
    {"redhat", "rhel_tus", "rhel", true},
    {"redhat", "rhel_els", "rhel", true},
    {"suse", "sles", "sles"},
    {"suse", "suse_sles", "sles"},
    {"suse", "sles-ltss", "sles"},
    {"suse", "sles_ltss", "sles"},
    {"suse", "suse_sles_ltss", "sles"},
    {"suse", "suse_sles_ltss-extreme-core", "sles"},
    {"suse", "sles-ltss-extended-security", "sles"},
    {"suse", "sles-ltss-teradata", "sles"},
    {"suse", "sles_ltss_teradata", "sles"},
    {"suse", "sles_teradata", "sles"},
    {"suse", "sle-module-basesystem", "sles"},
    {"suse", "sle-module-desktop-applications", "sles"},
    {"suse", "suse_linux_enterprise_server", "sles"},
    {"suse", "sles_sap", "sles_sap"},
    {"suse", "sled", "sled"},
    {"suse", "sle_hpc", "sle_hpc"},
    {"suse", "sle-hpc", "sle_hpc"},
    {"suse", "sle_hpc-ltss", "sle_hpc"},
    {"suse", "sle_hpc-espos", "sle_hpc"},
    {"suse", "sle_rt", "sle_rt"},
    {"suse", "sle-micro", "sle-micro"},
    {"suse", "sl-micro", "sl-micro"},
    {"suse", "suse-microos", "suse-microos"},
    {"suse", "sll", "sll"},
    {"opensuse", "leap", "opensuse-leap"},
    {"opensuse", "tumbleweed", "opensuse-tumbleweed"},
    {"rocky", "rocky", "rocky"},
    {"rocky", "rocky_linux", "rocky"},
    {"rocky", "linux", "rocky"},
    {"ciq", "rocky_linux", "rocky"},
    {"ciq", "rocky_linux_from_ciq", "rocky"},
    {"ciq", "rocky_linux_from_ciq_lts", "rocky"},
    {"ciq", "rocky_linux_from_ciq_fips", "rocky"},
    {"ciq", "centos_linux_bridge", "centos"},
    {"centos", "centos", "centos"},
    {"canonical", "ubuntu_linux", "ubuntu"},
    {"debian", "debian_linux", "debian"},
    {"microsoft", "azure_linux", "azurelinux"},
    {"microsoft", "cbl-mariner", "mariner"},
    {"almalinux", "almalinux", "almalinux"},
    {"oracle", "linux", "ol"},
    {"openeuler", "openeuler", "openEuler", true},
};

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      out.push_back(s[++i]);
    } else if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
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
  if (f.size() < 3 || (f[0] != "o" && f[0] != "a")) return std::nullopt;
  const std::string vendor = ascii_lowered(f[1]), product = ascii_lowered(f[2]);
  for (const auto& os : kOsCpes) {
    if (vendor != os.vendor || product != os.product || (f[0] != "o" && !os.any_part)) continue;
    PlatformRef p;
    p.cpe = std::string(cpe);
    p.id = std::string(os.id);
    std::string version = f.size() > 3 ? f[3] : "";
    // SUSE writes the service pack apart: sles:15:sp6 is VERSION_ID 15.6.
    if (os.vendor == "suse" && f.size() > 4 && f[4].rfind("sp", 0) == 0) version += "." + f[4].substr(2);
    // Red Hat's "9.2.0.z"-style EUS versions keep their major.minor.
    if (p.id == "rhel" && std::count(version.begin(), version.end(), '.') > 1)
      version = version.substr(0, version.find('.', version.find('.') + 1));
    // CentOS 7.9 is VERSION_ID 7; openEuler 22.03-LTS-SP3 is VERSION_ID 22.03.
    if (p.id == "centos") version = version.substr(0, version.find('.'));
    if (p.id == "openEuler") version = version.substr(0, version.find('-'));
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
