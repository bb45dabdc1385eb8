// vextriage validate: CSAF 2.0 documents against the schema and the tests of
// section 6. Exit 0 all valid, 1 some invalid, 2 some could not be read.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "commands.h"
#include "feeds/http_client.h"

#include <functional>
#include <map>
#include <mutex>
#include "core/file.h"
#include "output/validation_output.h"
#include "validation/batch.h"
#include "validation/validator.h"

namespace vt::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> paths;
  std::string preset = "mandatory";
  std::string format = "text";
  std::string output;
  unsigned jobs = 1;
  std::uint64_t max_size_mb = 512;
  bool online = false;
  bool quiet = false;
};

bool is_json_name(const std::filesystem::path& p) { return p.extension() == ".json"; }

int write_output(const std::string& text, const std::string& path) {
  if (path.empty() || path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  auto st = write_file_atomic(path, text);
  if (!st.ok()) {
    std::cerr << "vextriage: " << st.error().to_string() << "\n";
    return kExitCannotRun;
  }
  return kExitOk;
}

// HTTP status of a URL (HEAD, then GET where HEAD is refused), each URL
// asked once per run; safe to call from the batch's threads.
std::function<Result<int>(std::string_view)> make_url_checker() {
  struct Checker {
    std::mutex mutex;
    std::map<std::string, Result<int>, std::less<>> cache;
    std::unique_ptr<feeds::HttpClient> client = feeds::make_curl_client({.timeout_seconds = 15, .max_body_bytes = 1 << 20});
  };
  auto checker = std::make_shared<Checker>();
  return [checker](std::string_view url) -> Result<int> {
    std::lock_guard<std::mutex> lock(checker->mutex);
    if (auto it = checker->cache.find(url); it != checker->cache.end()) return it->second;
    auto r = checker->client->fetch({std::string(url), "HEAD", {}});
    if (r.ok() && (r->status == 405 || r->status == 501)) r = checker->client->fetch({std::string(url), "GET", {}});
    Result<int> status = r.ok() ? Result<int>(r->status) : Result<int>(r.error());
    checker->cache.emplace(std::string(url), status);
    return status;
  };
}

int run_validate(const ValidateArgs& args) {
  auto preset = validation::parse_preset(args.preset);
  if (!preset.ok()) {
    std::cerr << "vextriage validate: " << preset.error().to_string() << "\n";
    return kExitCannotRun;
  }
  validation::ValidatorOptions options;
  options.preset = *preset;
  if (args.online) {
    // 6.3.6/6.3.7: the validation module never fetches; this answers it.
    options.tests.online = true;
    options.tests.http_status = make_url_checker();
  }
  auto validator = validation::Validator::create(options);
  if (!validator.ok()) {
    std::cerr << "vextriage validate: " << validator.error().to_string() << "\n";
    return kExitCannotRun;
  }

  FileListing listing = list_files(args.paths, &is_json_name);
  for (const auto& p : listing.problems) std::cerr << "vextriage validate: " << p.to_string() << "\n";
  validation::BatchOptions batch;
  batch.max_document_bytes = args.max_size_mb << 20;
  batch.threads = args.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : args.jobs;
  auto docs = validation::validate_files(**validator, listing.files, batch);

  bool unreadable = !listing.problems.empty();
  bool invalid = false;
  for (const auto& d : docs) {
    if (d.failure) unreadable = true;
    else if (!d.report.valid()) invalid = true;
  }
  std::string text;
  if (args.format == "json") {
    text = output::render_validation_json(docs);
  } else if (args.format == "sarif") {
    text = output::render_validation_sarif(docs, VT_VERSION);
  } else {
    bool to_terminal = args.output.empty() && ::isatty(STDOUT_FILENO);
    output::TextStyle style{to_terminal && !std::getenv("NO_COLOR"), args.quiet};
    text = output::render_validation_text(docs, style);
  }
  if (int rc = write_output(text, args.output); rc != kExitOk) return rc;
  if (unreadable) return kExitCannotRun;
  return invalid ? kExitFindings : kExitOk;
}

Command register_validate(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand("validate", "Validate CSAF 2.0 documents (schema and section 6 tests)");
  cmd->add_option("paths", args->paths, "Files, directories (searched for *.json) or - for stdin")
      ->required();
  cmd->add_option("--preset", args->preset,
                  "schema | mandatory (schema + 6.1) | optional (+ 6.2) | full (+ 6.3)")
      ->check(CLI::IsMember({"schema", "mandatory", "optional", "full"}));
  cmd->add_option("--format", args->format, "text | json | sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd->add_option("-o,--output", args->output, "Write the report to FILE instead of stdout");
  cmd->add_option("-j,--jobs", args->jobs, "Parallel workers (0 = one per core)");
  cmd->add_option("--max-size", args->max_size_mb, "Refuse documents larger than this many MB (default 512)");
  cmd->add_flag("--online", args->online, "Run the tests that check URLs over the network (6.3.6, 6.3.7)");
  cmd->add_flag("-q,--quiet", args->quiet, "Text output: only invalid documents and their errors");
  return Command{cmd, [args] { return run_validate(*args); }};
}

}  // namespace

VT_REGISTER_COMMAND(register_validate);

}  // namespace vt::cli
