#include "validation/validator.h"

#include "validation/schema/compiled_verdicts.h"

#include "core/data_dir.h"
#include "documents/csaf/parse.h"
#include "documents/csaf/product_index.h"
#include "validation/catalogues.h"
#include "validation/schema/schema.h"

namespace vt::validation {

struct Validator::Impl {
  ValidatorOptions options;
  std::shared_ptr<const schema::Validator> csaf_schema;
  std::shared_ptr<const Catalogues> catalogues;
};

Result<Preset> parse_preset(std::string_view name) {
  if (name == "schema") return Preset::kSchema;
  if (name == "mandatory") return Preset::kMandatory;
  if (name == "optional") return Preset::kOptional;
  if (name == "full") return Preset::kFull;
  return make_error(ErrorCode::kInvalidInput,
                    "unknown preset '" + std::string(name) +
                        "', expected schema, mandatory, optional or full");
}

const char* to_string(Preset preset) {
  switch (preset) {
    case Preset::kSchema: return "schema";
    case Preset::kMandatory: return "mandatory";
    case Preset::kOptional: return "optional";
    case Preset::kFull: return "full";
  }
  return "?";
}

Validator::Validator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Validator::~Validator() = default;

Result<std::shared_ptr<const Validator>> Validator::create(const ValidatorOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  VT_ASSIGN_OR_RETURN(std::string data_dir, find_data_dir(options.data_dir));
  impl->options.data_dir = data_dir;
  std::string schema_dir = data_dir + "/schemas/csaf/2.0";
  schema::Validator::LoadOptions load_options;
  load_options.compiled =
      &schema::generated::kCsaf20;  // used if the data directory's schema is ours
  VT_ASSIGN_OR_RETURN(
      impl->csaf_schema,
      schema::Validator::load(schema_dir + "/csaf_json_schema.json", {schema_dir}, load_options));
  VT_ASSIGN_OR_RETURN(impl->catalogues, Catalogues::load(data_dir));
  return std::shared_ptr<const Validator>(new Validator(std::move(impl)));
}

namespace {

void run_tests(const std::vector<CsafTest>& tests, const TestContext& context,
               std::vector<Finding>& out, std::vector<Finding>& not_run) {
  for (const CsafTest& test : tests) {
    if (!test.run) {
      not_run.push_back({test.id, "", "not implemented in this version of vextriage"});
      continue;
    }
    if (test.needs_network && !(context.options.online && context.options.http_status)) {
      not_run.push_back({test.id, "", "needs the network: run with --online to check URLs"});
      continue;
    }
    TestSink sink(test.id, out);
    test.run(context, sink);
  }
}

}  // namespace

Report Validator::validate(const json::Value& root) const {
  const Impl& m = *impl_;
  Report report;
  const bool schema_valid = impl_->csaf_schema->validate(root, report.errors);
  if (m.options.preset == Preset::kSchema) return report;

  auto doc = csaf::parse_document(root);
  if (!doc.ok()) {
    // The schema already says the root is not an object; nothing more to test.
    return report;
  }
  csaf::ProductIndex products = csaf::index_products(*doc);
  TestContext context{*doc, products, *m.catalogues, m.options.tests, schema_valid};
  run_tests(mandatory_tests(), context, report.errors, report.not_run);
  if (m.options.preset == Preset::kMandatory) return report;
  run_tests(optional_tests(), context, report.warnings, report.not_run);
  if (m.options.preset == Preset::kOptional) return report;
  run_tests(informative_tests(), context, report.infos, report.not_run);
  return report;
}

}  // namespace vt::validation
