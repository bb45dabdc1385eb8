// 6.2.1, 6.2.2, 6.2.3, 6.2.16, 6.2.19: products defined but unused, affected
// without remediation or score, without identification helper, fixed with a
// non-zero environmental score.
#include <unordered_set>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_tests.h"
#include "validation/optional/optional_tests.h"

namespace vt::validation::optional {
namespace {

using IdSet = std::unordered_set<std::string_view>;

template <typename Item>
void add_products(const TestContext& ctx, const Item& item, IdSet& out) {
  if (item.product_ids)
    for (std::string_view id : item.product_ids->ids) out.insert(id);
  if (item.group_ids)
    for (std::string_view g : item.group_ids->ids) {
      if (const auto* group = ctx.products.groups.find(g))
        for (std::string_view id : (*group)->product_ids) out.insert(id);
    }
}

template <typename Fn>
void for_each_full_product_name(const csaf::ProductTree& tree, Fn&& fn) {
  std::vector<const csaf::Branch*> stack;
  for (auto it = tree.branches.rbegin(); it != tree.branches.rend(); ++it) stack.push_back(&*it);
  while (!stack.empty()) {
    const csaf::Branch* b = stack.back();
    stack.pop_back();
    if (b->product) fn(*b->product);
    for (auto it = b->branches.rbegin(); it != b->branches.rend(); ++it) stack.push_back(&*it);
  }
  for (const auto& p : tree.full_product_names) fn(p);
  for (const auto& r : tree.relationships)
    if (r.full_product_name) fn(*r.full_product_name);
}

// `what` completes "product X is <status> but ...".
void report_uncovered(const std::optional<csaf::ProductIdList>& list, const IdSet& covered, std::string_view what,
                      TestSink& sink) {
  if (!list) return;
  const std::string pointer = list->source.pointer();
  const std::string status = pointer.substr(pointer.rfind('/') + 1);
  for (json::Value item : list->source.items()) {
    if (!item.is_string() || covered.count(item.as_string())) continue;
    sink.report(item.pointer(), "product " + std::string(item.as_string()) + " is " + status + " but " +
                                    std::string(what));
  }
}

}  // namespace

void test_6_2_1_unused_product_id(const TestContext& ctx, TestSink& sink) {
  const auto& c = ctx.doc.document.category;
  if (c && *c == "csaf_informational_advisory") return;
  IdSet used;
  csaf::for_each_product_reference(ctx.doc, [&](const csaf::ProductRef& r) { used.insert(r.id); });
  for (const auto& d : ctx.products.product_definitions)
    if (!used.count(d.id))
      sink.report(d.pointer(), "product " + std::string(d.id) + " is defined but never referenced");
}

void test_6_2_2_missing_remediation(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities) {
    if (!v.product_status) continue;
    IdSet covered;
    for (const auto& r : v.remediations) add_products(ctx, r, covered);
    const auto& s = *v.product_status;
    for (const auto* list : {&s.first_affected, &s.known_affected, &s.last_affected, &s.under_investigation})
      report_uncovered(*list, covered, "no remediation covers it; add one (category none_available or no_fix_planned if there is no fix)", sink);
  }
}

void test_6_2_3_missing_score(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities) {
    if (!v.product_status) continue;
    IdSet covered;
    for (const auto& sc : v.scores)
      if (sc.products)
        for (std::string_view id : sc.products->ids) covered.insert(id);
    const auto& s = *v.product_status;
    for (const auto* list : {&s.first_affected, &s.known_affected, &s.last_affected})
      report_uncovered(*list, covered, "no score covers it; add a score (e.g. cvss_v3) listing it in products", sink);
  }
}

void test_6_2_16_missing_helper(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  for_each_full_product_name(*ctx.doc.product_tree, [&](const csaf::FullProductName& p) {
    if (p.source.find("product_identification_helper")) return;
    sink.report(p.source.pointer(), "product " + std::string(p.product_id.value_or("")) +
                                        " has no product_identification_helper (cpe, purl, hashes, ...) to find it by");
  });
}

void test_6_2_19_cvss_for_fixed(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities) {
    if (!v.product_status) continue;
    IdSet fixed;
    for (const auto* list : {&v.product_status->fixed, &v.product_status->first_fixed})
      if (*list)
        for (std::string_view id : (*list)->ids) fixed.insert(id);
    if (fixed.empty()) continue;
    for (const auto& sc : v.scores) {
      if (!sc.products) continue;
      std::string_view hit;
      for (std::string_view id : sc.products->ids)
        if (fixed.count(id)) hit = id;
      if (hit.empty()) continue;
      for (const std::optional<csaf::Cvss>* cvss : {&sc.cvss_v3, &sc.cvss_v2}) {
        if (!*cvss) continue;
        const csaf::Cvss& c = **cvss;
        std::optional<double> env = c.environmental_score;
        if (!env && c.vector_string)
          if (auto vec = cvss::parse_vector(*c.vector_string); vec.ok()) {
            // The vector and the properties together: only environmental
            // metrics stated somewhere say anything.
            cvss::add_property_metrics(*vec, c.source);
            bool stated = false;
            for (const auto& [metric, value] : vec->metrics)
              if (metric == "CR" || metric == "IR" || metric == "AR" || metric == "CDP" || metric == "TD" ||
                  (metric.size() > 1 && metric[0] == 'M'))
                stated = true;
            auto s = cvss::compute(*vec);
            if (stated && s.environmental) env = s.environmental;
          }
        if (env && *env == 0) continue;
        sink.report(c.source.pointer(), "product " + std::string(hit) +
                                            " is fixed, but this CVSS object does not give it an environmental "
                                            "score of 0 (set the modified impact metrics to none)");
      }
    }
  }
}

}  // namespace vt::validation::optional
