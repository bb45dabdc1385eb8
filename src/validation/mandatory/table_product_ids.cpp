// Table of this part's tests (see validation/test_parts.h).
#include "validation/test_parts.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_product_ids() {
  return {};
}

}  // namespace vt::validation
