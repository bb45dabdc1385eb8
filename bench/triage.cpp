// Triage at estate scale: a generated estate of 10,000 artifacts (500-2,000
// packages each, real package names and versions from ../shared/fixtures and
// from the corpus's own statements) against every document of
// ../shared/corpus plus the CVE records. Prints the time to load the
// statements, to triage, peak memory, and the time to re-triage after adding
// one document (only its statements are triaged).
//
// No peer tool joins vendor VEX with inventories offline (trivy and grype
// need their online vulnerability databases to apply VEX), so this
// benchmark measures against the budget: < 30 s on 2 cores, < 2 GB,
// a new document < 1 s.
//   bench/triage [ARTIFACTS] [-j THREADS] [--with-replacement] [--retriage-only]
// -j: threads triaging artifacts at once (default: one per core).
// --with-replacement: draw each artifact's packages with replacement, as
// this benchmark did until 2026-12-03 (a Debian artifact then listed most
// packages two or three times), to compare with the figures of that time.
// --retriage-only: skip the full triage (the estate is still generated, to
// index it), for profiling the re-triage.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/file.h"
#include "inventory/dpkg.h"
#include "inventory/os_release.h"
#include "matching/load.h"
#include "triage/triage.h"

namespace {

double seconds_of(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}
double process_cpu() { return seconds_of(CLOCK_PROCESS_CPUTIME_ID); }
double thread_cpu() { return seconds_of(CLOCK_THREAD_CPUTIME_ID); }
double wall() { return seconds_of(CLOCK_MONOTONIC); }

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

struct Pool {
  std::vector<vt::inventory::Component> packages;
  std::size_t names() const {
    std::unordered_set<std::string_view> n;
    for (const auto& p : packages) n.insert(p.name);
    return n.size();
  }
};

struct PlatformSpec {
  const char* os_release;
  const char* ecosystem;
};

constexpr PlatformSpec kPlatforms[] = {
    {"ID=azurelinux\nVERSION_ID=\"3.0\"\nPRETTY_NAME=\"Microsoft Azure Linux 3.0\"\n", "rpm"},
    {"ID=mariner\nVERSION_ID=\"2.0\"\nPRETTY_NAME=\"CBL-Mariner/Linux\"\n", "rpm"},
    {"ID=\"rhel\"\nVERSION_ID=\"9.4\"\nPRETTY_NAME=\"Red Hat Enterprise Linux 9.4\"\n", "rpm"},
    {"ID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"9.3\"\nPRETTY_NAME=\"Rocky Linux "
     "9.3\"\n",
     "rpm"},
    {"ID=\"sles\"\nVERSION_ID=\"15.6\"\nPRETTY_NAME=\"SUSE Linux Enterprise Server 15 SP6\"\n",
     "rpm"},
    {"ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n", "deb"},
    {"ID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"22.04\"\nPRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\n",
     "deb"},
};

struct Generator {
  Pool deb, rpm;
  bool with_replacement = false;

