// Table of this part's tests (see validation/test_parts.h). Entries with run == nullptr are not implemented yet: the validator reports them as not run, never as passed.
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_document() {
  return {
      {"6.1.17", TestGroup::kMandatory, nullptr},
      {"6.1.18", TestGroup::kMandatory, nullptr},
      {"6.1.19", TestGroup::kMandatory, nullptr},
      {"6.1.20", TestGroup::kMandatory, nullptr},
      {"6.1.21", TestGroup::kMandatory, nullptr},
      {"6.1.22", TestGroup::kMandatory, nullptr},
      {"6.1.23", TestGroup::kMandatory, nullptr},
      {"6.1.24", TestGroup::kMandatory, nullptr},
      {"6.1.25", TestGroup::kMandatory, nullptr},
      {"6.1.26", TestGroup::kMandatory, nullptr},
      {"6.1.27.1", TestGroup::kMandatory, nullptr},
      {"6.1.27.2", TestGroup::kMandatory, nullptr},
      {"6.1.27.3", TestGroup::kMandatory, nullptr},
      {"6.1.27.4", TestGroup::kMandatory, nullptr},
      {"6.1.27.5", TestGroup::kMandatory, nullptr},
      {"6.1.27.6", TestGroup::kMandatory, nullptr},
      {"6.1.27.7", TestGroup::kMandatory, nullptr},
      {"6.1.27.8", TestGroup::kMandatory, nullptr},
      {"6.1.27.9", TestGroup::kMandatory, nullptr},
      {"6.1.27.10", TestGroup::kMandatory, nullptr},
      {"6.1.27.11", TestGroup::kMandatory, nullptr},
      {"6.1.28", TestGroup::kMandatory, nullptr},
      {"6.1.29", TestGroup::kMandatory, nullptr},
      {"6.1.30", TestGroup::kMandatory, nullptr},
      {"6.1.31", TestGroup::kMandatory, nullptr},
      {"6.1.32", TestGroup::kMandatory, nullptr},
      {"6.1.33", TestGroup::kMandatory, nullptr},
  };
}

}  // namespace vt::validation
