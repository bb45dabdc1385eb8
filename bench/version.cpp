// Version comparisons per second, ours against the real implementations on
// the same pairs in the same run: rpmvercmp and rpmverCmp (librpm), and
// dpkg_version_compare (libdpkg, on versions parsed once, like ours).
// Pairs are built from real package versions (../shared/fixtures/pkgdb).
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "version/deb_version.h"
#include "version/random_versions.h"
#include "version/rpm_version.h"

#ifdef VT_HAVE_PEER_RPM
#include <rpm/rpmver.h>
#endif
#ifdef VT_HAVE_PEER_DPKG
extern "C" {
#include <dpkg/dpkg-db.h>
#include <dpkg/dpkg.h>
#include <dpkg/version.h>
}
#endif

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Best of `rounds` timings of one pass over all pairs; returns
// comparisons per second. The checksum keeps the work observable.
double rate(size_t n, int rounds, const std::function<long()>& pass, long* checksum) {
  double best = 1e100;
  for (int r = 0; r < rounds; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    *checksum += pass();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (s < best) best = s;
  }
  return static_cast<double>(n) / best;
}

void report(const char* what, double ours, double theirs, const char* peer) {
  std::printf("%-28s ours %12.0f/s   %-22s %12.0f/s   ratio %.2fx\n", what, ours, peer, theirs, ours / theirs);
}

}  // namespace

