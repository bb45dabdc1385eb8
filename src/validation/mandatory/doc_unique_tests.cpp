// 6.1.23-6.1.25, 6.1.28, 6.1.29, 6.1.31-6.1.33: things a document must not
// repeat or leave unattached (CVEs, involvements, hash algorithms, flags and
// remediations without products, version ranges posing as versions).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>


#include <absl/container/flat_hash_set.h>

#include "core/string_hash.h"
#include "core/strings.h"
#include "documents/csaf/product_tree_walk.h"
#include "validation/mandatory/document_tests.h"
#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

std::string member_pointer(const json::Value& object, std::string_view member) {
  std::string p = object.pointer();
  json::append_pointer(p, member);
  return p;
}

// Calls fn(helper) for every product identification helper of the tree.
template <typename Fn>
void for_each_helper(const csaf::ProductTree& tree, Fn&& fn) {
  csaf::for_each_full_product_name(tree, [&](const csaf::FullProductName& p) {
    if (p.product_identification_helper) fn(*p.product_identification_helper);
  });
}

}  // namespace

void test_6_1_23_same_cve(const TestContext& ctx, TestSink& sink) {
  // cve -> its first vulnerability; pointers are built only for a report.
  std::unordered_map<std::string_view, const csaf::Vulnerability*> first;
  for (const auto& v : ctx.doc.vulnerabilities) {
    if (!v.cve) continue;
    auto [it, inserted] = first.emplace(*v.cve, &v);
    if (!inserted)
      sink.report(member_pointer(v.source, "cve"),
                  std::string(*v.cve) + " is already described at " +
                      member_pointer(it->second->source, "cve") +
                      "; describe each CVE in one vulnerability item");
  }
}

void test_6_1_24_duplicate_involvement(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities) {
    std::unordered_set<std::string> seen;
    for (const auto& inv : v.involvements) {
      if (!inv.party) continue;
      // No date is one more "date": two undated items of one party collide too.
      std::string key = std::string(*inv.party) + '\0' + std::string(inv.date.value_or("\x01"));
      if (!seen.insert(key).second)
        sink.report(inv.source.pointer(), "party " + std::string(*inv.party) + " already has an involvement " +
                                              (inv.date ? "dated " + std::string(*inv.date) : "without date") +
                                              "; give one involvement per party and date");
    }
  }
}

void test_6_1_25_duplicate_hash_algorithm(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  absl::flat_hash_set<std::string_view, StringHash, StringEq> seen;
  for_each_helper(*ctx.doc.product_tree, [&](const csaf::ProductIdentificationHelper& h) {
    for (const auto& set : h.hashes) {
      seen.clear();  // a set: a file may list any number of hashes
      for (const auto& fh : set.file_hashes) {
        if (!fh.algorithm) continue;
        if (!seen.insert(*fh.algorithm).second)
          sink.report(member_pointer(fh.source, "algorithm"),
                      "hash algorithm " + std::string(*fh.algorithm) + " is used more than once for this file");
      }
    }
  });
}

void test_6_1_28_translation(const TestContext& ctx, TestSink& sink) {
  const auto& d = ctx.doc.document;
  if (d.lang && d.source_lang && ascii_lowered(*d.lang) == ascii_lowered(*d.source_lang))
    sink.report(member_pointer(d.source, "source_lang"),
                "the source language equals the document language " + std::string(*d.lang) +
                    "; a translation has a different language than its source");
}

void test_6_1_29_remediation_without_products(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities)
    for (const auto& r : v.remediations)
      if (!r.product_ids && !r.group_ids)
        sink.report(r.source.pointer(), "the remediation names no product_ids or group_ids, so it applies to nothing");
}

void test_6_1_31_version_range(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  // The spec's lists (6.1.31, worded precisely in the CSAF 2.1 draft and
  // matching the OASIS test files: "after-eight" is a version): operators
  // anywhere, keywords as whole white-space separated words.
  static constexpr std::string_view kOperators[] = {"<", ">"};  // also cover <= and >=
  static constexpr std::string_view kKeywords[] = {"after", "all", "before", "earlier",
                                                   "later", "prior", "versions"};
  csaf::for_each_branch(ctx.doc.product_tree->branches, [&](const csaf::Branch& branch) {
    const csaf::Branch* b = &branch;
    if (!b->category || *b->category != "product_version" || !b->name) return;
    const std::string name = ascii_lowered(*b->name);
    std::string_view found;
    for (std::string_view op : kOperators)
      if (name.find(op) != std::string::npos) found = op;
    for (std::size_t at = 0; found.empty() && at < name.size();) {
      while (at < name.size() && ascii_space(name[at])) ++at;
      std::size_t end = at;
      while (end < name.size() && !ascii_space(name[end])) ++end;
      std::string_view word(name.data() + at, end - at);
      for (std::string_view k : kKeywords)
        if (word == k) found = k;
      at = end;
    }
    if (!found.empty())
      sink.report(member_pointer(b->source, "name"),
                  "product_version \"" + std::string(*b->name) + "\" looks like a version range (\"" +
                      std::string(found) + "\"); use the category product_version_range for ranges");
  });
}

void test_6_1_32_flag_without_products(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities)
    for (const auto& f : v.flags)
      if (!f.product_ids && !f.group_ids)
        sink.report(f.source.pointer(), "the flag names no product_ids or group_ids, so it applies to nothing");
}

void test_6_1_33_multiple_vex_flags(const TestContext& ctx, TestSink& sink) {
  // The VEX justification codes of section 3.2.3.5.
  static constexpr std::string_view kJustifications[] = {
      "component_not_present", "inline_mitigations_already_exist", "vulnerable_code_cannot_be_controlled_by_adversary",
      "vulnerable_code_not_in_execute_path", "vulnerable_code_not_present"};
  for (const auto& v : ctx.doc.vulnerabilities) {
    std::unordered_map<std::string_view, std::size_t> flag_of;  // product id -> first flag index
    for (std::size_t i = 0; i < v.flags.size(); ++i) {
      const csaf::Flag& f = v.flags[i];
      if (!f.label || std::find(std::begin(kJustifications), std::end(kJustifications), *f.label) ==
                          std::end(kJustifications))
        continue;
      std::unordered_set<std::string_view> products;  // this flag's products, groups expanded
      if (f.product_ids)
        for_each_id(*f.product_ids, [&](std::string_view id, const IdAt&) { products.insert(id); });
      if (f.group_ids)
        for_each_id(*f.group_ids, [&](std::string_view gid, const IdAt&) {
          const auto* g = ctx.products.groups.find(gid);
          if (!g) return;
          for (std::string_view id : (*g)->product_ids) products.insert(id);
        });
      std::vector<std::string_view> sorted(products.begin(), products.end());
      std::sort(sorted.begin(), sorted.end());  // stable report order
      for (std::string_view id : sorted) {
        auto [it, inserted] = flag_of.emplace(id, i);
        if (!inserted)
          sink.report(f.source.pointer(), "product " + std::string(id) + " already has the VEX justification flag at " +
                                              v.flags[it->second].source.pointer() +
                                              "; give each product at most one justification");
      }
    }
  }
}

}  // namespace vt::validation::mandatory
