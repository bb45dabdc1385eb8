// Operating system releases named only in words, for the platform side of a
// relationship when its product has no CPE: "CIQ FIPS Certified for Rocky
// Linux 8.10", "SUSE Linux Enterprise Server 15 SP5", "openEuler-22.03-LTS",
// "Red Hat Enterprise Linux 9". As os-release ID and VERSION_ID.
#include <cctype>

#include "matching/product_facts.h"

namespace vt::matching {
namespace {

struct OsName {
  std::string_view words, id;
};
// Longer names first: "... Server for SAP Applications" before "... Server".
constexpr OsName kOsNames[] = {
    {"SUSE Linux Enterprise Server for SAP Applications", "sles_sap"},
    {"SUSE Linux Enterprise High Performance Computing", "sle_hpc"},
    {"SUSE Linux Enterprise Server", "sles"},
    {"SUSE Linux Enterprise Desktop", "sled"},
    {"SUSE Linux Enterprise Micro", "sle-micro"},
    {"openSUSE Leap", "opensuse-leap"},
    {"Red Hat Enterprise Linux", "rhel"},
    {"Rocky Linux", "rocky"},
    {"AlmaLinux", "almalinux"},
    {"Oracle Linux", "ol"},
    {"CentOS Linux", "centos"},
    {"CentOS", "centos"},
    {"openEuler", "openEuler"},
    {"Ubuntu", "ubuntu"},
    {"Debian GNU/Linux", "debian"},
    {"Debian", "debian"},
};

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<PlatformRef> platform_from_os_name(std::string_view name) {
  for (const auto& os : kOsNames) {
    const std::size_t at = name.find(os.words);
    if (at == std::string_view::npos) continue;
    std::string_view rest = name.substr(at + os.words.size());
    // Words must end there ("Debian" is not "Debianish").
    if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest[0]))) continue;
    std::size_t i = 0;
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '-' || rest[i] == '(' || rest[i] == 'v' || rest[i] == '.') &&
           !(i > 0 && digit(rest[i - 1])))
      ++i;
    std::string version;
    while (i < rest.size() && (digit(rest[i]) || (rest[i] == '.' && i + 1 < rest.size() && digit(rest[i + 1]))))
      version.push_back(rest[i++]);
    // SUSE's service packs: "15 SP5" is VERSION_ID 15.5.
    if (os.id.substr(0, 3) == "sle" && rest.substr(i, 3) == " SP") {
      std::size_t j = i + 3;
      std::string sp;
      while (j < rest.size() && digit(rest[j])) sp.push_back(rest[j++]);
      if (!sp.empty()) version += "." + sp;
    }
    if (os.id == "centos") version = version.substr(0, version.find('.'));
    PlatformRef p;
    p.name = std::string(name);
    p.id = std::string(os.id);
    p.version_id = version;
    return p;
  }
  return std::nullopt;
}

}  // namespace vt::matching
