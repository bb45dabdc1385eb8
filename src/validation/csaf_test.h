// The tests of CSAF 2.0 section 6, one function per test, one file per test
// (or per small family), listed in mandatory_tests.cpp, optional_tests.cpp
// and informative_tests.cpp. A new test is one new file plus one table line.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/csaf/model.h"
#include "documents/csaf/product_index.h"
#include "core/result.h"
#include "validation/catalogues.h"
#include "validation/report.h"

namespace vt::validation {

enum class TestGroup { kMandatory, kOptional, kInformative };

struct TestOptions {
  bool online = false;  // tests 6.3.6/6.3.7 check URLs; off by default
  // Answers the HTTP status of a URL. The validation module never fetches
  // itself (design rule): the application injects this when --online.
  std::function<Result<int>(std::string_view url)> http_status;
};

// Everything a test may look at. Built once per document.
struct TestContext {
  const csaf::Document& doc;
  const csaf::ProductIndex& products;
  const Catalogues& catalogues;
  const TestOptions& options;
  // The whole document passed the CSAF JSON schema (the validator sets it
  // after its schema pass): tests may skip checks that the schema implies.
  bool schema_valid = false;
};

// Where a test reports. `path` is a JSON pointer (json::Value::pointer()).
class TestSink {
 public:
  TestSink(std::string_view test, std::vector<Finding>& out) : test_(test), out_(out) {}
  void report(std::string path, std::string message) {
    out_.push_back(Finding{std::string(test_), std::move(path), std::move(message)});
  }
  std::string_view test() const { return test_; }

 private:
  std::string_view test_;
  std::vector<Finding>& out_;
};

using TestFunction = void (*)(const TestContext&, TestSink&);

// The JSON pointer of `object`'s member `member` (which may be absent: the
// place where it belongs).
inline std::string member_pointer(const json::Value& object, std::string_view member) {
  std::string p = object.pointer();
  json::append_pointer(p, member);
  return p;
}

struct CsafTest {
  const char* id;  // "6.1.1"
  TestGroup group;
  TestFunction run;  // nullptr: not implemented, reported as not run
  bool needs_network = false;  // run only with TestOptions::online
};

// The tables, in section order.
const std::vector<CsafTest>& mandatory_tests();
const std::vector<CsafTest>& optional_tests();
const std::vector<CsafTest>& informative_tests();

}  // namespace vt::validation
