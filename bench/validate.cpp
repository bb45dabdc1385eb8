// bench/validate: CSAF validation throughput on a corpus, files preloaded
// with the parser's padding, so that they are parsed in place as the CLI
// parses the files it reads (a copy per document would add to both phases).
// Prints parse-only, schema-only and schema+mandatory rates single-threaded,
// and schema+mandatory with 2 threads. bench/validate.sh adds the reference
// validator's rate on the same files and the ratio.
//   validate [DIR] [--rounds N] [--threads-only]
// Each figure is the best of N rounds (default 5) over the whole corpus, the
// phases taking turns within a round: on a shared machine the other tenants
// only ever slow a round down, so the fastest round is the one closest to
// the code's own cost, and a ratio of two phases is not skewed by a slow
// moment that hit only one of them.
// --threads-only measures schema+mandatory with 1 and 2 threads and nothing
// else: bench/validate.sh pins the single-core run to one CPU and runs this
// one unpinned, so that the second thread has a core of its own.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/file.h"
#include "json/json.h"
#include "validation/validator.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Corpus {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
};

Corpus load(const std::string& dir) {
  Corpus c;
  auto listing = vt::list_files({dir}, [](const std::filesystem::path& p) { return p.extension() == ".json"; });
  vt::json::Parser parser;
  for (const auto& f : listing.files) {
    // With the parser's padding, as the CLI reads files: parsed in place.
    auto t = vt::read_file(f, std::uint64_t{1} << 30, vt::json::Parser::kPadding);
    if (!t.ok()) {
      std::fprintf(stderr, "bench/validate: skipped: %s\n", t.error().to_string().c_str());
      continue;
    }
    // The rounds time parsing and validating, not a syntax error's report
    // (and they parse every text expecting a document).
    if (auto parsed = parser.parse_padded(*t, f); !parsed.ok()) {
      std::fprintf(stderr, "bench/validate: skipped, not JSON: %s\n",
                   parsed.error().to_string().c_str());
      continue;
    }
    c.bytes += t->size();
    c.texts.push_back(std::move(*t));
  }
  return c;
}

// Runs `work(parser, text)` over the corpus once on `threads` threads and
// keeps the best time in `best` (seconds); returns this round's time.
template <typename Work>
double run(const Corpus& c, unsigned threads, double& best, Work work) {
  auto start = Clock::now();
  {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
      vt::json::Parser parser;
      for (std::size_t i; (i = next.fetch_add(1)) < c.texts.size();) work(parser, c.texts[i]);
    };
    if (threads == 1) {
      worker();
    } else {
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
      for (auto& t : pool) t.join();
    }
  }
  const double secs = std::chrono::duration<double>(Clock::now() - start).count();
  if (best == 0 || secs < best) best = secs;
  return secs;
}

void print(const char* name, const Corpus& c, double secs) {
  double docs = static_cast<double>(c.texts.size());
  std::printf("%-28s %10.0f docs/s %9.1f MB/s  (best round %.3f s)\n", name, docs / secs,
              static_cast<double>(c.bytes) / 1e6 / secs, secs);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = VT_SHARED_DIR "/corpus/cisa";
  int rounds = 5;
  bool threads_only = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--rounds" || a == "--repeat") && i + 1 < argc) rounds = std::max(1, std::stoi(argv[++i]));
    else if (a == "--threads-only") threads_only = true;
    else dir = a;
  }
  Corpus c = load(dir);
  if (c.texts.empty()) {
    std::fprintf(stderr, "bench/validate: no *.json files in %s\n", dir.c_str());
    return 2;
  }
  std::printf("corpus: %s: %zu documents, %.1f MB, best of %d rounds\n", dir.c_str(), c.texts.size(),
              static_cast<double>(c.bytes) / 1e6, rounds);

  auto make = [](vt::validation::Preset preset) {
    vt::validation::ValidatorOptions o;
    o.preset = preset;
    auto v = vt::validation::Validator::create(o);
    if (!v.ok()) {
      std::fprintf(stderr, "bench/validate: %s\n", v.error().to_string().c_str());
      std::exit(2);
    }
    return *v;
  };
  auto schema_only = make(vt::validation::Preset::kSchema);
  auto mandatory = make(vt::validation::Preset::kMandatory);

  if (threads_only) {
    auto one = [&](vt::json::Parser& p, const std::string& t) {
      (void)mandatory->validate(*p.parse_padded(t, "bench"));
    };
    // Bare parsing shares nothing between threads: its scaling is what the
    // machine itself gives two threads (a control for the figure above).
    auto parse_one = [](vt::json::Parser& p, const std::string& t) {
      if (!p.parse_padded(t, "bench").ok()) std::abort();
    };
    double full1 = 0, full2 = 0, parse1 = 0, parse2 = 0;
    for (int r = 0; r < rounds; ++r) {
      run(c, 1, full1, one);
      run(c, 2, full2, one);
      run(c, 1, parse1, parse_one);
      run(c, 2, parse2, parse_one);
    }
    print("schema + mandatory (-j 1)", c, full1);
    print("schema + mandatory (-j 2)", c, full2);
    std::printf("scaling -j 2 vs -j 1: %.2fx (bare parsing, the machine's own: %.2fx)\n", full1 / full2,
                parse1 / parse2);
    return 0;
  }

  std::size_t invalid = 0;
  double parse = 0, schema = 0, full1 = 0, first_full = 0;
  for (int r = 0; r < rounds; ++r) {
    run(c, 1, parse, [](vt::json::Parser& p, const std::string& t) {
      auto result = p.parse_padded(t, "bench");
      if (!result.ok()) std::abort();
    });
    run(c, 1, schema, [&](vt::json::Parser& p, const std::string& t) {
      (void)schema_only->validate(*p.parse_padded(t, "bench"));
    });
    const double secs = run(c, 1, full1, [&](vt::json::Parser& p, const std::string& t) {
      if (!mandatory->validate(*p.parse_padded(t, "bench")).valid()) ++invalid;
    });
    if (r == 0) first_full = secs;
  }
  print("parse only", c, parse);
  print("parse + schema", c, schema);
  print("schema + mandatory (-j 1)", c, full1);
  std::printf("invalid documents: %zu\n", invalid / static_cast<std::size_t>(rounds));
  std::printf("validation cost vs bare parsing: %.2fx\n", full1 / parse);
  std::printf("VEXTRIAGE_DOCS_PER_SECOND=%.0f\n", static_cast<double>(c.texts.size()) / full1);
  // The first round of schema + mandatory, as one run over a corpus is.
  std::printf("VEXTRIAGE_FIRST_ROUND_DOCS_PER_SECOND=%.0f\n", static_cast<double>(c.texts.size()) / first_full);
  return 0;
}
