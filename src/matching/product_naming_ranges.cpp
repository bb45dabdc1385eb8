// Ranges written into product names as "Product/>=1.2.1|<=1.2.2" (Fortinet,
// under a branch category "product"): a vers range over generic versions.
#include "matching/product_facts.h"
#include "version/vers.h"

namespace vt::matching {

bool range_product_name(std::string_view name, ProductFacts& facts) {
  const std::size_t slash = name.rfind('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= name.size()) return false;
  std::string_view range = name.substr(slash + 1);
  if (range.front() != '<' && range.front() != '>' && range.front() != '=') return false;
  std::string vers = "vers:generic/";
  for (char c : range)
    if (c != ' ') vers.push_back(c);
  if (!version::normalize_vers(vers).ok()) return false;
  facts.name = std::string(name.substr(0, slash));
  facts.vers = std::move(vers);
  if (facts.ecosystem.empty()) facts.ecosystem = "generic";
  return true;
}

}  // namespace vt::matching
