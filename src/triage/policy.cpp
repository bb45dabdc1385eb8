#include "triage/policy.h"

#include <toml++/toml.h>

#include "core/file.h"

namespace vt::triage {
namespace {

std::string where_of(const std::string& path, const toml::node& n) {
  return path + ":" + std::to_string(n.source().begin.line);
}

}  // namespace

Result<Policy> parse_policy(std::string_view text, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return make_error(ErrorCode::kInvalidInput, std::string("not valid TOML: ") + std::string(e.description()),
                      path + ":" + std::to_string(e.source().begin.line) + ":" + std::to_string(e.source().begin.column));
  }
  Policy policy;
  for (auto&& [key, node] : root)
    if (key.str() != "exception")
      return make_error(ErrorCode::kInvalidInput, "unknown key \"" + std::string(key.str()) + "\"; expected [[exception]] tables",
                        where_of(path, node));
  const toml::array* list = root["exception"].as_array();
  if (!list) return policy;
  for (const toml::node& item : *list) {
    const toml::table* t = item.as_table();
    if (!t) return make_error(ErrorCode::kInvalidInput, "an exception must be a table ([[exception]])", where_of(path, item));
    PolicyException e;
    e.where = where_of(path, item);
    for (auto&& [key, value] : *t) {
      const std::string k(key.str());
      if (k == "until") {
        if (auto d = value.as_date()) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->get().year, d->get().month, d->get().day);
          e.until = buf;
          continue;
        }
        return make_error(ErrorCode::kInvalidInput, "until must be a TOML date (until = 2026-12-31)", where_of(path, value));
      }
      auto s = value.value<std::string>();
      if (!s) return make_error(ErrorCode::kInvalidInput, k + " must be a string", where_of(path, value));
      if (k == "vulnerability") e.vulnerability = *s;
      else if (k == "artifact") e.artifact = *s;
      else if (k == "component") e.component = *s;
      else if (k == "kind") e.kind = *s;
      else if (k == "reason") e.reason = *s;
      else if (k == "by") e.by = *s;
      else
        return make_error(ErrorCode::kInvalidInput,
                          "unknown key \"" + k + "\"; expected vulnerability, artifact, component, kind, reason, by, until",
                          where_of(path, value));
    }
    if (e.vulnerability.empty() || e.reason.empty() || e.by.empty())
      return make_error(ErrorCode::kInvalidInput, "an exception needs vulnerability, reason and by", e.where);
    if (e.kind != "accepted_risk" && e.kind != "false_positive")
      return make_error(ErrorCode::kInvalidInput, "kind must be \"accepted_risk\" or \"false_positive\"", e.where);
    if (e.kind == "accepted_risk" && e.until.empty())
      return make_error(ErrorCode::kInvalidInput, "an accepted risk needs an expiry date (until = YYYY-MM-DD)", e.where);
    policy.exceptions.push_back(std::move(e));
  }
  return policy;
}

Result<Policy> load_policy(const std::string& path) {
  VT_ASSIGN_OR_RETURN(std::string text, read_file(path, 16 << 20));
  return parse_policy(text, path);
}

std::vector<std::string> apply_policy(const Policy& policy, std::string_view today, std::vector<Finding>& findings) {
  std::vector<std::string> notes;
  for (const PolicyException& e : policy.exceptions) {
    if (!e.until.empty() && e.until < today) {
      notes.push_back(e.where + ": the exception for " + e.vulnerability + " expired on " + e.until + "; it no longer applies");
      continue;
    }
    std::string text = e.kind + " by " + e.by + (e.until.empty() ? "" : " until " + e.until) + ": " + e.reason;
    for (Finding& f : findings) {
      if (f.vulnerability != e.vulnerability) continue;
      if (!e.artifact.empty() && f.artifact != e.artifact) continue;
      if (!e.component.empty() && f.component.name != e.component) continue;
      f.suppressed = text;
      f.evidence.push_back({"policy", text, e.where});
    }
  }
  return notes;
}

}  // namespace vt::triage
