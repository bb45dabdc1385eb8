#include "matching/product_facts.h"

#include "version/purl.h"

namespace vt::matching {
namespace {

// Relationships can nest (a component of a component of a platform); a
// cycle (6.1.3) stops here.
constexpr int kMaxDepth = 8;

void apply_helper(const ResolvedProduct& p, ProductFacts& f) {
  if (!p.helper) return;
  if (p.helper->purl) {
    if (auto purl = version::parse_purl(*p.helper->purl); purl.ok()) {
      f.purl = std::string(*p.helper->purl);
      f.ecosystem = purl->type;
      f.name = purl->name;
      f.version = purl->version;
      if (auto epoch = purl->qualifier("epoch"); epoch && !f.version.empty() && *epoch != "0")
        f.version = std::string(*epoch) + ":" + f.version;
      if (auto distro = purl->qualifier("distro"); distro && !f.platform)
        f.platform = platform_from_distro_qualifier(*distro);
    }
  }
  if (p.helper->cpe) {
    f.cpe = std::string(*p.helper->cpe);
    if (auto os = platform_from_cpe(f.cpe)) {
      if (!f.platform) f.platform = os;
    } else if (f.name.empty()) {
      auto fields = cpe_fields(f.cpe);
      if (fields.size() > 2 && fields[0] == "a") {
        f.name = fields[2];
        if (fields.size() > 3) f.version = fields[3];
      }
    }
  }
}

void apply_branches(const ResolvedProduct& p, ProductFacts& f) {
  std::string_view name, version, range;
  for (const auto& [category, value] : p.branches) {
    if (category == "product_name" || category == "product" || category == "product_family") name = value;
    else if (category == "product_version") version = value;
    else if (category == "product_version_range") range = value;
  }
  if (!range.empty()) {
    if (range.substr(0, 5) == "vers:") {
      f.vers = std::string(range);
    } else if (range_product_name(range, f)) {
      return;
    }
  }
  if (name.empty()) return;
  f.name = std::string(name);
  if (f.vers.empty()) f.version = std::string(version);
  if (f.ecosystem.empty()) f.ecosystem = "generic";
}

ProductFacts describe(const ResolvedProduct& p, int depth) {
  ProductFacts f;
  if (depth > kMaxDepth) return f;
  if (p.component || p.platform) {
    if (p.component) f = describe(*p.component, depth + 1);
    if (p.platform) {
      ProductFacts on = describe(*p.platform, depth + 1);
      if (on.platform) {
        f.platform = on.platform;  // the relationship's platform wins over a purl's distro
      } else if (!f.platform) {
        // A product that is not an OS release (an application server, a
        // layered product): keep its name as the platform, unidentified.
        f.platform = PlatformRef{std::string(p.platform->name), "", "", on.cpe};
      }
    }
    apply_helper(p, f);
    return f;
  }
  apply_helper(p, f);
  if (!f.name.empty()) return f;
  if (auto os = msrc_platform_name(p.name)) {
    f.platform = os;
    return f;
  }
  if (msrc_product_name(p.name, f)) return f;
  if (f.platform && f.name.empty() && !p.helper) return f;
  if (!f.platform && range_product_name(p.name, f)) return f;
  if (f.platform) return f;  // an OS named by CPE: a platform, not a component
  apply_branches(p, f);
  if (f.name.empty() && !p.name.empty()) {
    f.name = std::string(p.name);
    f.ecosystem = "generic";
  }
  return f;
}

}  // namespace

ProductFacts describe_product(const ResolvedProduct& product) { return describe(product, 0); }

}  // namespace vt::matching
