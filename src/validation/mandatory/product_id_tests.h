// Internal: the mandatory tests of CSAF 2.0 section 6.1 about product and
// group ids, product status, scores, CWE, language, purl and the revision
// history (6.1.1-6.1.7, 6.1.11-6.1.16). Listed in table_product_ids.cpp.
#pragma once

#include <string>
#include <string_view>

#include "documents/csaf/model.h"
#include "documents/csaf/product_index.h"
#include "validation/csaf_test.h"

namespace vt::validation::mandatory {

void test_6_1_1_missing_product_id(const TestContext& ctx, TestSink& sink);
void test_6_1_2_multiple_product_id(const TestContext& ctx, TestSink& sink);
void test_6_1_3_circular_product_id(const TestContext& ctx, TestSink& sink);
void test_6_1_4_missing_group_id(const TestContext& ctx, TestSink& sink);
void test_6_1_5_multiple_group_id(const TestContext& ctx, TestSink& sink);
void test_6_1_6_contradicting_status(const TestContext& ctx, TestSink& sink);
void test_6_1_7_multiple_scores(const TestContext& ctx, TestSink& sink);
void test_6_1_11_cwe(const TestContext& ctx, TestSink& sink);
void test_6_1_12_language(const TestContext& ctx, TestSink& sink);
void test_6_1_13_purl(const TestContext& ctx, TestSink& sink);
void test_6_1_14_sorted_revision_history(const TestContext& ctx, TestSink& sink);
void test_6_1_15_translator(const TestContext& ctx, TestSink& sink);
void test_6_1_16_latest_document_version(const TestContext& ctx, TestSink& sink);

// Where an id stands in its list: pointer() names the place (built only
// when a test reports).
struct IdAt {
  const csaf::ProductIdList* list = nullptr;
  std::size_t index = 0;  // position in the JSON array
  std::string pointer() const {
    std::string p = list->source.pointer();
    json::append_pointer(p, index);
    return p;
  }
};

// Calls fn(id, at) for each string item of a product or group id list.
template <typename Fn>
void for_each_id(const csaf::ProductIdList& list, Fn&& fn) {
  auto each = [&](const csaf::ProductRef& ref) { fn(ref.id, IdAt{&list, ref.item}); };
  csaf::detail::each_listed(list.source, each);
}

}  // namespace vt::validation::mandatory