  // Artifact i of the generated estate, the same every time it is asked for
  // (as if read back from the store). A package database lists each name
  // once: names are drawn from the pool without replacement. The pools hold
  // fewer names than a large database (809 deb, about 300 rpm: the names
  // vendors' statements speak of), so an artifact that wants more packages
  // is filled up with packages no statement names ("filler-N"): they cost
  // what such packages cost (one index lookup each) and decide nothing.
  vt::triage::Artifact make(std::size_t i) const {
    std::mt19937_64 rng(i * 7919 + 1);
    const PlatformSpec& spec = kPlatforms[i % std::size(kPlatforms)];
    const Pool& pool = std::strcmp(spec.ecosystem, "deb") == 0 ? deb : rpm;
    vt::triage::Artifact a;
    a.name = "artifact-" + std::to_string(i);
    a.type = i % 3 == 0 ? vt::triage::ArtifactType::kContainerImage
                        : vt::triage::ArtifactType::kLinuxImage;
    vt::inventory::Inventory inv;
    inv.platform = vt::inventory::platform_from(
        vt::inventory::parse_os_release(spec.os_release, "/etc/os-release"));
    const std::size_t wanted = 500 + rng() % 1501;
    inv.components.reserve(wanted);
    if (with_replacement) {
      const std::size_t n = std::min(pool.packages.size(), wanted);
      for (std::size_t k = 0; k < n; ++k)
        inv.components.push_back(pool.packages[rng() % pool.packages.size()]);
    } else {
      // A partial Fisher-Yates shuffle of the pool's indices.
      std::vector<std::uint32_t> order(pool.packages.size());
      for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
      std::unordered_set<std::string_view> names;
      for (std::size_t k = 0; k < order.size() && inv.components.size() < wanted; ++k) {
        std::swap(order[k], order[k + rng() % (order.size() - k)]);
        const auto& p = pool.packages[order[k]];
        if (names.insert(p.name).second) inv.components.push_back(p);
      }
      for (std::size_t k = 0; inv.components.size() < wanted; ++k) {
        vt::inventory::Component filler = pool.packages.front();
        filler.name = "filler-" + std::to_string(k);
        filler.version = "1.0-1";
        filler.source_name.clear();
        filler.purl.clear();
        inv.components.push_back(std::move(filler));
      }
    }
    inv.databases.push_back(
        {spec.ecosystem, "generated", "/var/lib/pkgs", inv.components.size(), true});
    a.inventory = std::move(inv);
    return a;
  }
};

bool open_verdict(vt::triage::Verdict v) {
  return v != vt::triage::Verdict::kFixed && v != vt::triage::Verdict::kNotAffected;
}

// What each thread did: its time inside Triager::add (CPU time of the
// thread, and wall clock: on a machine shared with other work the wall
// clock counts the neighbours' turns too), the time it spent generating
// artifacts, its counts and its part of the estate's own index.
struct ThreadTally {
  double triage_s = 0, triage_wall_s = 0, generate_s = 0;
  std::size_t findings = 0, open = 0, components = 0;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_name, by_platform;
};

// Runs `artifacts` (indices into the generated estate) through `triager` on
// `threads` threads, each with its own scratch and output buffer.
std::vector<ThreadTally> run(const vt::triage::Triager* triager, const Generator& gen,
                             const std::vector<std::uint32_t>& artifacts, unsigned threads,
                             bool build_index) {
  std::vector<ThreadTally> tallies(threads);
  std::atomic<std::size_t> next{0};
  auto work = [&](ThreadTally& t) {
    vt::triage::Triager::Scratch scratch;
    std::vector<vt::triage::Finding> out;
    for (std::size_t k; (k = next.fetch_add(1)) < artifacts.size();) {
      const std::uint32_t i = artifacts[k];
      const double t0 = thread_cpu();
      vt::triage::Artifact a = gen.make(i);  // stands for reading it back from the store
      const double t1 = thread_cpu(), w1 = wall();
      out.clear();
      if (triager) triager->add(a, out, scratch);
      t.triage_s += thread_cpu() - t1;
      t.triage_wall_s += wall() - w1;
      t.generate_s += t1 - t0;
      t.findings += out.size();
      for (const auto& f : out) t.open += open_verdict(f.verdict);
      t.components += a.inventory->components.size();
      if (!build_index) continue;
      for (const auto& c : a.inventory->components) {
        auto& list = t.by_name[c.name];
        if (list.empty() || list.back() != i) list.push_back(i);
      }
      t.by_platform[a.inventory->platform->id].push_back(i);
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work, std::ref(tallies[k]));
    work(tallies[0]);
  }
  return tallies;
}

struct Sum {
  double busiest_s = 0, busiest_wall_s = 0, triage_cpu_s = 0, generate_s = 0;
  std::size_t findings = 0, open = 0, components = 0;
};
Sum sum(const std::vector<ThreadTally>& tallies) {
  Sum s;
  for (const auto& t : tallies) {
    // The estate is triaged when the busiest thread is done: its time in
    // add() is the time the triage takes on as many free cores as threads,
    // generation left out.
    s.busiest_s = std::max(s.busiest_s, t.triage_s);
    s.busiest_wall_s = std::max(s.busiest_wall_s, t.triage_wall_s);
    s.triage_cpu_s += t.triage_s;
    s.generate_s += t.generate_s;
    s.findings += t.findings;
    s.open += t.open;
    s.components += t.components;
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t artifacts = 10000;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  Generator gen;
  bool full_triage = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-j" && i + 1 < argc)
      threads = static_cast<unsigned>(std::max(1ul, std::stoul(argv[++i])));
    else if (arg == "--with-replacement")
      gen.with_replacement = true;
    else if (arg == "--retriage-only")
      full_triage = false;
    else
      artifacts = std::stoul(arg);
  }
  const std::string shared = VT_SHARED_DIR;

  double t0 = wall();
  vt::matching::ClaimSet claims =
      vt::matching::load_claims({shared + "/corpus"}, {shared + "/fixtures/cve-records"});
  const double load_s = wall() - t0;

  // Package pools: Debian's real status file; rpm names and versions from
  // the corpus's statements about rpm packages (what matters is that
  // estates hold the packages vendors speak of).
  auto status = vt::read_file(shared + "/fixtures/pkgdb/dpkg-debian-12/status", 64 << 20);
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", status.error().to_string().c_str());
    return 2;
  }
  gen.deb.packages = vt::inventory::parse_dpkg_status(*status, "/var/lib/dpkg/status").components;
  for (const auto& c : claims.claims) {
    if (c.ecosystem != "rpm" || c.name.empty() || c.version.empty()) continue;
    vt::inventory::Component p;
    p.ecosystem = "rpm";
    p.name = c.name;
    p.version =
        c.version.substr(c.version.find(':') == std::string::npos ? 0 : c.version.find(':') + 1);
    p.evidence = "/var/lib/rpm/rpmdb.sqlite";
    gen.rpm.packages.push_back(std::move(p));
  }
  std::printf(
      "statements: %zu documents, %zu claims (%zu documents skipped, %zu statements left out), "
      "loaded in %.2f s; package pools: deb %zu (%zu names), rpm %zu (%zu names); packages drawn "
      "%s replacement; %u threads\n",
      claims.documents, claims.claims.size(), claims.skipped.size(), claims.problems.size(), load_s,
      gen.deb.packages.size(), gen.deb.names(), gen.rpm.packages.size(), gen.rpm.names(),
      gen.with_replacement ? "with" : "without", threads);

