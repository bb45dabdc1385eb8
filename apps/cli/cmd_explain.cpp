// vextriage explain FINDING_ID --from FILE: the evidence chain of one
// finding of a `scan --format json` output, as a tree a person can follow:
// which statement, which package row or file, which kernel option, which rule.
#include <iostream>

#include "commands.h"
#include "json/json.h"

namespace vt::cli {
namespace {

struct ExplainArgs {
  std::string id, from;
};

std::string str(const json::Value& o, std::string_view key) {
  auto v = o.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

int run_explain(const ExplainArgs& args) {
  json::Parser parser;
  auto root = parser.parse_file(args.from);
  if (!root.ok()) {
    std::cerr << "vextriage explain: " << root.error().to_string() << "\n";
    return kExitCannotRun;
  }
  auto findings = root->find("findings");
  if (str(*root, "schema") != "vextriage.findings/1" || !findings || !findings->is_array()) {
    std::cerr << "vextriage explain: " << args.from << ": not a vextriage.findings/1 document (write one with scan --format json)\n";
    return kExitCannotRun;
  }
  for (json::Value f : findings->items()) {
    if (str(f, "id") != args.id) continue;
    auto comp = *f.find("component");
    std::cout << "finding " << args.id << ": " << str(f, "artifact") << " (" << str(f, "artifact_type") << ") x "
              << str(f, "vulnerability") << " x " << str(comp, "kind") << " " << str(comp, "name");
    if (!str(comp, "version").empty()) std::cout << " " << str(comp, "version");
    std::cout << "\n  verdict " << str(f, "verdict") << ", tier " << str(f, "tier");
    if (!str(f, "fixed_version").empty()) std::cout << ", fixed in " << str(f, "fixed_version");
    auto rem = *f.find("remediation");
    std::cout << "\n  action " << str(rem, "action");
    if (!str(rem, "detail").empty()) std::cout << ": " << str(rem, "detail");
    std::cout << "\n";
    if (auto a = f.find("attestation"); a && a->is_object())
      std::cout << "  attested by " << str(*a, "publisher") << " in " << str(*a, "document") << " revision "
                << str(*a, "revision") << " (" << str(*a, "status") << " for \"" << str(*a, "product") << "\")\n";
    else
      std::cout << "  no statement names this artifact's product: the tier comes from the artifact's class\n";
    auto evidence = f.find("evidence");
    std::size_t n = evidence ? evidence->size() : 0, i = 0;
    std::cout << "  evidence:\n";
    for (json::Value e : evidence->items()) {
      const bool last = ++i == n;
      std::cout << "  " << (last ? "└─ " : "├─ ") << str(e, "kind") << ": " << str(e, "detail") << "\n";
      if (!str(e, "source").empty()) std::cout << "  " << (last ? "   " : "│  ") << "   at " << str(e, "source") << "\n";
    }
    return kExitOk;
  }
  std::cerr << "vextriage explain: no finding " << args.id << " in " << args.from << "\n";
  return kExitCannotRun;
}

Command register_explain(CLI::App& app) {
  auto args = std::make_shared<ExplainArgs>();
  CLI::App* cmd = app.add_subcommand("explain", "Show the evidence chain of one finding of a scan");
  cmd->add_option("finding", args->id, "Finding id (the \"id\" of scan --format json)")->required();
  cmd->add_option("--from", args->from, "A findings file written by scan --format json")->required();
  return Command{cmd, [args] { return run_explain(*args); }};
}

}  // namespace

VT_REGISTER_COMMAND(register_explain);

}  // namespace vt::cli
