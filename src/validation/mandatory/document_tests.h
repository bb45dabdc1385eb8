// Mandatory tests 6.1.17-6.1.33 of CSAF 2.0 (revision history, uniqueness,
// profiles), listed in table_document.cpp.
#pragma once

#include "validation/csaf_test.h"

namespace vt::validation::mandatory {

void test_6_1_17_document_status_draft(const TestContext&, TestSink&);
void test_6_1_18_released_revision_history(const TestContext&, TestSink&);
void test_6_1_19_prerelease_revisions(const TestContext&, TestSink&);
void test_6_1_20_non_draft_version(const TestContext&, TestSink&);
void test_6_1_21_missing_revision(const TestContext&, TestSink&);
void test_6_1_22_duplicate_revision(const TestContext&, TestSink&);
void test_6_1_30_mixed_versioning(const TestContext&, TestSink&);

void test_6_1_23_same_cve(const TestContext&, TestSink&);
void test_6_1_24_duplicate_involvement(const TestContext&, TestSink&);
void test_6_1_25_duplicate_hash_algorithm(const TestContext&, TestSink&);
void test_6_1_28_translation(const TestContext&, TestSink&);
void test_6_1_29_remediation_without_products(const TestContext&, TestSink&);
void test_6_1_31_version_range(const TestContext&, TestSink&);
void test_6_1_32_flag_without_products(const TestContext&, TestSink&);
void test_6_1_33_multiple_vex_flags(const TestContext&, TestSink&);

void test_6_1_26_prohibited_category(const TestContext&, TestSink&);
void test_6_1_27_1_document_notes(const TestContext&, TestSink&);
void test_6_1_27_2_document_references(const TestContext&, TestSink&);
void test_6_1_27_3_no_vulnerabilities(const TestContext&, TestSink&);
void test_6_1_27_4_product_tree(const TestContext&, TestSink&);
void test_6_1_27_5_vulnerability_notes(const TestContext&, TestSink&);
void test_6_1_27_6_product_status(const TestContext&, TestSink&);
void test_6_1_27_7_vex_product_status(const TestContext&, TestSink&);
void test_6_1_27_8_vulnerability_id(const TestContext&, TestSink&);
void test_6_1_27_9_impact_statement(const TestContext&, TestSink&);
void test_6_1_27_10_action_statement(const TestContext&, TestSink&);
void test_6_1_27_11_vulnerabilities(const TestContext&, TestSink&);

}  // namespace vt::validation::mandatory
