// Kernel vulnerabilities: which kernels an artifact has (installed, running,
// a Windows host's WSL kernel), whether their upstream base version is in an
// affected range, and kernel gating: the touched source files mapped to the
// CONFIG_* options that build them, checked against the kernel's config.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "inventory/kernel.h"
#include "matching/claim.h"
#include "triage/estate.h"
#include "triage/finding.h"

namespace vt::triage {

struct KernelSubject {
  std::string release;  // as uname -r prints it
  inventory::KernelRelease parsed;
  const inventory::KernelConfig* config = nullptr;
  const std::vector<std::string>* modules_built = nullptr;       // modules.dep
  const std::vector<inventory::LoadedModule>* loaded = nullptr;  // a snapshot's /proc/modules
  std::string evidence;  // where the release was read
  bool wsl = false;
  std::string describe() const;
};

// The kernels of an artifact. Containers and WSL distros have none of their
// own (they run the host's), so they give none.
std::vector<KernelSubject> kernel_subjects(const Artifact& artifact);

struct KernelDecision {
  Verdict verdict = Verdict::kNotAffected;
  const matching::Claim* claim = nullptr;
  std::string fixed_version;
  std::vector<Evidence> evidence;  // empty with kNotAffected: outside every range, nothing to report
};

using KernelOptionsFor = std::function<const std::vector<std::string>*(std::string_view path)>;

// Gating: not affected when every touched file needs an option that is off
// (evidence: the option, the file, the config). A file the map does not know,
// or no config at all, leaves `d` as it is with evidence saying why.
void gate_kernel(const std::vector<std::string>& program_files, const KernelSubject& kernel,
                 const KernelOptionsFor& options_for, KernelDecision& d);

KernelDecision decide_kernel(const std::vector<const matching::Claim*>& claims, const KernelSubject& kernel,
                             const KernelOptionsFor& options_for);

}  // namespace vt::triage