  vt::triage::TriageOptions options;
  t0 = wall();
  const vt::triage::Triager triager(claims, options);
  const double index_s = wall() - t0;

  std::vector<std::uint32_t> everything(artifacts);
  for (std::uint32_t i = 0; i < artifacts; ++i) everything[i] = i;
  const double cpu0 = process_cpu();
  t0 = wall();
  auto tallies = run(full_triage ? &triager : nullptr, gen, everything, threads, true);
  const double run_s = wall() - t0, run_cpu_s = process_cpu() - cpu0;
  const Sum full = sum(tallies);
  // The estate's own index: which artifacts hold a component name or run a
  // platform, so that a new document is triaged only where it can matter.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_name, by_platform;
  for (auto& t : tallies) {
    for (auto& [k, v] : t.by_name) by_name[k].insert(by_name[k].end(), v.begin(), v.end());
    for (auto& [k, v] : t.by_platform)
      by_platform[k].insert(by_platform[k].end(), v.begin(), v.end());
  }
  tallies.clear();
  std::printf("estate: %zu artifacts, %zu packages; %zu statement groups indexed in %.2f s\n",
              artifacts, full.components, triager.statement_groups(), index_s);
  std::printf(
      "triage: %.2f s on %u threads (the busiest thread's CPU time in Triager::add; wall clock "
      "%.2f s; %.2f s of CPU in all), %.0f artifacts/s, %zu findings (%zu open)\n  the whole run, "
      "generating the estate included: %.2f s wall, %.2f s CPU (generating: %.2f s)\n",
      full.busiest_s, threads, full.busiest_wall_s, full.triage_cpu_s, artifacts / full.busiest_s,
      full.findings, full.open, run_s, run_cpu_s, full.generate_s);

