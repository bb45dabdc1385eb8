// Triage: claims x estate -> findings, by the rules of CONTRACT.md: an
// attestation is authoritative for the product it names, its absence is
// evidence of nothing, not_affected needs positive evidence, and when in
// doubt an unpatched artifact counts as vulnerable.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "matching/claim.h"
#include "triage/estate.h"
#include "triage/finding.h"

namespace vt::triage {

struct TriageOptions {
  // Kernel gating: the CONFIG_* options a kernel source file is built under
  // (all of them needed), or nullptr when the file is unknown.
  std::function<const std::vector<std::string>*(std::string_view path)> kernel_options_for;
  // Also report not_affected where a component no statement attests for this
  // platform is absent from a complete package database (off: such
  // artifacts are simply not concerned, as in trivy and grype).
  bool report_absent = false;
  // Write what a person reads: each finding's id, evidence chain,
  // attestation and action text. Off, findings carry the decision only
  // (artifact, vulnerability, component, verdict, tier, action, fixed
  // version): re-triaging an estate after a new document decides millions
  // of findings, and only the ones someone looks at need their text (run
  // that artifact again with this on).
  bool explain = true;
  // triage(): artifacts triaged at once (0: one per core). Findings come out
  // in the same order whatever the number.
  unsigned threads = 1;
  // Only the statements about these vulnerabilities (empty: all): those of
  // a new document, to re-triage what it can change. Statements about
  // other vulnerabilities are not even grouped, so such a Triager is
  // cheap to build.
  std::vector<std::string> vulnerabilities;
};

struct TriageResult {
  std::vector<Finding> findings;   // sorted: tier, artifact, vulnerability, component
  std::vector<std::string> notes;  // revision changes: what a newer revision says differently
  std::vector<matching::SkippedDocument>
      skipped;  // documents that gave no statements, with the reason
};

TriageResult triage(const Estate& estate, const matching::ClaimSet& claims,
                    const TriageOptions& options = {});

// The same, one artifact at a time, for estates too large to hold: the
// statements are grouped and indexed once; each artifact's inventory can be
// read, triaged and dropped. Findings come unsorted.
class Triager {
 public:
  // The working memory of one thread's add() calls (which statement groups
  // an artifact has already met, its matched components): one per thread,
  // reused from artifact to artifact.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

   private:
    friend class Triager;
    struct Buffers;
    std::unique_ptr<Buffers> buffers_;
  };

  Triager(const matching::ClaimSet& claims, TriageOptions options);
  ~Triager();
  // Safe to call from several threads at once, each with its own scratch
  // (the statements and their index are only read).
  void add(const Artifact& artifact, std::vector<Finding>& out, Scratch& scratch) const;
  // One thread: the Triager's own scratch.
  void add(const Artifact& artifact, std::vector<Finding>& out);
  std::size_t statement_groups() const;
  // From now on, only the statements about these vulnerabilities (those of
  // a new document, with everything else known about them): the findings a
  // new document can change. Empty: all of them again. Not while add() runs.
  void only(const std::vector<std::string>& vulnerabilities);

 private:
  struct State;
  std::unique_ptr<State> state_;
  Scratch scratch_;
};

}  // namespace vt::triage
