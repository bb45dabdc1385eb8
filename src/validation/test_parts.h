// Internal: the part tables that test_tables.cpp assembles. Each part is
// implemented by the files of one folder:
//   mandatory/  6.1.1-6.1.8, 6.1.11-6.1.16        mandatory_tests_product_ids()
//   mandatory/  6.1.17-6.1.33 (incl. 6.1.27.x)    mandatory_tests_document()
//   cvss/       6.1.9, 6.1.10                     mandatory_tests_cvss()
//   optional/   6.2.x                             optional_tests_part()
//   informative/ 6.3.x                            informative_tests_part()
#pragma once

#include <vector>

#include "validation/csaf_test.h"

namespace vt::validation {

std::vector<CsafTest> mandatory_tests_product_ids();
std::vector<CsafTest> mandatory_tests_document();
std::vector<CsafTest> mandatory_tests_cvss();
std::vector<CsafTest> optional_tests_part();
std::vector<CsafTest> informative_tests_part();

}  // namespace vt::validation
