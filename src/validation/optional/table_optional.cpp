// Table of this part's tests (see validation/test_parts.h).
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> optional_tests_part() {
  return {};
}

}  // namespace vt::validation
