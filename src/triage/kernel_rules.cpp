#include "triage/kernel_rules.h"

#include "triage/version_rules.h"

namespace vt::triage {
namespace {

// A full .config names every option whose dependencies are met ("# ... is
// not set" included); only then does a missing option mean "off".
constexpr std::size_t kFullConfigOptions = 1000;

bool option_off(const inventory::KernelConfig& config, const std::string& option, std::string& state) {
  switch (config.state(option)) {
    case inventory::ConfigState::kNo:
      state = "is not set";
      return true;
    case inventory::ConfigState::kAbsent:
      if (config.options.size() < kFullConfigOptions) return false;
      state = "is absent (its dependencies are off)";
      return true;
    case inventory::ConfigState::kModule: state = "=m"; return false;
    case inventory::ConfigState::kBuiltin: state = "=y"; return false;
    case inventory::ConfigState::kValue: state = "is set"; return false;
  }
  return false;
}

}  // namespace

void gate_kernel(const std::vector<std::string>& program_files, const KernelSubject& k,
                 const KernelOptionsFor& options_for, KernelDecision& d) {
  if (program_files.empty()) return;
  if (!k.config) {
    d.evidence.push_back({"kernel_config", "no kernel configuration found: the build options cannot be checked", ""});
    return;
  }
  if (!options_for) return;
  std::vector<std::string> off_reasons;
  std::vector<std::string> modules;
  for (const std::string& file : program_files) {
    const std::vector<std::string>* options = options_for(file);
    if (!options) {
      d.evidence.push_back({"kernel_config", file + " is not in the file-to-option map: the flaw cannot be gated", ""});
      return;
    }
    std::string reason;
    bool off = false;
    for (const std::string& o : *options) {
      std::string state;
      if (option_off(*k.config, o, state)) {
        reason = file + " needs " + o + ", which " + state;
        off = true;
        break;
      }
      if (state == "=m") modules.push_back(o);
    }
    if (!off) {
      std::string on = file + " is built";
      if (!options->empty()) {
        on += " (";
        for (std::size_t i = 0; i < options->size(); ++i) on += (i ? ", " : "") + (*options)[i];
        on += " on)";
      }
      d.evidence.push_back({"kernel_config", on, k.config->source});
      if (!modules.empty()) {
        std::string m = "built as a module (" + modules.front() + "=m): still affected, a module loads on demand";
        if (k.loaded) m += "; " + std::to_string(k.loaded->size()) + " modules were loaded when the snapshot was taken";
        d.evidence.push_back({"kernel_module", m, k.config->source});
      }
      return;
    }
    off_reasons.push_back(reason);
  }
  d.verdict = Verdict::kNotAffected;
  d.fixed_version.clear();
  for (auto& r : off_reasons) d.evidence.push_back({"kernel_config", r, k.config->source});
}

std::string KernelSubject::describe() const {
  std::string t = "kernel " + release;
  if (wsl) t += " (WSL2)";
  if (!parsed.upstream.empty()) t += ", based on upstream " + parsed.upstream;
  return t;
}

std::vector<KernelSubject> kernel_subjects(const Artifact& a) {
  std::vector<KernelSubject> out;
  auto add = [&out](const std::string& release, std::string evidence) -> KernelSubject* {
    for (auto& k : out)
      if (k.release == release) return &k;
    auto parsed = inventory::parse_kernel_release(release);
    if (!parsed.ok()) return nullptr;
    KernelSubject k;
    k.release = release;
    k.parsed = *parsed;
    k.wsl = parsed->wsl2;
    k.evidence = std::move(evidence);
    out.push_back(std::move(k));
    return &out.back();
  };
  if (a.type == ArtifactType::kWindowsHost) {
    if (!a.wsl_kernel_release.empty()) add(a.wsl_kernel_release, "estate manifest / WSL snapshot");
    return out;
  }
  if (a.type == ArtifactType::kContainerImage || a.labels.count("wsl_distro") || !a.inventory) return out;
  for (const auto& k : a.inventory->kernels) {
    KernelSubject* s = add(k.release, k.evidence.empty() ? "" : k.evidence.front());
    if (!s) continue;
    if (k.config) s->config = &*k.config;
    if (!k.modules_built.empty()) s->modules_built = &k.modules_built;
  }
  if (const auto& rs = a.inventory->running) {
    if (!rs->kernel_release.empty()) {
      KernelSubject* s = add(rs->kernel_release, "uname -r (host snapshot)");
      if (s) {
        if (rs->kernel_config) s->config = &*rs->kernel_config;
        s->loaded = &rs->loaded_modules;
        if (rs->wsl) s->wsl = true;
      }
    }
  }
  return out;
}

KernelDecision decide_kernel(const std::vector<const matching::Claim*>& claims, const KernelSubject& k,
                             const KernelOptionsFor& options_for) {
  KernelDecision d;
  const std::string version = k.parsed.upstream.empty() ? k.parsed.version : k.parsed.upstream;
  VersionDecision v = decide_version(claims, "generic", version);
  d.claim = v.claim;
  d.fixed_version = v.fixed_version;
  if (!v.reason.empty()) d.evidence.push_back({"version", v.reason, ""});
  switch (v.kind) {
    case VersionDecision::kAffected: d.verdict = Verdict::kAffected; break;
    case VersionDecision::kUnderInvestigation: d.verdict = Verdict::kUnderInvestigation; break;
    case VersionDecision::kFixed: d.verdict = Verdict::kFixed; break;
    case VersionDecision::kUnknown: d.verdict = Verdict::kPresumedAffected; break;
    case VersionDecision::kNotAffected:
    case VersionDecision::kNoStatement:
      d.verdict = Verdict::kNotAffected;
      d.evidence.clear();  // outside every range: not this kernel's concern
      return d;
  }
  if (d.verdict == Verdict::kAffected || d.verdict == Verdict::kPresumedAffected) {
    for (const auto* c : claims)
      if (c == d.claim) gate_kernel(c->program_files, k, options_for, d);
  }
  return d;
}

}  // namespace vt::triage
