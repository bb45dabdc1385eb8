// Test support for the schema engine: writes inline schemas to a scratch
// directory (the engine loads schemas by path), compiles them and validates
// inline JSON instances, returning the findings.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "json/json.h"
#include "validation/schema/schema.h"

namespace vt::validation::schema::testing_support {

// One scratch directory per test; files named as given.
class SchemaFiles {
 public:
  SchemaFiles() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    static int serial = 0;  // several schemas in one test get several directories
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("vt_schema_" + std::string(info->test_suite_name()) + "_" + info->name() + "_" +
            std::to_string(++serial));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~SchemaFiles() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  std::string write(const std::string& name, const std::string& text) const {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string dir() const { return dir_.string(); }

 private:
  std::filesystem::path dir_;
};

struct Outcome {
  bool valid = false;
  std::vector<Finding> findings;

  // The pointers of the findings, in order.
  std::vector<std::string> paths() const {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.path);
    return out;
  }
  // The first finding's message (empty when none).
  std::string message() const {
    return findings.empty() ? std::string() : findings.front().message;
  }
};

// Compiles `schema` (JSON text) and keeps it for many instances.
class InlineSchema {
 public:
  explicit InlineSchema(const std::string& schema, const Validator::LoadOptions& options = {}) {
    std::string path = files_.write("schema.json", schema);
    auto loaded = Validator::load(path, {}, options);
    if (!loaded.ok()) {
      ADD_FAILURE() << "schema does not load: " << loaded.error().to_string();
      return;
    }
    validator_ = *loaded;
  }

  Outcome check(const std::string& instance) const {
    Outcome out;
    if (!validator_) return out;
    json::Parser parser;
    auto root = parser.parse(instance, "instance");
    if (!root.ok()) {
      ADD_FAILURE() << "instance is not JSON: " << root.error().to_string();
      return out;
    }
    out.valid = validator_->validate(*root, out.findings);
    return out;
  }

  bool accepts(const std::string& instance) const {
    Outcome o = check(instance);
    if (o.valid != o.findings.empty())
      ADD_FAILURE() << "verdict and findings disagree for " << instance;
    return o.valid;
  }

 private:
  SchemaFiles files_;
  std::shared_ptr<const Validator> validator_;
};

}  // namespace vt::validation::schema::testing_support
