// MSRC's naming for Azure Linux and CBL-Mariner (one CSAF VEX per CVE): the
// package and its version are in the product name, the distribution in a
// short prefix, ranges with a leading comparator:
//   "azl3 openssh 9.8p1-4"   -> rpm openssh 9.8p1-4 on Azure Linux 3.0
//   "<cbl2 kernel 5.15.186.1-1" -> rpm kernel, vers:rpm/<5.15.186.1-1, CBL-Mariner 2.0
// and the platforms as "Azure Linux 3.0" / "CBL Mariner 2.0".
#include <array>

#include "matching/product_facts.h"

namespace vt::matching {
namespace {

struct Prefix {
  std::string_view prefix, name, id, version_id;
};
constexpr std::array<Prefix, 5> kPrefixes = {{
    {"azl3", "Azure Linux 3.0", "azurelinux", "3.0"},
    {"azl2", "Azure Linux 2.0", "mariner", "2.0"},
    {"cbl2", "CBL Mariner 2.0", "mariner", "2.0"},
    {"cm2", "CBL Mariner 2.0", "mariner", "2.0"},
    {"cm1", "CBL Mariner 1.0", "mariner", "1.0"},
}};

}  // namespace

std::optional<PlatformRef> msrc_platform_name(std::string_view name) {
  struct Known {
    std::string_view name, id, version_id;
  };
  static constexpr Known kKnown[] = {
      {"Azure Linux 3.0", "azurelinux", "3.0"}, {"Azure Linux 2.0", "mariner", "2.0"},
      {"CBL Mariner 2.0", "mariner", "2.0"},    {"CBL-Mariner 2.0", "mariner", "2.0"},
      {"CBL Mariner 1.0", "mariner", "1.0"},    {"CBL-Mariner 1.0", "mariner", "1.0"},
  };
  for (const auto& k : kKnown)
    if (name == k.name) return PlatformRef{std::string(name), std::string(k.id), std::string(k.version_id), ""};
  return std::nullopt;
}

bool msrc_product_name(std::string_view name, ProductFacts& facts) {
  std::string_view comparator;
  for (std::string_view c : {"<=", ">=", "<", ">", "="}) {
    if (name.substr(0, c.size()) == c) {
      comparator = c;
      break;
    }
  }
  std::string_view rest = name.substr(comparator.size());
  const Prefix* prefix = nullptr;
  for (const auto& p : kPrefixes)
    if (rest.size() > p.prefix.size() && rest.substr(0, p.prefix.size()) == p.prefix && rest[p.prefix.size()] == ' ')
      prefix = &p;
  if (!prefix) return false;
  rest.remove_prefix(prefix->prefix.size() + 1);
  const std::size_t space = rest.find(' ');
  if (space == std::string_view::npos || space == 0 || rest.find(' ', space + 1) != std::string_view::npos)
    return false;
  const std::string_view package = rest.substr(0, space), version = rest.substr(space + 1);
  if (version.empty()) return false;
  facts.ecosystem = "rpm";
  facts.name = std::string(package);
  if (comparator.empty() || comparator == "=") {
    facts.version = std::string(version);
  } else {
    facts.vers = "vers:rpm/" + std::string(comparator) + std::string(version);
  }
  if (!facts.platform)
    facts.platform = PlatformRef{std::string(prefix->name), std::string(prefix->id), std::string(prefix->version_id), ""};
  return true;
}

}  // namespace vt::matching