  // One new document (already in the corpus: the estate as it is once the
  // document has arrived). A Triager over every statement about the
  // document's vulnerabilities (TriageOptions::vulnerabilities: a new
  // statement joins what others say about the same vulnerability), on the
  // artifacts that hold a component those statements name or run a
  // platform they name. Run twice, without and with the findings' texts
  // (TriageOptions::explain). The time includes building that Triager.
  auto new_doc = vt::matching::load_claims({shared + "/corpus/redhat/rhsa-2024_2054.json"}, {});
  std::vector<std::string> new_vulnerabilities;
  for (const auto& c : new_doc.claims) new_vulnerabilities.push_back(c.vulnerability);
  std::sort(new_vulnerabilities.begin(), new_vulnerabilities.end());
  new_vulnerabilities.erase(std::unique(new_vulnerabilities.begin(), new_vulnerabilities.end()),
                            new_vulnerabilities.end());
  std::vector<std::uint32_t> touched;
  for (const auto& c : claims.claims) {
    if (!std::binary_search(new_vulnerabilities.begin(), new_vulnerabilities.end(),
                            c.vulnerability))
      continue;
    if (auto it = by_name.find(c.name); it != by_name.end())
      touched.insert(touched.end(), it->second.begin(), it->second.end());
    if (c.platform)
      if (auto it = by_platform.find(c.platform->id); it != by_platform.end())
        touched.insert(touched.end(), it->second.begin(), it->second.end());
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  // `explain` off: the decisions only (what a store diffs against the last
  // run); on: every finding with its id, evidence and texts, as scan writes.
  auto retriage = [&](bool explain) {
    const double t = thread_cpu();
    vt::triage::TriageOptions o = options;
    o.explain = explain;
    o.vulnerabilities = new_vulnerabilities;
    const vt::triage::Triager incremental(claims, o);
    const double setup_s = thread_cpu() - t;
    Sum r = sum(run(&incremental, gen, touched, threads, false));
    r.busiest_s += setup_s;
    r.busiest_wall_s += setup_s;
    return r;
  };
  const Sum decided = retriage(false);
  const Sum explained = retriage(true);
  std::printf(
      "one new document (%zu claims, %zu vulnerabilities): %zu of %zu artifacts concerned, %zu "
      "findings (%zu open)\n  re-triaged in %.3f s (decisions), %.3f s (with ids, evidence and "
      "texts) on %u threads, building the Triager included (wall clock %.3f s, %.3f s)\n",
      new_doc.claims.size(), new_vulnerabilities.size(), touched.size(), artifacts,
      decided.findings, decided.open, decided.busiest_s, explained.busiest_s, threads,
      decided.busiest_wall_s, explained.busiest_wall_s);
  if (decided.findings != explained.findings || decided.open != explained.open)
    std::printf("MISMATCH: with texts %zu findings (%zu open)\n", explained.findings,
                explained.open);
  std::printf("peak memory: %ld MB\n", peak_rss_mb());
  std::printf(
      "budget (issue 6): triage < 30 s: %s; < 2 GB: %s; new document < 1 s: %s (decisions), %s "
      "(with texts)\n",
      full.busiest_s < 30 ? "yes" : "NO", peak_rss_mb() < 2048 ? "yes" : "NO",
      decided.busiest_s < 1 ? "yes" : "NO", explained.busiest_s < 1 ? "yes" : "NO");
  return 0;
}
