// Table of the optional tests 6.2.1-6.2.20 (see validation/test_parts.h).
#include "validation/optional/optional_tests.h"
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> optional_tests_part() {
  using namespace optional;
  return {
      {"6.2.1", TestGroup::kOptional, test_6_2_1_unused_product_id},
      {"6.2.2", TestGroup::kOptional, test_6_2_2_missing_remediation},
      {"6.2.3", TestGroup::kOptional, test_6_2_3_missing_score},
      {"6.2.4", TestGroup::kOptional, test_6_2_4_build_metadata},
      {"6.2.5", TestGroup::kOptional, test_6_2_5_older_initial_release},
      {"6.2.6", TestGroup::kOptional, test_6_2_6_older_current_release},
      {"6.2.7", TestGroup::kOptional, test_6_2_7_involvement_date},
      {"6.2.8", TestGroup::kOptional, test_6_2_8_md5_only},
      {"6.2.9", TestGroup::kOptional, test_6_2_9_sha1_only},
      {"6.2.10", TestGroup::kOptional, test_6_2_10_tlp_label},
      {"6.2.11", TestGroup::kOptional, test_6_2_11_canonical_url},
      {"6.2.12", TestGroup::kOptional, test_6_2_12_document_language},
      {"6.2.13", TestGroup::kOptional, test_6_2_13_sorting},
      {"6.2.14", TestGroup::kOptional, test_6_2_14_private_language},
      {"6.2.15", TestGroup::kOptional, test_6_2_15_default_language},
      {"6.2.16", TestGroup::kOptional, test_6_2_16_missing_helper},
      {"6.2.17", TestGroup::kOptional, test_6_2_17_cve_in_ids},
      {"6.2.18", TestGroup::kOptional, test_6_2_18_range_without_vers},
      {"6.2.19", TestGroup::kOptional, test_6_2_19_cvss_for_fixed},
      {"6.2.20", TestGroup::kOptional, test_6_2_20_additional_properties},
  };
}

}  // namespace vt::validation
