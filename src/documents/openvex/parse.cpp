#include "documents/openvex/openvex.h"

namespace vt::openvex {
namespace {

std::string text(const json::Value& object, std::string_view key) {
  if (!object.is_object()) return {};
  auto v = object.find(key);
  if (!v) return {};
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_number()) return v->number_text();  // "version": 2
  return {};
}

Error invalid(const json::Value& at, std::string message) {
  return make_error(ErrorCode::kInvalidInput, std::move(message), at.pointer().empty() ? "/" : at.pointer());
}

constexpr int kMaxComponentDepth = 16;

Result<Component> component(const json::Value& v, int depth) {
  Component c;
  c.source = v;
  if (v.is_string()) {
    c.id = std::string(v.as_string());
    return c;
  }
  if (!v.is_object()) return invalid(v, "a product or subcomponent must be an object with \"@id\" or a string");
  c.id = text(v, "@id");
  if (auto ids = v.find("identifiers"); ids && ids->is_object()) {
    c.purl = text(*ids, "purl");
    c.cpe23 = text(*ids, "cpe23");
    c.cpe22 = text(*ids, "cpe22");
  }
  if (auto subs = v.find("subcomponents"); subs && subs->is_array()) {
    if (depth >= kMaxComponentDepth) return invalid(*subs, "subcomponents nested too deeply");
    for (json::Value s : subs->items()) {
      auto sub = component(s, depth + 1);
      if (!sub.ok()) return sub.error();
      c.subcomponents.push_back(std::move(*sub));
    }
  }
  return c;
}

bool known_status(std::string_view s) {
  return s == "not_affected" || s == "affected" || s == "fixed" || s == "under_investigation";
}

}  // namespace

bool is_openvex(const json::Value& root) {
  if (!root.is_object()) return false;
  auto ctx = root.find("@context");
  if (!ctx) return false;
  if (ctx->is_string()) return ctx->as_string().find("openvex") != std::string_view::npos;
  if (ctx->is_array())
    for (json::Value c : ctx->items())
      if (c.is_string() && c.as_string().find("openvex") != std::string_view::npos) return true;
  return false;
}

Result<Document> parse_document(const json::Value& root) {
  if (!root.is_object()) return invalid(root, "an OpenVEX document must be a JSON object");
  Document d;
  d.source = root;
  d.context = text(root, "@context");
  d.id = text(root, "@id");
  d.author = text(root, "author");
  d.role = text(root, "role");
  d.timestamp = text(root, "timestamp");
  d.last_updated = text(root, "last_updated");
  d.version = text(root, "version");
  d.tooling = text(root, "tooling");
  auto statements = root.find("statements");
  if (!statements || !statements->is_array()) return invalid(root, "expected a \"statements\" array");
  for (json::Value s : statements->items()) {
    if (!s.is_object()) return invalid(s, "a statement must be an object");
    Statement st;
    st.source = s;
    if (auto vuln = s.find("vulnerability")) {
      if (vuln->is_string()) {
        st.vulnerability = std::string(vuln->as_string());
      } else if (vuln->is_object()) {
        st.vulnerability = text(*vuln, "name");
        st.vulnerability_id = text(*vuln, "@id");
        if (auto aliases = vuln->find("aliases"); aliases && aliases->is_array())
          for (json::Value a : aliases->items())
            if (a.is_string()) st.aliases.push_back(std::string(a.as_string()));
      }
    }
    if (st.vulnerability.empty()) st.vulnerability = st.vulnerability_id;
    if (st.vulnerability.empty()) return invalid(s, "a statement needs vulnerability.name");
    st.status = text(s, "status");
    if (!known_status(st.status))
      return invalid(s, "status must be not_affected, affected, fixed or under_investigation, not \"" + st.status + "\"");
    st.justification = text(s, "justification");
    st.impact_statement = text(s, "impact_statement");
    st.action_statement = text(s, "action_statement");
    st.action_statement_timestamp = text(s, "action_statement_timestamp");
    st.status_notes = text(s, "status_notes");
    st.timestamp = text(s, "timestamp");
    st.last_updated = text(s, "last_updated");
    st.supplier = text(s, "supplier");
    if (auto products = s.find("products"); products && products->is_array()) {
      for (json::Value p : products->items()) {
        auto c = component(p, 0);
        if (!c.ok()) return c.error();
        st.products.push_back(std::move(*c));
      }
    }
    // Drafts: statement-level subcomponents apply to every product.
    if (auto subs = s.find("subcomponents"); subs && subs->is_array()) {
      std::vector<Component> shared;
      for (json::Value p : subs->items()) {
        auto c = component(p, 0);
        if (!c.ok()) return c.error();
        shared.push_back(std::move(*c));
      }
      for (auto& p : st.products)
        if (p.subcomponents.empty()) p.subcomponents = shared;
    }
    d.statements.push_back(std::move(st));
  }
  return d;
}

}  // namespace vt::openvex
