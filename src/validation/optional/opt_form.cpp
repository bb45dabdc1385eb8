// 6.2.8, 6.2.9, 6.2.13, 6.2.18, 6.2.20: weak hashes alone, key order,
// ranges that are not vers, properties the schema does not define.
#include <algorithm>
#include <regex>
#include <set>

#include "core/strings.h"
#include "validation/optional/optional_tests.h"
#include "validation/schema/schema.h"

namespace vt::validation::optional {
namespace {

template <typename Fn>
void for_each_product(const csaf::ProductTree& tree, Fn&& fn) {
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

void weak_only(const TestContext& ctx, TestSink& sink, std::string_view weak) {
  if (!ctx.doc.product_tree) return;
  for_each_product(*ctx.doc.product_tree, [&](const csaf::FullProductName& p) {
    if (!p.product_identification_helper) return;
    for (const auto& set : p.product_identification_helper->hashes) {
      bool has_weak = false, has_other = false;
      for (const auto& h : set.file_hashes) {
        if (!h.algorithm) continue;
        const std::string a = ascii_lowered(*h.algorithm);
        (a == weak ? has_weak : has_other) = true;
      }
      if (has_weak && !has_other)
        sink.report(member_pointer(set.source, "file_hashes"),
                    std::string(weak) + " is the only hash of this file; add a stronger one (sha256 or better)");
    }
  });
}

}  // namespace

void test_6_2_8_md5_only(const TestContext& ctx, TestSink& sink) { weak_only(ctx, sink, "md5"); }
void test_6_2_9_sha1_only(const TestContext& ctx, TestSink& sink) { weak_only(ctx, sink, "sha1"); }

void test_6_2_13_sorting(const TestContext& ctx, TestSink& sink) {
  std::vector<json::Value> stack{ctx.doc.source};
  while (!stack.empty()) {  // iterative: nesting depth is the document's
    json::Value v = stack.back();
    stack.pop_back();
    if (v.is_array()) {
      for (json::Value item : v.items()) stack.push_back(item);
      continue;
    }
    if (!v.is_object()) continue;
    std::string_view previous;
    bool reported = false;
    for (auto [key, value] : v.members()) {
      if (!reported && !previous.empty() && key < previous) {
        sink.report(value.pointer(), "the key " + std::string(key) + " comes after " + std::string(previous) +
                                         "; keys are sorted alphabetically");
        reported = true;  // one finding per object
      }
      previous = key;
      stack.push_back(value);
    }
  }
}

void test_6_2_18_range_without_vers(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  static const std::regex kVers(R"(^vers:[a-z\.\-\+][a-z0-9\.\-\+]*/.+)");
  std::vector<const csaf::Branch*> stack;  // reversed, so findings come in document order
  for (auto it = ctx.doc.product_tree->branches.rbegin(); it != ctx.doc.product_tree->branches.rend(); ++it)
    stack.push_back(&*it);
  while (!stack.empty()) {
    const csaf::Branch* b = stack.back();
    stack.pop_back();
    for (auto it = b->branches.rbegin(); it != b->branches.rend(); ++it) stack.push_back(&*it);
    if (!b->category || *b->category != "product_version_range" || !b->name) continue;
    if (!std::regex_search(b->name->begin(), b->name->end(), kVers))
      sink.report(member_pointer(b->source, "name"), "the version range \"" + std::string(*b->name) +
                                                         "\" is not written as vers (vers:<type>/<constraints>)");
  }
}

void test_6_2_20_additional_properties(const TestContext& ctx, TestSink& sink) {
  // What the strict schema rejects and the published one accepts: a
  // property the schema does not define.
  std::vector<Finding> strict, normal;
  ctx.catalogues.csaf_schema(true)->validate(ctx.doc.source, strict);
  if (strict.empty()) return;
  ctx.catalogues.csaf_schema(false)->validate(ctx.doc.source, normal);
  std::set<std::pair<std::string, std::string>> known;
  for (const auto& f : normal) known.emplace(f.path, f.message);
  for (const auto& f : strict)
    if (!known.count({f.path, f.message}))
      sink.report(f.path, "not defined in the CSAF schema: " + f.message);
}

}  // namespace vt::validation::optional
