// Table of this part's tests (see validation/test_parts.h). Entries with run == nullptr are not implemented yet: the validator reports them as not run, never as passed.
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_cvss() {
  return {
      {"6.1.8", TestGroup::kMandatory, nullptr},
      {"6.1.9", TestGroup::kMandatory, nullptr},
      {"6.1.10", TestGroup::kMandatory, nullptr},
  };
}

}  // namespace vt::validation
