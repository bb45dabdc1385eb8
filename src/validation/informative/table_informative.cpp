// Table of the informative tests 6.3.1-6.3.11 (see validation/test_parts.h).
// 6.3.6/6.3.7 need the network and run only with --online.
#include "validation/informative/informative_tests.h"
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> informative_tests_part() {
  using namespace informative;
  return {
      {"6.3.1", TestGroup::kInformative, test_6_3_1_cvss_v2_only},
      {"6.3.2", TestGroup::kInformative, test_6_3_2_cvss_v30},
      {"6.3.3", TestGroup::kInformative, test_6_3_3_missing_cve},
      {"6.3.4", TestGroup::kInformative, test_6_3_4_missing_cwe},
      {"6.3.5", TestGroup::kInformative, test_6_3_5_short_hash},
      {"6.3.6", TestGroup::kInformative, test_6_3_6_non_self_urls, true},
      {"6.3.7", TestGroup::kInformative, test_6_3_7_self_urls, true},
      {"6.3.8", TestGroup::kInformative, test_6_3_8_spell_check},
      {"6.3.9", TestGroup::kInformative, test_6_3_9_branch_categories},
      {"6.3.10", TestGroup::kInformative, test_6_3_10_version_range_used},
      {"6.3.11", TestGroup::kInformative, test_6_3_11_v_prefix},
  };
}

}  // namespace vt::validation
