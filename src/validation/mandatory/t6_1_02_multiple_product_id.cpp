// 6.1.2 Multiple Definition of Product ID: the product_id of each Full
// Product Name (full_product_names, branches, relationships) "was not
// already defined within the same document".
#include <string>

#include <absl/container/flat_hash_map.h>

#include "core/string_hash.h"

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {

void test_6_1_2_multiple_product_id(const TestContext& ctx, TestSink& sink) {
  absl::flat_hash_map<std::string_view, const csaf::ProductRef*, StringHash, StringEq> first;
  first.reserve(ctx.products.product_definitions.size());
  for (const csaf::ProductRef& def : ctx.products.product_definitions) {
    const auto [it, inserted] = first.emplace(def.id, &def);
    if (inserted) continue;
    sink.report(def.pointer(), "product id " + std::string(def.id) +
                                   " is defined again; it was first defined at " +
                                   it->second->pointer());
  }
}

}  // namespace vt::validation::mandatory
