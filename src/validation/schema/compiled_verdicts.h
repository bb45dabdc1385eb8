// Internal: the functions tools/schema-codegen generates at build time from
// the schemas the build installs (see codegen.h).
#pragma once

#include "validation/schema/verdict.h"

namespace vt::validation::schema::generated {

extern const CompiledVerdict kCsaf20;  // csaf_json_schema.json (CSAF 2.0)

}  // namespace vt::validation::schema::generated
