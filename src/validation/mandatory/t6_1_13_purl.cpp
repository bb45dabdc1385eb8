// 6.1.13 PURL: "It MUST be tested that given PURL is valid" for every
// product_identification_helper/purl (full_product_names, branches,
// relationships).
//
// The purl is parsed by version::parse_purl: the generic syntax and the
// rules of the purl type definitions, checked against the purl-spec suites
// in src/version/purl_conformance_test.cpp.
#include <string>

#include "documents/csaf/product_tree_walk.h"
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
  csaf::for_each_full_product_name(*ctx.doc.product_tree,
                                   [&](const csaf::FullProductName& p) { check_product(p, sink); });
}

}  // namespace vt::validation::mandatory
