// Internal: the informative tests of CSAF 2.0 section 6.3 (infos), listed in
// table_informative.cpp.
#pragma once

#include "validation/csaf_test.h"

namespace vt::validation::informative {

void test_6_3_1_cvss_v2_only(const TestContext&, TestSink&);
void test_6_3_2_cvss_v30(const TestContext&, TestSink&);
void test_6_3_3_missing_cve(const TestContext&, TestSink&);
void test_6_3_4_missing_cwe(const TestContext&, TestSink&);
void test_6_3_5_short_hash(const TestContext&, TestSink&);
void test_6_3_6_non_self_urls(const TestContext&, TestSink&);
void test_6_3_7_self_urls(const TestContext&, TestSink&);
void test_6_3_8_spell_check(const TestContext&, TestSink&);
void test_6_3_9_branch_categories(const TestContext&, TestSink&);
void test_6_3_10_version_range_used(const TestContext&, TestSink&);
void test_6_3_11_v_prefix(const TestContext&, TestSink&);

}  // namespace vt::validation::informative
