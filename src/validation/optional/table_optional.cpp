// Table of this part's tests (see validation/test_parts.h). Entries with run == nullptr are not implemented yet: the validator reports them as not run, never as passed.
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> optional_tests_part() {
  return {
      {"6.2.1", TestGroup::kOptional, nullptr},
      {"6.2.2", TestGroup::kOptional, nullptr},
      {"6.2.3", TestGroup::kOptional, nullptr},
      {"6.2.4", TestGroup::kOptional, nullptr},
      {"6.2.5", TestGroup::kOptional, nullptr},
      {"6.2.6", TestGroup::kOptional, nullptr},
      {"6.2.7", TestGroup::kOptional, nullptr},
      {"6.2.8", TestGroup::kOptional, nullptr},
      {"6.2.9", TestGroup::kOptional, nullptr},
      {"6.2.10", TestGroup::kOptional, nullptr},
      {"6.2.11", TestGroup::kOptional, nullptr},
      {"6.2.12", TestGroup::kOptional, nullptr},
      {"6.2.13", TestGroup::kOptional, nullptr},
      {"6.2.14", TestGroup::kOptional, nullptr},
      {"6.2.15", TestGroup::kOptional, nullptr},
      {"6.2.16", TestGroup::kOptional, nullptr},
      {"6.2.17", TestGroup::kOptional, nullptr},
      {"6.2.18", TestGroup::kOptional, nullptr},
      {"6.2.19", TestGroup::kOptional, nullptr},
      {"6.2.20", TestGroup::kOptional, nullptr},
  };
}

}  // namespace vt::validation
