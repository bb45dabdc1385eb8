// Table of the mandatory tests 6.1.17-6.1.33 (see validation/test_parts.h).
#include "validation/mandatory/document_tests.h"
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_document() {
  return {
      {"6.1.17", TestGroup::kMandatory, mandatory::test_6_1_17_document_status_draft},
      {"6.1.18", TestGroup::kMandatory, mandatory::test_6_1_18_released_revision_history},
      {"6.1.19", TestGroup::kMandatory, mandatory::test_6_1_19_prerelease_revisions},
      {"6.1.20", TestGroup::kMandatory, mandatory::test_6_1_20_non_draft_version},
      {"6.1.21", TestGroup::kMandatory, mandatory::test_6_1_21_missing_revision},
      {"6.1.22", TestGroup::kMandatory, mandatory::test_6_1_22_duplicate_revision},
      {"6.1.23", TestGroup::kMandatory, mandatory::test_6_1_23_same_cve},
      {"6.1.24", TestGroup::kMandatory, mandatory::test_6_1_24_duplicate_involvement},
      {"6.1.25", TestGroup::kMandatory, mandatory::test_6_1_25_duplicate_hash_algorithm},
      {"6.1.26", TestGroup::kMandatory, mandatory::test_6_1_26_prohibited_category},
      {"6.1.27.1", TestGroup::kMandatory, mandatory::test_6_1_27_1_document_notes},
      {"6.1.27.2", TestGroup::kMandatory, mandatory::test_6_1_27_2_document_references},
      {"6.1.27.3", TestGroup::kMandatory, mandatory::test_6_1_27_3_no_vulnerabilities},
      {"6.1.27.4", TestGroup::kMandatory, mandatory::test_6_1_27_4_product_tree},
      {"6.1.27.5", TestGroup::kMandatory, mandatory::test_6_1_27_5_vulnerability_notes},
      {"6.1.27.6", TestGroup::kMandatory, mandatory::test_6_1_27_6_product_status},
      {"6.1.27.7", TestGroup::kMandatory, mandatory::test_6_1_27_7_vex_product_status},
      {"6.1.27.8", TestGroup::kMandatory, mandatory::test_6_1_27_8_vulnerability_id},
      {"6.1.27.9", TestGroup::kMandatory, mandatory::test_6_1_27_9_impact_statement},
      {"6.1.27.10", TestGroup::kMandatory, mandatory::test_6_1_27_10_action_statement},
      {"6.1.27.11", TestGroup::kMandatory, mandatory::test_6_1_27_11_vulnerabilities},
      {"6.1.28", TestGroup::kMandatory, mandatory::test_6_1_28_translation},
      {"6.1.29", TestGroup::kMandatory, mandatory::test_6_1_29_remediation_without_products},
      {"6.1.30", TestGroup::kMandatory, mandatory::test_6_1_30_mixed_versioning},
      {"6.1.31", TestGroup::kMandatory, mandatory::test_6_1_31_version_range},
      {"6.1.32", TestGroup::kMandatory, mandatory::test_6_1_32_flag_without_products},
      {"6.1.33", TestGroup::kMandatory, mandatory::test_6_1_33_multiple_vex_flags},
  };
}

}  // namespace vt::validation
