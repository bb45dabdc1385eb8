// Internal: the CSAF tests that use the CVSS calculators (6.1.8-6.1.10),
// listed in table_cvss.cpp.
#pragma once

#include "validation/csaf_test.h"
#include "validation/cvss/cvss.h"

namespace vt::validation::cvss {

// Adds the temporal and environmental metrics a CVSS object states as
// properties but its vector leaves out (6.2.19 reads them together).
void add_property_metrics(Vector& v, const json::Value& object);

void test_6_1_8_invalid_cvss(const TestContext& ctx, TestSink& sink);
void test_6_1_9_invalid_cvss_computation(const TestContext& ctx, TestSink& sink);
void test_6_1_10_inconsistent_cvss(const TestContext& ctx, TestSink& sink);

}  // namespace vt::validation::cvss
