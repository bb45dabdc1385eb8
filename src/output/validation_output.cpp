#include "output/validation_output.h"

#include <map>

#include "json/writer.h"

namespace vt::output {
namespace {

const char* kRed = "\033[31m";
const char* kYellow = "\033[33m";
const char* kCyan = "\033[36m";
const char* kGreen = "\033[32m";
const char* kBold = "\033[1m";
const char* kReset = "\033[0m";

std::string place(const std::string& path, const validation::Finding& f) {
  std::string out = path;
  if (f.line) out += ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
  return out;
}

void text_findings(std::string& out, const std::string& path,
                   const std::vector<validation::Finding>& findings, const char* label,
                   const char* color, bool use_color) {
  for (const auto& f : findings) {
    out += "  ";
    if (use_color) out += color;
    out += label;
    if (use_color) out += kReset;
    out += " [" + f.test + "] " + place(path, f) + " " + (f.path.empty() ? "/" : f.path) + ": " +
           f.message + "\n";
  }
}

void json_findings(json::Writer& w, const char* key, const std::vector<validation::Finding>& list) {
  w.key(key).begin_array();
  for (const auto& f : list) {
    w.begin_object().member("test", f.test).member("path", f.path).member("message", f.message);
    if (f.line) w.member("line", static_cast<std::uint64_t>(f.line)).member("column", static_cast<std::uint64_t>(f.column));
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string render_validation_text(const std::vector<ValidatedDocument>& docs, TextStyle style) {
  std::string out;
  std::size_t valid = 0, invalid = 0, failed = 0;
  for (const auto& d : docs) {
    if (d.failure) {
      ++failed;
      out += (style.color ? std::string(kRed) + "unreadable" + kReset : std::string("unreadable")) +
             " " + d.failure->to_string() + "\n";
      continue;
    }
    const auto& r = d.report;
    r.valid() ? ++valid : ++invalid;
    if (style.quiet && r.valid()) continue;
    std::string status = r.valid() ? "valid" : "invalid";
    if (style.color) status = std::string(r.valid() ? kGreen : kRed) + kBold + status + kReset;
    out += status + " " + d.path;
    if (!r.errors.empty() || !r.warnings.empty() || !r.infos.empty())
      out += " (" + std::to_string(r.errors.size()) + " errors, " + std::to_string(r.warnings.size()) +
             " warnings, " + std::to_string(r.infos.size()) + " infos)";
    out += "\n";
    text_findings(out, d.path, r.errors, "error  ", kRed, style.color);
    if (!style.quiet) {
      text_findings(out, d.path, r.warnings, "warning", kYellow, style.color);
      text_findings(out, d.path, r.infos, "info   ", kCyan, style.color);
    }
  }
  // Tests that did not run are the same for every document: say it once.
  std::map<std::string, std::string> not_run;
  for (const auto& d : docs)
    for (const auto& f : d.report.not_run) not_run.emplace(f.test, f.message);
  for (const auto& [test, why] : not_run) out += "not run [" + test + "]: " + why + "\n";
  out += std::to_string(docs.size()) + " documents: " + std::to_string(valid) + " valid, " +
         std::to_string(invalid) + " invalid";
  if (failed) out += ", " + std::to_string(failed) + " unreadable";
  out += "\n";
  return out;
}

std::string render_validation_json(const std::vector<ValidatedDocument>& docs) {
  json::Writer w;
  std::size_t valid = 0, invalid = 0, failed = 0;
  w.begin_object().key("documents").begin_array();
  for (const auto& d : docs) {
    w.begin_object().member("path", d.path);
    if (d.failure) {
      ++failed;
      w.member("valid", false).key("errors").begin_array().begin_object()
          .member("test", d.failure->code == ErrorCode::kIo ? "io" : "json")
          .member("path", "").member("message", d.failure->to_string()).end_object().end_array()
          .key("warnings").begin_array().end_array().key("infos").begin_array().end_array();
      w.end_object();
      continue;
    }
    d.report.valid() ? ++valid : ++invalid;
    w.member("valid", d.report.valid());
    json_findings(w, "errors", d.report.errors);
    json_findings(w, "warnings", d.report.warnings);
    json_findings(w, "infos", d.report.infos);
    if (!d.report.not_run.empty()) json_findings(w, "not_run", d.report.not_run);
    w.end_object();
  }
  w.end_array();
  w.key("summary").begin_object()
      .member("documents", static_cast<std::uint64_t>(docs.size()))
      .member("valid", static_cast<std::uint64_t>(valid))
      .member("invalid", static_cast<std::uint64_t>(invalid + failed))
      .member("unreadable", static_cast<std::uint64_t>(failed))
      .end_object();
  w.end_object();
  return w.take() + "\n";
}

std::string render_validation_sarif(const std::vector<ValidatedDocument>& docs,
                                    std::string_view tool_version) {
  // Rules: one per test that reported anything, in first-seen order.
  std::map<std::string, std::size_t> rule_index;
  std::vector<std::string> rules;
  auto rule_of = [&](const std::string& test) {
    auto [it, inserted] = rule_index.emplace(test, rules.size());
    if (inserted) rules.push_back(test);
    return it->second;
  };
  struct Result {
    const ValidatedDocument* doc;
    const validation::Finding* finding;
    const char* level;
  };
  std::vector<Result> results;
  for (const auto& d : docs) {
    for (const auto& f : d.report.errors) results.push_back({&d, &f, "error"});
    for (const auto& f : d.report.warnings) results.push_back({&d, &f, "warning"});
    for (const auto& f : d.report.infos) results.push_back({&d, &f, "note"});
  }
  for (const auto& r : results) rule_of(r.finding->test);

  json::Writer w;
  w.begin_object()
      .member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
      .member("version", "2.1.0")
      .key("runs").begin_array().begin_object()
      .key("tool").begin_object().key("driver").begin_object()
      .member("name", "vextriage")
      .member("version", std::string(tool_version))
      .member("informationUri", "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf-v2.0.html")
      .key("rules").begin_array();
  for (const auto& id : rules) {
    std::string what = id == "schema" ? "JSON schema of CSAF 2.0"
                                      : "CSAF 2.0 test " + id;
    w.begin_object().member("id", id).key("shortDescription").begin_object()
        .member("text", what).end_object().end_object();
  }
  w.end_array().end_object().end_object();
  w.key("results").begin_array();
  for (const auto& r : results) {
    const auto& f = *r.finding;
    w.begin_object()
        .member("ruleId", f.test)
        .member("ruleIndex", static_cast<std::uint64_t>(rule_of(f.test)))
        .member("level", r.level)
        .key("message").begin_object().member("text", f.message).end_object()
        .key("locations").begin_array().begin_object()
        .key("physicalLocation").begin_object()
        .key("artifactLocation").begin_object().member("uri", r.doc->path).end_object();
    if (f.line)
      w.key("region").begin_object()
          .member("startLine", static_cast<std::uint64_t>(f.line))
          .member("startColumn", static_cast<std::uint64_t>(f.column))
          .end_object();
    w.end_object();
    w.key("logicalLocations").begin_array().begin_object()
        .member("fullyQualifiedName", f.path.empty() ? "/" : f.path)
        .member("kind", "member").end_object().end_array();
    w.end_object().end_array().end_object();
  }
  w.end_array();
  // Files that could not be read at all are tool notifications.
  w.key("invocations").begin_array().begin_object();
  bool all_read = true;
  for (const auto& d : docs) all_read = all_read && !d.failure;
  w.member("executionSuccessful", all_read);
  w.key("toolExecutionNotifications").begin_array();
  for (const auto& d : docs) {
    if (!d.failure) continue;
    w.begin_object().member("level", "error")
        .key("message").begin_object().member("text", d.failure->to_string()).end_object()
        .key("locations").begin_array().begin_object().key("physicalLocation").begin_object()
        .key("artifactLocation").begin_object().member("uri", d.path).end_object()
        .end_object().end_object().end_array()
        .end_object();
  }
  w.end_array().end_object().end_array();
  w.end_object().end_array().end_object();
  return w.take() + "\n";
}

}  // namespace vt::output
