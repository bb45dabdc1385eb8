// Canonical JSON text for equality as JSON Schema defines it (enum, const,
// uniqueItems): object members sorted, numbers by value (1 == 1.0).
#pragma once

#include <string>

#include "json/json.h"

namespace vt::validation::schema {

std::string canonical_json(const json::Value& v);
// A JSON number's text in canonical form ("1.0", "1" and "10e-1" agree).
std::string canonical_number_text(std::string_view number);

}  // namespace vt::validation::schema
