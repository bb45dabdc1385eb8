// 6.1.13 PURL: "It MUST be tested that given PURL is valid" for every
// product_identification_helper/purl (full_product_names, branches,
// relationships).
//
// The purl is parsed by version::parse_purl: the generic syntax and the
// rules of the purl type definitions, checked against the purl-spec suites
// in src/version/purl_conformance_test.cpp.
#include <string>

#include "validation/mandatory/product_id_tests.h"
#include "version/purl.h"

namespace vt::validation::mandatory {
namespace {

void check_product(const csaf::FullProductName& product, TestSink& sink) {
  if (!product.product_identification_helper || !product.product_identification_helper->purl) {
    return;
  }
  const std::string_view purl = *product.product_identification_helper->purl;
  auto parsed = version::parse_purl(purl);
  if (parsed.ok()) return;
  sink.report(product.product_identification_helper->source.pointer() + "/purl",
              "not a valid package URL: " + parsed.error().message);
}

}  // namespace

void test_6_1_13_purl(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  const csaf::ProductTree& tree = *ctx.doc.product_tree;
  for (const csaf::FullProductName& p : tree.full_product_names) check_product(p, sink);
  std::vector<const csaf::Branch*> stack;  // explicit stack: branches nest arbitrarily deep
  for (auto it = tree.branches.rbegin(); it != tree.branches.rend(); ++it) stack.push_back(&*it);
  while (!stack.empty()) {
    const csaf::Branch* branch = stack.back();
    stack.pop_back();
    if (branch->product) check_product(*branch->product, sink);
    for (auto it = branch->branches.rbegin(); it != branch->branches.rend(); ++it) {
      stack.push_back(&*it);
    }
  }
  for (const csaf::Relationship& r : tree.relationships) {
    if (r.full_product_name) check_product(*r.full_product_name, sink);
  }
}

}  // namespace vt::validation::mandatory
