// Assembles the test tables from the parts that implement them, in section
// order. Each part lives in its own folder with its own table file.
#include <algorithm>
#include <charconv>

#include "validation/csaf_test.h"
#include "validation/test_parts.h"

namespace vt::validation {
namespace {

// "6.1.27.10" sorts after "6.1.27.9": compare the dotted numbers as numbers.
bool section_less(const CsafTest& a, const CsafTest& b) {
  std::string_view x = a.id, y = b.id;
  while (!x.empty() && !y.empty()) {
    unsigned nx = 0, ny = 0;
    auto px = std::from_chars(x.data(), x.data() + x.size(), nx).ptr;
    auto py = std::from_chars(y.data(), y.data() + y.size(), ny).ptr;
    if (nx != ny) return nx < ny;
    x.remove_prefix(static_cast<size_t>(px - x.data()));
    y.remove_prefix(static_cast<size_t>(py - y.data()));
    if (!x.empty()) x.remove_prefix(1);
    if (!y.empty()) y.remove_prefix(1);
  }
  return x.size() < y.size();
}

std::vector<CsafTest> sorted(std::vector<CsafTest> tests) {
  std::sort(tests.begin(), tests.end(), section_less);
  return tests;
}

}  // namespace

const std::vector<CsafTest>& mandatory_tests() {
  static const std::vector<CsafTest> tests = [] {
    std::vector<CsafTest> all = mandatory_tests_product_ids();
    for (auto& t : mandatory_tests_document()) all.push_back(t);
    for (auto& t : mandatory_tests_cvss()) all.push_back(t);
    return sorted(std::move(all));
  }();
  return tests;
}

const std::vector<CsafTest>& optional_tests() {
  static const std::vector<CsafTest> tests = sorted(optional_tests_part());
  return tests;
}

const std::vector<CsafTest>& informative_tests() {
  static const std::vector<CsafTest> tests = sorted(informative_tests_part());
  return tests;
}

}  // namespace vt::validation
