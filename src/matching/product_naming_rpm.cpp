// RPM file and NEVRA names used as product names where no purl is given
// (CIQ/Rocky "cups-filters-0:1.0.35-29.el7_9.ciqcbr.1.x86_64", openEuler
// "vim-9.0-33.oe2203sp3.src.rpm"): name, [epoch:]version-release, arch.
// Only names ending in a known architecture are taken, so ordinary product
// names with dashes are never cut apart.
#include <array>
#include <cctype>

#include "matching/product_facts.h"

namespace vt::matching {
namespace {

constexpr std::array<std::string_view, 21> kArches = {
    "x86_64", "i686",   "i586",    "i486",   "i386",    "noarch",  "src",
    "nosrc",  "aarch64", "ppc64le", "ppc64",  "ppc",     "s390x",   "s390",
    "ia64",   "armv7hl", "armhfp",  "riscv64", "loongarch64", "sparc64", "x86_64_v2"};

bool starts_with_digit(std::string_view s) { return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])); }

}  // namespace

bool rpm_file_name(std::string_view text, ProductFacts& facts) {
  if (text.find(' ') != std::string_view::npos) return false;
  if (text.size() > 4 && text.substr(text.size() - 4) == ".rpm") text.remove_suffix(4);
  const std::size_t dot = text.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string_view arch = text.substr(dot + 1);
  bool known = false;
  for (std::string_view a : kArches) known = known || a == arch;
  if (!known) return false;
  const std::string_view nevr = text.substr(0, dot);
  const std::size_t release_dash = nevr.rfind('-');
  if (release_dash == std::string_view::npos || release_dash == 0) return false;
  const std::size_t version_dash = nevr.rfind('-', release_dash - 1);
  if (version_dash == std::string_view::npos || version_dash == 0) return false;
  const std::string_view name = nevr.substr(0, version_dash);
  std::string_view version = nevr.substr(version_dash + 1, release_dash - version_dash - 1);
  const std::string_view release = nevr.substr(release_dash + 1);
  std::string_view epoch;
  if (const std::size_t colon = version.find(':'); colon != std::string_view::npos) {
    epoch = version.substr(0, colon);
    version = version.substr(colon + 1);
  }
  if (!starts_with_digit(version) || release.empty() || (!epoch.empty() && !starts_with_digit(epoch))) return false;
  facts.ecosystem = "rpm";
  facts.name = std::string(name);
  facts.version = (epoch.empty() || epoch == "0" ? std::string() : std::string(epoch) + ":") + std::string(version) +
                  "-" + std::string(release);
  return true;
}

}  // namespace vt::matching
