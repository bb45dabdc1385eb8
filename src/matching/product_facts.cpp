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
    const std::string cpe(*p.helper->cpe);
    if (auto os = platform_from_cpe(cpe)) {
      // An OS CPE on a package (openEuler puts its release CPE on every
      // rpm) names the platform, never the component.
      if (!f.platform) {
        f.platform = os;
        f.platform->name = std::string(p.name);
      }
    } else {
      f.cpe = cpe;
      if (f.name.empty()) {
        auto fields = cpe_fields(cpe);
        if (fields.size() > 2 && fields[0] == "a") {
          f.name = fields[2];
          if (fields.size() > 3) f.version = fields[3];
        }
      }
    }
  }
}

// A product_version written with the product name in front ("FortiOS
// 6.4.0" under "FortiOS"): the version alone.
std::string_view strip_name(std::string_view version, std::string_view name) {
  if (!name.empty() && version.size() > name.size() + 1 && version.substr(0, name.size()) == name &&
      version[name.size()] == ' ')
    return version.substr(name.size() + 1);
  return version;
}

bool apply_branches(const ResolvedProduct& p, ProductFacts& f) {
  // The deepest branch of each category counts (walking up: the first).
  std::string_view name, version, range;
  for (const BranchStep* b = p.branch; b; b = b->parent) {
    const std::string_view category = b->category, value = b->name;
    if (category == "product_name" || category == "product" || category == "product_family") {
      if (name.empty()) name = value;
    } else if (category == "product_version") {
      if (version.empty()) version = value;
    } else if (category == "product_version_range") {
      if (range.empty()) range = value;
    }
  }
  if (!range.empty()) {
    if (range_product_name(range, f)) return true;  // "Product/>=1|<=2"
    f.vers = vers_from_range_text(range);
  }
  if (name.empty()) return false;
  f.name = std::string(name);
  if (f.vers.empty() && !version.empty()) f.version = std::string(strip_name(version, name));
  if (f.ecosystem.empty()) f.ecosystem = "generic";
  return true;
}

using Memo = std::unordered_map<const ResolvedProduct*, ProductFacts>;

ProductFacts describe(const ResolvedProduct& p, int depth, Memo* memo);

// A related product's facts: from the memo when there is one (each product
// is then described once, whatever the nesting).
ProductFacts related(const ResolvedProduct& p, int depth, Memo* memo) {
  if (!memo) return describe(p, depth, nullptr);
  if (auto it = memo->find(&p); it != memo->end()) return it->second;
  ProductFacts f = describe(p, depth, memo);
  memo->emplace(&p, f);
  return f;
}

ProductFacts describe(const ResolvedProduct& p, int depth, Memo* memo) {
  ProductFacts f;
  if (depth > kMaxDepth) return f;
  if (p.component || p.platform) {
    if (p.component) f = related(*p.component, depth + 1, memo);
    if (p.platform) {
      ProductFacts on = related(*p.platform, depth + 1, memo);
      if (!on.platform)
        if (auto os = platform_from_os_name(p.platform->name)) {
          on.platform = os;
          on.name.clear();
        }
      if (on.platform && on.name.empty()) {
        f.platform = on.platform;  // the relationship's platform wins over a purl's distro
      } else if (!f.platform || on.platform) {
        // A product that is not an OS release (an application server, a
        // layered product, a container image): keep its name as the
        // platform, identified when its own helper says which OS it is.
        f.platform = PlatformRef{std::string(p.platform->name), "", "", on.cpe};
        if (on.platform) {
          f.platform->id = on.platform->id;
          f.platform->version_id = on.platform->version_id;
          f.platform->cpe = on.platform->cpe;
        }
      }
    }
    apply_helper(p, f);
    return f;
  }
  apply_helper(p, f);
  if (!f.name.empty()) {
    // A CPE or purl without version under a version range branch (NI:
    // cpe:2.3:a:ni:veristand:*, "VeriStand 2020 and prior").
    if (f.version.empty() && f.vers.empty())
      for (const BranchStep* b = p.branch; b && f.vers.empty(); b = b->parent)
        if (b->category == "product_version_range") f.vers = vers_from_range_text(b->name);
    return f;
  }
  if (auto os = msrc_platform_name(p.name)) {
    f.platform = os;
    return f;
  }
  if (msrc_product_name(p.name, f)) return f;
  if (rpm_file_name(p.name, f)) return f;
  if (f.platform) return f;  // an OS named by CPE: a platform, not a component
  if (range_product_name(p.name, f)) return f;
  if (apply_branches(p, f)) return f;
  if (!p.name.empty()) {
    f.name = std::string(p.name);
    f.ecosystem = "generic";
  }
  return f;
}

}  // namespace

ProductFacts describe_product(const ResolvedProduct& product) {
  return describe(product, 0, nullptr);
}

const ProductFacts& ProductDescriber::operator()(const ResolvedProduct& product) {
  if (auto it = done_.find(&product); it != done_.end()) return it->second;
  ProductFacts f = describe(product, 0, &done_);
  return done_.insert_or_assign(&product, std::move(f)).first->second;
}

}  // namespace vt::matching
