// Renders validation reports for `vextriage validate`: text for people,
// JSON per CONTRACT.md, SARIF 2.1.0 for code-scanning tools.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "validation/batch.h"

namespace vt::output {

using validation::ValidatedDocument;

struct TextStyle {
  bool color = false;
  bool quiet = false;  // only invalid documents and their problems
};

std::string render_validation_text(const std::vector<ValidatedDocument>& docs, TextStyle style);
std::string render_validation_json(const std::vector<ValidatedDocument>& docs);
std::string render_validation_sarif(const std::vector<ValidatedDocument>& docs,
                                    std::string_view tool_version);

}  // namespace vt::output
