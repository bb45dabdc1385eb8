// Table of this part's tests (see validation/test_parts.h).
#include "validation/mandatory/product_id_tests.h"
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_product_ids() {
  using namespace mandatory;
  return {
      {"6.1.1", TestGroup::kMandatory, &test_6_1_1_missing_product_id},
      {"6.1.2", TestGroup::kMandatory, &test_6_1_2_multiple_product_id},
      {"6.1.3", TestGroup::kMandatory, &test_6_1_3_circular_product_id},
      {"6.1.4", TestGroup::kMandatory, &test_6_1_4_missing_group_id},
      {"6.1.5", TestGroup::kMandatory, &test_6_1_5_multiple_group_id},
      {"6.1.6", TestGroup::kMandatory, &test_6_1_6_contradicting_status},
      {"6.1.7", TestGroup::kMandatory, &test_6_1_7_multiple_scores},
      {"6.1.11", TestGroup::kMandatory, &test_6_1_11_cwe},
      {"6.1.12", TestGroup::kMandatory, &test_6_1_12_language},
      {"6.1.13", TestGroup::kMandatory, &test_6_1_13_purl},
      {"6.1.14", TestGroup::kMandatory, &test_6_1_14_sorted_revision_history},
      {"6.1.15", TestGroup::kMandatory, &test_6_1_15_translator},
      {"6.1.16", TestGroup::kMandatory, &test_6_1_16_latest_document_version},
  };
}

}  // namespace vt::validation
