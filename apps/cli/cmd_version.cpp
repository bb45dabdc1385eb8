// `vextriage version compare SCHEME A B` and `... SCHEME --stdin` (lines
// "A<TAB>B", one result a line, for bulk checks): prints -1, 0 or 1.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "version/compare.h"

namespace vt::cli {
namespace {

struct VersionOptions {
  std::string scheme;
  std::string a, b;
  bool from_stdin = false;
};

const char* result_text(int r) { return r < 0 ? "-1\n" : (r > 0 ? "1\n" : "0\n"); }

int fail(const std::string& message) {
  std::fprintf(stderr, "vextriage version compare: %s\n", message.c_str());
  return kExitCannotRun;
}

// Reads stdin in large blocks and answers each line into one output buffer,
// so millions of pairs cost no per-line system call.
int compare_stream(version::Scheme scheme) {
  std::string out;
  out.reserve(1 << 16);
  std::string pending;
  size_t line_no = 0;
  auto flush = [&] {
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
  };
  auto handle = [&](std::string_view line) -> int {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos) {
      flush();
      return fail("stdin:" + std::to_string(line_no) + ": expected two versions separated by one TAB");
    }
    auto r = version::compare(scheme, line.substr(0, tab), line.substr(tab + 1));
    if (!r.ok()) {
      flush();
      return fail("stdin:" + std::to_string(line_no) + ": " + r.error().to_string());
    }
    out += result_text(*r);
    if (out.size() > (1 << 16) - 8) flush();
    return kExitOk;
  };
  auto buffer = std::make_unique<char[]>(1 << 16);
  size_t n;
  while ((n = std::fread(buffer.get(), 1, 1 << 16, stdin)) > 0) {
    pending.append(buffer.get(), n);
    size_t start = 0, nl;
    while ((nl = pending.find('\n', start)) != std::string::npos) {
      if (int rc = handle(std::string_view(pending).substr(start, nl - start)); rc != kExitOk) return rc;
      start = nl + 1;
    }
    pending.erase(0, start);
  }
  if (std::ferror(stdin)) {
    flush();
    return fail("cannot read stdin");
  }
  if (!pending.empty())
    if (int rc = handle(pending); rc != kExitOk) return rc;
  flush();
  return std::fflush(stdout) == 0 ? kExitOk : fail("cannot write the results");
}

Command register_version(CLI::App& app) {
  auto opts = std::make_shared<VersionOptions>();
  CLI::App* version = app.add_subcommand("version", "Version ordering tools");
  version->require_subcommand(1);
  CLI::App* cmp = version->add_subcommand(
      "compare", "Print -1, 0 or 1 as A is older than, equal to or newer than B");
  cmp->add_option("SCHEME", opts->scheme, "rpm, deb, apk, semver or generic (aliases: dpkg, alpine, npm, ...)")
      ->required();
  cmp->add_option("A", opts->a, "first version");
  cmp->add_option("B", opts->b, "second version");
  cmp->add_flag("--stdin", opts->from_stdin, "read lines A<TAB>B from stdin, print one result a line");

  Command c;
  c.subcommand = version;
  c.run = [opts, cmp]() -> int {
    if (!cmp->parsed()) return kExitCannotRun;
    auto scheme = version::parse_scheme(opts->scheme);
    if (!scheme.ok()) return fail(scheme.error().to_string());
    const bool have_pair = cmp->count("A") > 0 && cmp->count("B") > 0;
    if (opts->from_stdin) {
      if (cmp->count("A") > 0) return fail("give either A B or --stdin, not both");
      return compare_stream(*scheme);
    }
    if (!have_pair) return fail("expected two versions A B (or --stdin)");
    auto r = version::compare(*scheme, opts->a, opts->b);
    if (!r.ok()) return fail(r.error().to_string());
    std::fputs(result_text(*r), stdout);
    return kExitOk;
  };
  return c;
}

VT_REGISTER_COMMAND(register_version);

}  // namespace
}  // namespace vt::cli
