// purl parse throughput on a list of purls (one a line): parses the whole
// list repeatedly for at least a second and prints parses per second.
// Usage: purl LIST_FILE   (bench/purl.sh runs it beside packageurl-js)
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/file.h"
#include "version/purl.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: purl LIST_FILE\n");
    return 2;
  }
  auto text = vt::read_file(argv[1]);
  if (!text.ok()) {
    std::fprintf(stderr, "%s\n", text.error().to_string().c_str());
    return 1;
  }
  std::vector<std::string> purls;
  for (std::size_t start = 0; start < text->size();) {
    std::size_t nl = text->find('\n', start);
    if (nl == std::string::npos) nl = text->size();
    if (nl > start) purls.push_back(text->substr(start, nl - start));
    start = nl + 1;
  }
  std::size_t ok = 0;
  for (const auto& p : purls) ok += vt::version::parse_purl(p).ok();
  using Clock = std::chrono::steady_clock;
  const auto begin = Clock::now();
  std::size_t parses = 0, sink = 0;
  double seconds = 0;
  do {
    for (const auto& p : purls) {
      auto r = vt::version::parse_purl(p);
      sink += r.ok() ? r->name.size() : 1;
    }
    parses += purls.size();
    seconds = std::chrono::duration<double>(Clock::now() - begin).count();
  } while (seconds < 1.0);
  std::printf("vextriage: %zu purls (%zu valid), %zu parses in %.2f s (checksum %zu)\n", purls.size(), ok, parses,
              seconds, sink);
  std::printf("VEXTRIAGE_PURLS_PER_SECOND=%.0f\n", parses / seconds);
  return 0;
}
