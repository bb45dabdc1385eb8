// Internal: the optional tests of CSAF 2.0 section 6.2 (warnings), listed in
// table_optional.cpp.
#pragma once

#include "validation/csaf_test.h"

namespace vt::validation::optional {

// products (opt_products.cpp)
void test_6_2_1_unused_product_id(const TestContext&, TestSink&);
void test_6_2_2_missing_remediation(const TestContext&, TestSink&);
void test_6_2_3_missing_score(const TestContext&, TestSink&);
void test_6_2_16_missing_helper(const TestContext&, TestSink&);
void test_6_2_19_cvss_for_fixed(const TestContext&, TestSink&);
// tracking and document (opt_document.cpp)
void test_6_2_4_build_metadata(const TestContext&, TestSink&);
void test_6_2_5_older_initial_release(const TestContext&, TestSink&);
void test_6_2_6_older_current_release(const TestContext&, TestSink&);
void test_6_2_7_involvement_date(const TestContext&, TestSink&);
void test_6_2_10_tlp_label(const TestContext&, TestSink&);
void test_6_2_11_canonical_url(const TestContext&, TestSink&);
void test_6_2_12_document_language(const TestContext&, TestSink&);
void test_6_2_14_private_language(const TestContext&, TestSink&);
void test_6_2_15_default_language(const TestContext&, TestSink&);
void test_6_2_17_cve_in_ids(const TestContext&, TestSink&);
// form (opt_form.cpp)
void test_6_2_8_md5_only(const TestContext&, TestSink&);
void test_6_2_9_sha1_only(const TestContext&, TestSink&);
void test_6_2_13_sorting(const TestContext&, TestSink&);
void test_6_2_18_range_without_vers(const TestContext&, TestSink&);
void test_6_2_20_additional_properties(const TestContext&, TestSink&);

}  // namespace vt::validation::optional
