// Test support (header only, for *_test.cpp): runs one CSAF test function on
// an inline JSON document and returns its findings.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string_view>
#include <vector>

#include "documents/csaf/parse.h"
#include "documents/csaf/product_index.h"
#include "json/json.h"
#include "validation/catalogues.h"
#include "validation/csaf_test.h"

namespace vt::validation::testing {

inline std::vector<Finding> run_csaf_test(TestFunction test, std::string_view text,
                                          const TestOptions& options = {}) {
  static const std::shared_ptr<const Catalogues> catalogues = [] {
    auto loaded = Catalogues::load(VT_BUILD_DATA_DIR);
    EXPECT_TRUE(loaded) << loaded.error().to_string();
    return loaded ? *loaded : nullptr;
  }();
  json::Parser parser;
  auto root = parser.parse(text, "inline");
  EXPECT_TRUE(root) << root.error().to_string();
  if (!root || !catalogues) return {};
  auto doc = csaf::parse_document(*root);
  EXPECT_TRUE(doc);
  if (!doc) return {};
  const csaf::ProductIndex index = csaf::index_products(*doc);
  const TestContext ctx{*doc, index, *catalogues, options};
  std::vector<Finding> findings;
  TestSink sink("test", findings);
  test(ctx, sink);
  return findings;
}

}  // namespace vt::validation::testing
