// 6.3.1-6.3.5, 6.3.9-6.3.11: scores, identifiers, hashes and branch names
// worth a second look.
#include <regex>
#include <unordered_set>

#include "validation/informative/informative_tests.h"

namespace vt::validation::informative {
namespace {

template <typename Fn>
void for_each_branch(const TestContext& ctx, Fn&& fn) {
  if (!ctx.doc.product_tree) return;
  std::vector<const csaf::Branch*> stack;
  for (auto it = ctx.doc.product_tree->branches.rbegin(); it != ctx.doc.product_tree->branches.rend(); ++it)
    stack.push_back(&*it);
  while (!stack.empty()) {
    const csaf::Branch* b = stack.back();
    stack.pop_back();
    fn(*b);
    for (auto it = b->branches.rbegin(); it != b->branches.rend(); ++it) stack.push_back(&*it);
  }
}

}  // namespace

void test_6_3_1_cvss_v2_only(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities) {
    std::unordered_set<std::string_view> other;  // products with a non-v2 score
    for (const auto& s : v.scores)
      if (s.cvss_v3 && s.products)
        for (auto id : s.products->ids) other.insert(id);
    for (const auto& s : v.scores) {
      if (!s.cvss_v2 || s.cvss_v3 || !s.products) continue;
      for (json::Value item : s.products->source.items())
        if (item.is_string() && !other.count(item.as_string()))
          sink.report(item.pointer(), "product " + std::string(item.as_string()) +
                                          " has only a CVSS v2 score; give a CVSS v3.1 score too");
    }
  }
}

void test_6_3_2_cvss_v30(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities)
    for (const auto& s : v.scores)
      if (s.cvss_v3 && ((s.cvss_v3->version && *s.cvss_v3->version == "3.0") ||
                        (s.cvss_v3->vector_string && s.cvss_v3->vector_string->substr(0, 9) == "CVSS:3.0/")))
        sink.report(s.cvss_v3->source.pointer(), "CVSS v3.0 is used; CVSS v3.1 is recommended");
}

void test_6_3_3_missing_cve(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities)
    if (!v.cve) sink.report(v.source.pointer(), "the vulnerability has no CVE id");
}

void test_6_3_4_missing_cwe(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities)
    if (!v.cwe) sink.report(v.source.pointer(), "the vulnerability has no CWE");
}

void test_6_3_5_short_hash(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  auto check = [&](const csaf::FullProductName& p) {
    if (!p.product_identification_helper) return;
    for (const auto& set : p.product_identification_helper->hashes)
      for (const auto& h : set.file_hashes)
        if (h.value && h.value->size() < 64)
          sink.report(member_pointer(h.source, "value"), "the hash value is only " + std::to_string(h.value->size()) +
                                                             " characters long; use one of 64 or more (sha256+)");
  };
  for_each_branch(ctx, [&](const csaf::Branch& b) {
    if (b.product) check(*b.product);
  });
  for (const auto& p : ctx.doc.product_tree->full_product_names) check(p);
  for (const auto& r : ctx.doc.product_tree->relationships)
    if (r.full_product_name) check(*r.full_product_name);
}

void test_6_3_9_branch_categories(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  // Depth first with the categories on the path.
  struct Frame {
    const csaf::Branch* b;
    int stage;  // 0: before vendor, 1: after vendor, 2: after product_name, 3: after product_version
  };
  std::vector<Frame> stack;
  for (const auto& b : ctx.doc.product_tree->branches) stack.push_back({&b, 0});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    int stage = f.stage;
    const std::string_view c = f.b->category.value_or("");
    if (stage == 0 && c == "vendor") stage = 1;
    else if (stage == 1 && c == "product_name") stage = 2;
    else if (stage == 2 && c == "product_version") stage = 3;
    if (f.b->product && stage < 3) {
      static constexpr const char* kMissing[] = {"vendor", "product_name", "product_version"};
      sink.report(member_pointer(f.b->product->source, "product_id"),
                  "product " + std::string(f.b->product->product_id.value_or("")) +
                      " has no ancestor branch of category " + kMissing[stage] +
                      " (expected vendor -> product_name -> product_version)");
    }
    for (const auto& c2 : f.b->branches) stack.push_back({&c2, stage});
  }
}

void test_6_3_10_version_range_used(const TestContext& ctx, TestSink& sink) {
  for_each_branch(ctx, [&](const csaf::Branch& b) {
    if (b.category && *b.category == "product_version_range")
      sink.report(member_pointer(b.source, "category"),
                  "a product_version_range is used; enumerating the versions is easier to match");
  });
}

void test_6_3_11_v_prefix(const TestContext& ctx, TestSink& sink) {
  static const std::regex kV("^[vV][0-9].*$");
  for_each_branch(ctx, [&](const csaf::Branch& b) {
    if (b.category && *b.category == "product_version" && b.name &&
        std::regex_match(b.name->begin(), b.name->end(), kV))
      sink.report(member_pointer(b.source, "name"), "the version \"" + std::string(*b.name) +
                                                        "\" starts with a v; give the version alone");
  });
}

}  // namespace vt::validation::informative
