// The JSON Schema engine on arbitrary JSON: every input is validated against
// the official CSAF 2.0 schema (which pulls in the CVSS schemas by $ref). The
// schemas themselves come from the data directory, never from outside input,
// so compiling is not fuzzed. A verdict must agree with its findings, and
// every finding must carry a JSON pointer and a message. The code generated
// from the schema (codegen.h) must never prove valid what the walk finds
// invalid.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "json/json.h"
#include "validation/schema/compiled_verdicts.h"
#include "validation/schema/schema.h"

namespace schema = vt::validation::schema;

static const schema::Validator& csaf_schema() {
  static const std::shared_ptr<const schema::Validator> v = [] {
    const std::string dir = std::string(VT_BUILD_DATA_DIR) + "/schemas/csaf/2.0";
    schema::Validator::LoadOptions options;
    options.compiled = &schema::generated::kCsaf20;
    auto loaded = schema::Validator::load(dir + "/csaf_json_schema.json", {dir}, options);
    if (!loaded.ok()) std::abort();  // the build tree's data directory is part of the target
    if (!(*loaded)->uses_compiled_code()) std::abort();  // generated from these very files
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
  std::vector<vt::validation::Finding> walked;
  const bool walk_valid = csaf_schema().validate_by_walk(*root, walked);
  if (csaf_schema().proven_valid(*root) && !walk_valid) std::abort();
  if (valid != walk_valid || findings.size() != walked.size()) std::abort();
  for (const auto& f : findings) {
    if (f.message.empty()) std::abort();
    if (!f.path.empty() && f.path[0] != '/') std::abort();
  }
  return 0;
}
