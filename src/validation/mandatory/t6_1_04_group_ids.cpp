// 6.1.4 Missing Definition of Product Group ID: every group id outside
// /product_tree/product_groups (remediations, threats, flags) "MUST" match
// the group_id of a defined Product Group.
// 6.1.5 Multiple Definition of Product Group ID: each group_id in
// /product_tree/product_groups "was not already defined within the same
// document".
#include <string>
#include <unordered_map>

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {

void test_6_1_4_missing_group_id(const TestContext& ctx, TestSink& sink) {
  csaf::for_each_group_reference(ctx.doc, [&](const csaf::ProductRef& ref) {
    if (ctx.products.groups.contains(ref.id)) return;
    sink.report(ref.pointer(),
                "product group id " + std::string(ref.id) +
                    " is referenced but never defined in /product_tree/product_groups");
  });
}

void test_6_1_5_multiple_group_id(const TestContext& ctx, TestSink& sink) {
  std::unordered_map<std::string_view, const csaf::ProductRef*> first;
  for (const csaf::ProductRef& def : ctx.products.group_definitions) {
    const auto [it, inserted] = first.emplace(def.id, &def);
    if (inserted) continue;
    sink.report(def.pointer(), "product group id " + std::string(def.id) +
                                   " is defined again; it was first defined at " +
                                   it->second->pointer());
  }
}

}  // namespace vt::validation::mandatory
