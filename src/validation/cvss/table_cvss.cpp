// Table of the mandatory tests on CVSS objects (see validation/test_parts.h).
#include "validation/cvss/cvss_tests.h"
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_cvss() {
  return {
      {"6.1.8", TestGroup::kMandatory, cvss::test_6_1_8_invalid_cvss},
      {"6.1.9", TestGroup::kMandatory, cvss::test_6_1_9_invalid_cvss_computation},
      {"6.1.10", TestGroup::kMandatory, cvss::test_6_1_10_inconsistent_cvss},
  };
}

}  // namespace vt::validation
