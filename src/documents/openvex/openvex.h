// OpenVEX 0.2 documents (and the 0.0.x drafts still published): statements
// of vulnerability status about products and their subcomponents, read into
// a typed model. Each element keeps its json::Value for JSON pointers; the
// values live as long as the parse they came from.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "json/json.h"

namespace vt::openvex {

// A product or subcomponent: "@id" (an IRI, usually a purl) and its
// identifiers. Drafts wrote products as bare strings; those become @id.
struct Component {
  json::Value source;
  std::string id;
  std::string purl, cpe23, cpe22;  // identifiers{}
  std::vector<Component> subcomponents;
};

struct Statement {
  json::Value source;
  std::string vulnerability;  // vulnerability.name (0.2) or vulnerability (drafts)
  std::string vulnerability_id;  // vulnerability.@id
  std::vector<std::string> aliases;
  std::string status;  // not_affected, affected, fixed, under_investigation
  std::string justification, impact_statement, action_statement, action_statement_timestamp;
  std::string status_notes, timestamp, last_updated, supplier;
  std::vector<Component> products;
};

struct Document {
  json::Value source;
  std::string context, id, author, role, timestamp, last_updated, version, tooling;
  std::vector<Statement> statements;
};

// Whether `root` says it is OpenVEX (an "@context" naming openvex).
bool is_openvex(const json::Value& root);

// Errors name the JSON pointer and what was expected: statements that are
// not objects, a statement without vulnerability or with an unknown status.
Result<Document> parse_document(const json::Value& root);

}  // namespace vt::openvex
