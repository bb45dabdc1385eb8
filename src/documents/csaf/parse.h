// Reading a CSAF 2.0 document into the typed model.
#pragma once

#include "core/result.h"
#include "documents/csaf/model.h"
#include "json/json.h"

namespace vt::csaf {

// Builds the model from a parsed JSON root. Fails only when the root is not
// an object; members of the wrong type are left empty (see model.h).
Result<Document> parse_document(const json::Value& root);

}  // namespace vt::csaf
