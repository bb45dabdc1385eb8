#include "matching/csaf_claims.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "matching/product_facts.h"
#include "matching/product_tree.h"
#include "version/compare.h"
#include "version/vers.h"

namespace vt::matching {
namespace {

// The product ids an element applies to, groups expanded.
// A set: a remediation may name a million products, each looked up once
// per claim.
using IdSet = std::unordered_set<std::string_view>;

template <typename Item>
IdSet products_of(const Item& item, const ProductTreeIndex& tree) {
  IdSet out;
  if (item.product_ids) out.insert(item.product_ids->ids.begin(), item.product_ids->ids.end());
  if (item.group_ids)
    for (std::string_view g : item.group_ids->ids)
      out.insert(tree.group(g).begin(), tree.group(g).end());
  return out;
}

bool names(const IdSet& ids, std::string_view id) { return ids.count(id) != 0; }

// The upper bound of a "<X" range, for MSRC's shared fixes.
std::string upper_bound_of(const std::string& vers) {
  auto range = version::normalize_vers(vers);
  if (!range.ok()) return {};
  for (const auto& c : range->constraints)
    if (c.comparator == version::Comparator::kLess) return c.version;
  return {};
}

}  // namespace

std::string msrc_fixed_version(std::string_view details) {
  const std::size_t colon = details.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  std::string_view rest = details.substr(colon + 1);
  if (rest.substr(0, 15) != "Security Update" && rest.substr(0, 3) != "KB ") return {};
  std::string_view v = details.substr(0, colon);
  if (v.find(' ') != std::string_view::npos) return {};
  return std::string(v);
}

CsafClaims claims_from_csaf(const csaf::Document& doc, const std::string& path) {
  CsafClaims out;
  const ProductTreeIndex tree(doc);
  SourceRef base;
  base.path = path;
  base.format = "csaf";
  const auto& meta = doc.document;
  if (meta.publisher && meta.publisher->name) base.publisher = std::string(*meta.publisher->name);
  if (meta.tracking) {
    base.document_id = std::string(meta.tracking->id.value_or(""));
    base.revision = std::string(meta.tracking->version.value_or(""));
    base.updated = std::string(meta.tracking->current_release_date.value_or(""));
  }
  // Facts per product, computed once per document.
  ProductDescriber facts_of;
  std::size_t problems = 0;
  auto problem = [&](std::string message) {
    if (++problems <= kMaxProblems) out.problems.push_back(std::move(message));
  };

  for (const csaf::Vulnerability& v : doc.vulnerabilities) {
    if (!v.product_status) continue;
    std::string vulnerability = std::string(v.cve.value_or(""));
    std::vector<std::string> aliases;
    for (const auto& id : v.ids)
      if (id.text) {
        if (vulnerability.empty())
          vulnerability = std::string(*id.text);
        else
          aliases.push_back(std::string(*id.text));
      }
    if (vulnerability.empty())
      vulnerability = std::string(v.title.value_or("(untitled vulnerability)"));

    // Who says what about which product, resolved once per vulnerability.
    std::vector<std::pair<IdSet, const csaf::Flag*>> flags;
    for (const auto& f : v.flags) flags.emplace_back(products_of(f, tree), &f);
    std::vector<std::pair<IdSet, const csaf::Threat*>> impacts;
    for (const auto& t : v.threats)
      if (t.category && *t.category == "impact") impacts.emplace_back(products_of(t, tree), &t);
    std::vector<std::pair<IdSet, const csaf::Remediation*>> remediations;
    for (const auto& r : v.remediations) remediations.emplace_back(products_of(r, tree), &r);

    const auto& s = *v.product_status;
    const std::pair<const std::optional<csaf::ProductIdList>*, ClaimStatus> lists[] = {
        {&s.known_affected, ClaimStatus::kAffected},
        {&s.first_affected, ClaimStatus::kAffected},
        {&s.last_affected, ClaimStatus::kAffected},
        {&s.known_not_affected, ClaimStatus::kNotAffected},
        {&s.fixed, ClaimStatus::kFixed},
        {&s.first_fixed, ClaimStatus::kFixed},
        {&s.under_investigation, ClaimStatus::kUnderInvestigation},
    };
    for (const auto& [list, status] : lists) {
      if (!*list) continue;
      std::size_t index = 0;
      for (json::Value item : (*list)->source.items()) {
        const std::size_t at = index++;
        if (!item.is_string()) continue;
        const std::string_view id = item.as_string();
        const ResolvedProduct* p = tree.find(id);
        if (!p) {
          ++out.unresolved;
          problem(cat({item.pointer(), ": product id \"", id,
                       "\" is defined nowhere in the product tree (6.1.1)"}));
          continue;
        }
        if (!p->defect.empty()) {
          problem(cat({item.pointer(), ": product id \"", id, "\" (", p->name,
                       ") cannot be resolved: ", p->defect}));
          continue;
        }
        (void)at;
        const ProductFacts& f = facts_of(*p);
        Claim c;
        c.vulnerability = vulnerability;
        c.aliases = aliases;
        c.status = status;
        c.product = std::string(p->name);
        c.platform = f.platform;
        c.ecosystem = f.ecosystem;
        c.name = f.name;
        c.purl = f.purl;
        c.cpe = f.cpe;
        c.version = f.version;
        c.vers = f.vers;
        c.source = base;
        c.source.pointer = item.pointer();
        for (const auto& [ids, flag] : flags)
          if (names(ids, id) && flag->label) c.justification = std::string(*flag->label);
        // An impact naming this product wins over one naming no product
        // (MSRC writes "Remote Code Execution" for the whole vulnerability).
        for (const auto& [ids, threat] : impacts)
          if (threat->details &&
              (names(ids, id) || (c.impact.empty() && !threat->product_ids && !threat->group_ids)))
            c.impact = std::string(*threat->details);
        for (const auto& [ids, r] : remediations) {
          if (!names(ids, id)) continue;
          RemediationRef ref{std::string(r->category.value_or("")),
                             std::string(r->details.value_or("")), std::string(r->url.value_or("")),
                             std::string(r->date.value_or(""))};
          if (ref.category == "vendor_fix" && c.fixed_version.empty())
            c.fixed_version = msrc_fixed_version(ref.details);
          c.remediations.push_back(std::move(ref));
        }
        // MSRC sometimes gives one fix for two ranges with different bounds
        // ("<3.3.5-2" and "<3.3.5-3" both fixed by "3.3.5-2"): a fix below
        // the range's own bound cannot end it, the bound does.
        if (status == ClaimStatus::kAffected && !c.fixed_version.empty() && !c.vers.empty()) {
          const std::string bound = upper_bound_of(c.vers);
          auto cmp = bound.empty() ? Result<int>(0)
                                   : version::compare(c.ecosystem, c.fixed_version, bound);
          if (cmp.ok() && *cmp < 0) c.fixed_version = bound;
        }
        out.claims.push_back(std::move(c));
      }
    }
  }
  if (problems > kMaxProblems)
    out.problems.push_back(std::to_string(problems - kMaxProblems) +
                           " more statements left out for the same reasons");
  return out;
}

}  // namespace vt::matching
