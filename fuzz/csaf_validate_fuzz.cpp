// The whole validator (schema, mandatory, optional and informative tests, the
// `full` preset, offline) on arbitrary JSON. Every finding must name its test
// and carry a message; a document with errors is never valid.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "json/json.h"
#include "validation/validator.h"

namespace validation = vt::validation;

static const validation::Validator& validator() {
  static const std::shared_ptr<const validation::Validator> v = [] {
    validation::ValidatorOptions options;
    options.preset = validation::Preset::kFull;
    options.data_dir = VT_BUILD_DATA_DIR;
    auto created = validation::Validator::create(options);
    if (!created.ok()) std::abort();  // the build tree's data directory is part of the target
    return *created;
  }();
  return *v;
}

static void check(const std::vector<validation::Finding>& findings) {
  for (const auto& f : findings)
    if (f.test.empty() || f.message.empty()) std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser;
  auto root = parser.parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  if (!root.ok()) return 0;
  const validation::Report report = validator().validate(*root);
  if (report.valid() != report.errors.empty()) std::abort();
  check(report.errors);
  check(report.warnings);
  check(report.infos);
  return 0;
}
