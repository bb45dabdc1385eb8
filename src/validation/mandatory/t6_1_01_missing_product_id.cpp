// 6.1.1 Missing Definition of Product ID: every product id that refers to
// the product tree (product_status, remediations, scores, threats, flags,
// product_groups, relationships) "MUST" match the product_id of a Full
// Product Name defined in /product_tree.
#include <string>

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {

void test_6_1_1_missing_product_id(const TestContext& ctx, TestSink& sink) {
  // Inlined into the walk: it runs for every reference of a document (about
  // 120 per CISA advisory), and a call per reference cost as much as the
  // look-up itself.
  csaf::for_each_product_reference(
      ctx.doc, [&](const csaf::ProductRef& ref) __attribute__((always_inline)) {
        if (ctx.products.products.contains(ref.id)) return;
        sink.report(ref.pointer(), "product id " + std::string(ref.id) +
                                       " is referenced but never defined in /product_tree");
      });
}

}  // namespace vt::validation::mandatory