int main() {
  using namespace vt::version;
  const testing::VersionPool pool = testing::load_version_pool(VT_SHARED_DIR "/fixtures/pkgdb");
  std::vector<std::string> all = pool.rpm;
  all.insert(all.end(), pool.deb.begin(), pool.deb.end());
  if (pool.rpm.empty() || pool.deb.empty()) {
    std::fprintf(stderr, "no versions under %s/fixtures/pkgdb\n", VT_SHARED_DIR);
    return 2;
  }
  constexpr size_t kPairs = 200000;
  constexpr int kRounds = 5;
  const Pairs rpm_pairs = testing::make_pairs(all, kPairs, 42);
  const Pairs deb_pairs = testing::make_pairs(pool.deb, kPairs, 43);
  std::printf("%zu pairs each, best of %d rounds\n", kPairs, kRounds);
  long sink = 0;

  const double ours_vercmp = rate(kPairs, kRounds, [&] {
    long s = 0;
    for (const auto& [a, b] : rpm_pairs) s += rpmvercmp(a, b);
    return s;
  }, &sink);

  std::vector<std::pair<RpmVersion, RpmVersion>> parsed_rpm;
  for (const auto& [a, b] : rpm_pairs) {
    auto x = parse_rpm_version(a);
    auto y = parse_rpm_version(b);
    if (x.ok() && y.ok()) parsed_rpm.emplace_back(*x, *y);
  }
  const double ours_evr = rate(parsed_rpm.size(), kRounds, [&] {
    long s = 0;
    for (const auto& [x, y] : parsed_rpm) s += compare(x, y);
    return s;
  }, &sink);

  std::vector<std::pair<DebVersion, DebVersion>> parsed_deb;
  for (const auto& [a, b] : deb_pairs) {
    const DebParse x = parse_deb_version_lenient(a);
    const DebParse y = parse_deb_version_lenient(b);
    if (x.syntax != DebSyntax::kError && y.syntax != DebSyntax::kError) parsed_deb.emplace_back(x.version, y.version);
  }
  const double ours_deb = rate(parsed_deb.size(), kRounds, [&] {
    long s = 0;
    for (const auto& [x, y] : parsed_deb) s += compare(x, y);
    return s;
  }, &sink);

#ifdef VT_HAVE_PEER_RPM
  const double rpm_vercmp = rate(kPairs, kRounds, [&] {
    long s = 0;
    for (const auto& [a, b] : rpm_pairs) s += ::rpmvercmp(a.c_str(), b.c_str());
    return s;
  }, &sink);
  report("rpmvercmp (strings)", ours_vercmp, rpm_vercmp, "librpm rpmvercmp");
  std::vector<std::pair<rpmver, rpmver>> rpm_parsed;
  for (const auto& [a, b] : rpm_pairs) {
    rpmver x = rpmverParse(a.c_str()), y = rpmverParse(b.c_str());
    if (x && y && parse_rpm_version(a).ok() && parse_rpm_version(b).ok()) rpm_parsed.emplace_back(x, y);
    else { rpmverFree(x); rpmverFree(y); }
  }
  const double rpm_evr = rate(rpm_parsed.size(), kRounds, [&] {
    long s = 0;
    for (const auto& [x, y] : rpm_parsed) s += rpmverCmp(x, y);
    return s;
  }, &sink);
  report("EVR (parsed once)", ours_evr, rpm_evr, "librpm rpmverCmp");
  const double ours_evr_text = rate(kPairs, kRounds, [&] {
    long s = 0;
    for (const auto& [a, b] : rpm_pairs) {
      auto x = parse_rpm_version(a);
      auto y = parse_rpm_version(b);
      if (x.ok() && y.ok()) s += compare(*x, *y);
    }
    return s;
  }, &sink);
  const double rpm_evr_text = rate(kPairs, kRounds, [&] {
    long s = 0;
    for (const auto& [a, b] : rpm_pairs) {
      rpmver x = rpmverParse(a.c_str()), y = rpmverParse(b.c_str());
      if (x && y) s += rpmverCmp(x, y);
      rpmverFree(x);
      rpmverFree(y);
    }
    return s;
  }, &sink);
  report("EVR (parse + compare)", ours_evr_text, rpm_evr_text, "librpm parse+rpmverCmp");
  for (auto& [x, y] : rpm_parsed) { rpmverFree(x); rpmverFree(y); }
#else
  std::printf("rpmvercmp ours %.0f/s, EVR ours %.0f/s (librpm not found: no ratio)\n", ours_vercmp, ours_evr);
#endif

#ifdef VT_HAVE_PEER_DPKG
  std::vector<std::pair<dpkg_version, dpkg_version>> dpkg_parsed;
  for (const auto& [a, b] : deb_pairs) {
    dpkg_version x = DPKG_VERSION_INIT, y = DPKG_VERSION_INIT;
    dpkg_error ex = DPKG_ERROR_INIT, ey = DPKG_ERROR_INIT;
    parseversion(&x, a.c_str(), &ex);
    parseversion(&y, b.c_str(), &ey);
    if (ex.type != DPKG_MSG_ERROR && ey.type != DPKG_MSG_ERROR) dpkg_parsed.emplace_back(x, y);
    dpkg_error_destroy(&ex);
    dpkg_error_destroy(&ey);
  }
  const double dpkg_rate = rate(dpkg_parsed.size(), kRounds, [&] {
    long s = 0;
    for (const auto& [x, y] : dpkg_parsed) s += dpkg_version_compare(&x, &y);
    return s;
  }, &sink);
  report("deb (parsed once)", ours_deb, dpkg_rate, "libdpkg compare");
  // From text each time: our lenient parse + compare against parseversion
  // (which allocates from dpkg's obstack, freed per round) + compare.
  const double ours_deb_text = rate(kPairs, kRounds, [&] {
    long s = 0;
    for (const auto& [a, b] : deb_pairs) {
      const DebParse x = parse_deb_version_lenient(a);
      const DebParse y = parse_deb_version_lenient(b);
      if (x.syntax != DebSyntax::kError && y.syntax != DebSyntax::kError) s += compare(x.version, y.version);
    }
    return s;
  }, &sink);
  const double dpkg_text = rate(kPairs, kRounds, [&] {
    long s = 0;
    for (const auto& [a, b] : deb_pairs) {
      dpkg_version x = DPKG_VERSION_INIT, y = DPKG_VERSION_INIT;
      dpkg_error ex = DPKG_ERROR_INIT, ey = DPKG_ERROR_INIT;
      parseversion(&x, a.c_str(), &ex);
      parseversion(&y, b.c_str(), &ey);
      if (ex.type != DPKG_MSG_ERROR && ey.type != DPKG_MSG_ERROR) s += dpkg_version_compare(&x, &y);
      dpkg_error_destroy(&ex);
      dpkg_error_destroy(&ey);
    }
    nffreeall();
    return s;
  }, &sink);
  report("deb (parse + compare)", ours_deb_text, dpkg_text, "libdpkg parse+compare");
#else
  std::printf("deb ours %.0f/s (libdpkg not found: no ratio)\n", ours_deb);
#endif
  std::printf("(checksum %ld)\n", sink);
  return 0;
}
