// The JSON Schema engine on arbitrary JSON: every input is validated against
// the official CSAF 2.0 schema (which pulls in the CVSS schemas by $ref). The
// schemas themselves come from the data directory, never from outside input,
// so compiling is not fuzzed. A verdict must agree with its findings, and
// every finding must carry a JSON pointer and a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "json/json.h"
#include "validation/schema/schema.h"

namespace schema = vt::validation::schema;

static const schema::Validator& csaf_schema() {
  static const std::shared_ptr<const schema::Validator> v = [] {
    const std::string dir = std::string(VT_BUILD_DATA_DIR) + "/schemas/csaf/2.0";
    auto loaded = schema::Validator::load(dir + "/csaf_json_schema.json", {dir});
    if (!loaded.ok()) std::abort();  // the build tree's data directory is part of the target
    return *loaded;
  }();
  return *v;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static vt::json::Parser parser;
  auto root = parser.parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  if (!root.ok()) return 0;
  std::vector<vt::validation::Finding> findings;
  const bool valid = csaf_schema().validate(*root, findings);
  if (valid != findings.empty()) std::abort();
  for (const auto& f : findings) {
    if (f.message.empty()) std::abort();
    if (!f.path.empty() && f.path[0] != '/') std::abort();
  }
  return 0;
}
