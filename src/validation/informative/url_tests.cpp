// 6.3.6 and 6.3.7: URLs that do not resolve. The validation module never
// fetches (DESIGN.md): the caller injects TestOptions::http_status, and the
// validator runs these tests only with --online.
#include "validation/informative/informative_tests.h"

namespace vt::validation::informative {
namespace {

// Every URL 6.3.6 lists, with the place it was written; `self` marks
// references of category self (6.3.7's, excluded from 6.3.6).
template <typename Fn>
void for_each_url(const TestContext& ctx, Fn&& fn) {
  const auto& d = ctx.doc.document;
  for (const auto& a : d.acknowledgments)
    if (auto urls = a.source.find("urls"))
      for (json::Value u : urls->items())
        if (u.is_string()) fn(u.as_string(), u.pointer(), false);
  if (d.aggregate_severity && d.aggregate_severity->namespace_)
    fn(*d.aggregate_severity->namespace_, member_pointer(d.aggregate_severity->source, "namespace"), false);
  if (d.distribution && d.distribution->tlp && d.distribution->tlp->url)
    fn(*d.distribution->tlp->url, member_pointer(d.distribution->tlp->source, "url"), false);
  if (d.publisher && d.publisher->namespace_)
    fn(*d.publisher->namespace_, member_pointer(d.publisher->source, "namespace"), false);
  auto refs = [&](const std::vector<csaf::Reference>& list) {
    for (const auto& r : list)
      if (r.url) fn(*r.url, member_pointer(r.source, "url"), r.category && *r.category == "self");
  };
  refs(d.references);
  auto helper = [&](const csaf::FullProductName& p) {
    if (!p.product_identification_helper) return;
    const auto& h = *p.product_identification_helper;
    if (auto sbom = h.source.find("sbom_urls"))
      for (json::Value u : sbom->items())
        if (u.is_string()) fn(u.as_string(), u.pointer(), false);
    for (const auto& g : h.x_generic_uris) {
      if (g.namespace_) fn(*g.namespace_, member_pointer(g.source, "namespace"), false);
      if (g.uri) fn(*g.uri, member_pointer(g.source, "uri"), false);
    }
  };
  if (ctx.doc.product_tree) {
    std::vector<const csaf::Branch*> stack;
    for (const auto& b : ctx.doc.product_tree->branches) stack.push_back(&b);
    while (!stack.empty()) {
      const csaf::Branch* b = stack.back();
      stack.pop_back();
      if (b->product) helper(*b->product);
      for (const auto& c : b->branches) stack.push_back(&c);
    }
    for (const auto& p : ctx.doc.product_tree->full_product_names) helper(p);
    for (const auto& r : ctx.doc.product_tree->relationships)
      if (r.full_product_name) helper(*r.full_product_name);
  }
  for (const auto& v : ctx.doc.vulnerabilities) {
    for (const auto& a : v.acknowledgments)
      if (auto urls = a.source.find("urls"))
        for (json::Value u : urls->items())
          if (u.is_string()) fn(u.as_string(), u.pointer(), false);
    refs(v.references);
    for (const auto& r : v.remediations)
      if (r.url) fn(*r.url, member_pointer(r.source, "url"), false);
  }
}

void check(const TestContext& ctx, TestSink& sink, bool self) {
  if (!ctx.options.http_status) return;  // the validator does not run us then
  for_each_url(ctx, [&](std::string_view url, const std::string& where, bool is_self) {
    if (is_self != self) return;
    auto status = ctx.options.http_status(url);
    if (!status.ok()) {
      sink.report(where, std::string(url) + " does not resolve: " + status.error().message);
    } else if (*status < 200 || *status >= 400) {
      sink.report(where, std::string(url) + " answers HTTP " + std::to_string(*status));
    }
  });
}

}  // namespace

void test_6_3_6_non_self_urls(const TestContext& ctx, TestSink& sink) { check(ctx, sink, false); }
void test_6_3_7_self_urls(const TestContext& ctx, TestSink& sink) { check(ctx, sink, true); }

}  // namespace vt::validation::informative
