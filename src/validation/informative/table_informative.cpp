// Table of this part's tests (see validation/test_parts.h). Entries with run == nullptr are not implemented yet: the validator reports them as not run, never as passed.
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> informative_tests_part() {
  return {
      {"6.3.1", TestGroup::kInformative, nullptr},
      {"6.3.2", TestGroup::kInformative, nullptr},
      {"6.3.3", TestGroup::kInformative, nullptr},
      {"6.3.4", TestGroup::kInformative, nullptr},
      {"6.3.5", TestGroup::kInformative, nullptr},
      {"6.3.6", TestGroup::kInformative, nullptr, true},
      {"6.3.7", TestGroup::kInformative, nullptr, true},
      {"6.3.8", TestGroup::kInformative, nullptr},
      {"6.3.9", TestGroup::kInformative, nullptr},
      {"6.3.10", TestGroup::kInformative, nullptr},
      {"6.3.11", TestGroup::kInformative, nullptr},
  };
}

}  // namespace vt::validation
