// Internal: C++ generated from a compiled schema, at build time, to prove
// valid documents valid faster than the walk can (see verdict.h for what
// the generated function promises). The walk goes from node to node through
// the graph's fields; the generated code has each node's property names,
// lengths and required members as constants, and no node data to load. The
// reference validator's own engine (Ajv) compiles schemas to code the same
// way.
//
// The build runs tools/schema-codegen on the CSAF 2.0 schema it installs;
// at run time, Validator::load() generates the code again from the schema
// it loaded and uses the compiled function only if both are the same text
// (by SHA-256), so a data directory with other schema files gets the walk.
#pragma once

#include <string>

#include "validation/schema/compiled.h"

namespace vt::validation::schema {

// The definitions of the generated functions, ending with
//   bool verdict_for_root(VerdictContext&, const simdjson::dom::element&)
// for the graph's root; to be compiled in a namespace inside
// vt::validation::schema with `dom` naming simdjson::dom. Deterministic:
// the same graph gives the same text.
std::string generate_verdict_code(const Compiled& compiled);

// SHA-256 (hex) of generate_verdict_code(compiled).
std::string verdict_digest(const Compiled& compiled);

}  // namespace vt::validation::schema
