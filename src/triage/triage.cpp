#include "triage/triage.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <span>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "core/strings.h"
#include "triage/claim_texts.h"
#include "triage/kernel_rules.h"
#include "triage/name_filter.h"
#include "triage/platform_match.h"
#include "triage/version_rules.h"

namespace vt::triage {
namespace {

using matching::Claim;
using matching::ClaimStatus;

// The statements of one vulnerability about one component.
struct Group {
  std::string vulnerability, name, ecosystem;
  std::vector<const Claim*> claims;
  std::vector<PreparedPlatform> platforms;  // claims[i]'s platform, prepared once
  bool kernel() const { return ecosystem == "linux-kernel"; }
};

// An installed component a group names: by its own name (`exact`) or by
// the source package it was built from. Found for all groups at once, in
// one pass over the artifact's components.
struct Match {
  std::uint32_t group;
  bool by_source;           // false sorts first: exact names before source names
  std::uint32_t component;  // index in the inventory, to keep its order
  bool operator<(const Match& o) const {
    return std::tie(group, by_source, component) < std::tie(o.group, o.by_source, o.component);
  }
};

std::vector<Group> group_claims(const matching::ClaimSet& set,
                                const std::vector<std::string>& only) {
  const std::set<std::string_view> wanted(only.begin(), only.end());
  std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
  for (const Claim& c : set.claims) {
    if (!wanted.empty() && !wanted.count(c.vulnerability)) continue;
    auto key = std::make_tuple(c.vulnerability, c.name, c.ecosystem);
    Group& g = groups[key];
    if (g.claims.empty()) {
      g.vulnerability = c.vulnerability;
      g.name = c.name;
      g.ecosystem = c.ecosystem;
    }
    g.claims.push_back(&c);
  }
  std::vector<Group> out;
  out.reserve(groups.size());
  for (auto& [key, g] : groups) {
    for (const Claim* c : g.claims)
      g.platforms.push_back(c->platform ? prepare(*c->platform) : PreparedPlatform{});
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<std::string> vulnerabilities_of(const std::vector<Group>& groups) {
  std::vector<std::string> out;
  for (const Group& g : groups)
    if (out.empty() || out.back() != g.vulnerability) out.push_back(g.vulnerability);
  return out;
}

// Whether `publisher` is the vendor of the artifact's distribution (Microsoft
// for Azure Linux, Canonical for Ubuntu, ...): its images are first-party.
bool is_distribution_vendor(const std::string& publisher, const inventory::Platform& p) {
  std::string lower;
  for (char c : publisher)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  auto says = [&lower](std::string_view name) { return lower.find(name) != std::string::npos; };
  const std::string& id = p.id;
  if (p.lineage == inventory::Lineage::kMicrosoft) return says("microsoft");
  if (id == "ubuntu") return says("canonical") || says("ubuntu");
  if (id == "debian") return says("debian");
  if (id == "rhel") return says("red hat") || says("redhat");
  if (id == "sles" || id == "sled" || id.rfind("opensuse", 0) == 0) return says("suse");
  if (id == "amzn") return says("amazon") || says("aws");
  if (id == "ol") return says("oracle");
  if (id == "rocky") return says("rocky") || says("ciq");
  if (id == "almalinux") return says("alma");
  if (id == "alpine") return says("alpine");
  return says(id);
}

bool is_distro_ecosystem(std::string_view e) { return e == "rpm" || e == "deb" || e == "apk"; }

std::string installed_version(const inventory::Component& c) {
  if (c.ecosystem == "rpm" && !c.epoch.empty() && c.epoch != "0") return c.epoch + ":" + c.version;
  return c.version;
}

std::string scheme_of(const inventory::Component& c) {
  if (is_distro_ecosystem(c.ecosystem)) return c.ecosystem;
  return "generic";
}

class ArtifactTriage {
 public:
  ArtifactTriage(const Artifact& a, const TriageOptions& options,
                 const std::map<std::string, std::vector<std::string>>& kernel_files,
                 const ClaimTexts& texts, std::vector<Finding>& out)
      : a_(a),
        options_(options),
        kernel_files_(kernel_files),
        texts_(texts),
        out_(out),
        kernels_(kernel_subjects(a)),
        explain_(options.explain) {
    if (!a.inventory) return;
    if (a.inventory->platform)
      platform_id_ =
          canonical_platform_id(a.inventory->platform->id, a.inventory->platform->version_id);
    for (const auto& db : a.inventory->databases) {
      if (db.complete)
        complete_dbs_.push_back(&db);
      else
        has_partial_db_ = true;
    }
  }

  void windows_without_wsl(const std::vector<std::string>& vulnerabilities) {
    for (const std::string& v : vulnerabilities) {
      Finding& f = start(v, FindingComponent{});
      f.verdict = Verdict::kPresumedAffected;
      f.tier = Tier::kLow;
      f.action = Action::kVerify;
      if (explain_) {
        f.action_detail = "confirm that no Linux (WSL, guest VM, container) runs on this host";
        f.evidence.push_back(
            {"no_inventory", "a Windows host without WSL: no Linux component to check", ""});
      }
    }
  }

  // `matches`: the artifact's components this group names (Match order).
  void package_group(const Group& g, std::span<const Match> matches) {
    matches_ = matches;
    // Buffers kept from group to group: an artifact meets thousands.
    std::vector<const Claim*>& same = same_;
    std::vector<const Claim*>& unplaced = unplaced_;
    same.clear();
    unplaced.clear();
    bool lineage = false, other = false;
    const Claim* lineage_example = nullptr;
    for (std::size_t i = 0; i < g.claims.size(); ++i) {
      const Claim* c = g.claims[i];
      if (!c->platform) {
        unplaced.push_back(c);
      } else if (!a_.inventory->platform) {
        other = true;
      } else {
        switch (relate(g.platforms[i], platform_id_, *a_.inventory->platform)) {
          case PlatformRelation::kSame:
            same.push_back(c);
            break;
          case PlatformRelation::kLineage:
            lineage = true;
            lineage_example = c;
            break;
          case PlatformRelation::kOther:
            other = true;
            break;
        }
      }
    }
    if (g.name.empty()) {  // a statement about the platform as a whole
      if (!same.empty()) platform_statement(g, same);
      return;
    }
    if (!same.empty()) {
      attested(g, same);
    } else if (lineage) {
      not_attested(g, unplaced, Tier::kHigh, lineage_example);
    } else if (!unplaced.empty() || other) {
      not_attested(g, unplaced, Tier::kMedium, nullptr);
    }
  }

  void kernel_group(const Group& g) {
    // The distribution's own statement on its kernel package already judged
    // this kernel (gated the same way): one finding, not two.
    if (kernels_.empty() || kernel_package_judged_.count(g.vulnerability)) return;
    for (const KernelSubject& k : kernels_) {
      KernelDecision d = decide_kernel(g.claims, k, options_.kernel_options_for);
      if (d.verdict == Verdict::kNotAffected && d.evidence.empty())
        continue;  // not in range: nothing to say
      FindingComponent comp{"kernel", "linux", k.release, ""};
      Finding& f = start(g.vulnerability, comp, k.release);
      f.verdict = d.verdict;
      f.fixed_version = d.fixed_version;
      if (explain_) {
        f.evidence.push_back({"kernel_release", k.describe(), k.evidence});
        for (auto& e : d.evidence) f.evidence.push_back(std::move(e));
        if (d.claim) f.evidence.insert(f.evidence.begin(), texts_.evidence(*d.claim));
      }
      const bool open = f.verdict == Verdict::kAffected ||
                        f.verdict == Verdict::kPresumedAffected ||
                        f.verdict == Verdict::kUnderInvestigation;
      if (open) {
        f.tier = k.wsl && f.verdict == Verdict::kAffected ? Tier::kHigh : Tier::kMedium;
        f.action = k.wsl ? Action::kUpdateWslKernel : Action::kRebootKernel;
        if (explain_)
          f.action_detail =
              k.wsl ? "run `wsl --update` (or install the vendor's WSL kernel) and restart WSL"
                    : "install a kernel with the fix and reboot into it";
        if (explain_ && !f.fixed_version.empty())
          f.action_detail += "; fixed upstream in " + f.fixed_version;
      }
    }
  }

 private:
  // The new finding, in place at the end of `out_` (millions are made: no
  // copy, no move); valid until the next start().
  Finding& start(const std::string& vulnerability, FindingComponent component,
                 const std::string& instance = "") {
    Finding& f = out_.emplace_back();
    f.artifact = a_.name;
    f.artifact_type = to_string(a_.type);
    if (a_.inventory && a_.inventory->platform) {
      f.platform_id = a_.inventory->platform->id;
      f.platform_version_id = a_.inventory->platform->version_id;
    }
    f.vulnerability = vulnerability;
    if (explain_) {
      std::string key = instance.empty()
                            ? cat({component.kind, ":", component.name})
                            : cat({component.kind, ":", component.name, "@", instance});
      f.id = finding_id(a_.name, vulnerability, key);
      f.evidence.reserve(4);
    }
    if (!a_.labels.empty()) f.labels = a_.labels;
    f.component = std::move(component);
    return f;
  }

  // Installed components a group names: exact package names first, else
  // the binary packages built from a source package of that name.
  // (A buffer kept from group to group, valid until the next call.)
  const std::vector<const inventory::Component*>& installed(const Group& g,
                                                            bool same_ecosystem_only) {
    std::vector<const inventory::Component*>& out = found_;
    out.clear();
    const auto& components = a_.inventory->components;
    for (bool by_source : {false, true}) {
      if (!out.empty()) break;
      for (const Match& m : matches_) {
        const inventory::Component* c = &components[m.component];
        if (m.by_source == by_source &&
            (!same_ecosystem_only || g.ecosystem.empty() || c->ecosystem == g.ecosystem ||
             c->kind == inventory::ComponentKind::kFile))
          out.push_back(c);
      }
    }
    return out;
  }

  // The complete database that proves absence, or nullptr.
  const inventory::PackageDatabase* proves_absence(std::string_view ecosystem) const {
    for (const auto* db : complete_dbs_)
      if (ecosystem.empty() || !is_distro_ecosystem(ecosystem) || db->ecosystem == ecosystem)
        return db;
    return nullptr;
  }

  // `version`: installed_version(c), worked out once per finding.
  FindingComponent component_of(const inventory::Component& c, const std::string& version) const {
    return {c.kind == inventory::ComponentKind::kFile ? "file" : "package", c.name, version,
            c.purl};
  }

  Evidence presence_evidence(const inventory::Component& c, const std::string& version) const {
    if (c.kind == inventory::ComponentKind::kFile)
      return {"file",
              cat({c.name, " ", c.version, " found in a binary (no package database owns it)"}),
              c.evidence};
    return {"package_db", cat({c.name, " ", version, " is installed (", c.ecosystem, ")"}),
            c.evidence};
  }

  // A partner's image (published by someone other than its distribution's
  // vendor) is fixed by its publisher, not by updating a package in place.
  bool partner_image() const {
    auto p = a_.labels.find("publisher");
    if (p == a_.labels.end()) return false;
    if (!a_.inventory || !a_.inventory->platform) return true;
    return !is_distribution_vendor(p->second, *a_.inventory->platform);
  }

  Action fix_action() const {
    if (partner_image()) return Action::kContactPublisher;
    if (a_.type == ArtifactType::kContainerImage) return Action::kRedeploy;
    return Action::kPatchRebuild;
  }

  std::string fix_detail(const std::string& name, const std::string& fixed,
                         const Claim* claim) const {
    std::string t = fixed.empty() ? cat({"update ", name, " to the distribution's fixed build"})
                                  : cat({"update ", name, " to ", fixed, " or later"});
    if (a_.type == ArtifactType::kContainerImage)
      t += ", rebuild the image on the fixed base and redeploy";
    else if (a_.type == ArtifactType::kLinuxImage)
      t += " and rebuild the image";
    if (claim)
      if (const std::string vendor = texts_.remediation(*claim); !vendor.empty())
        t += cat({" (", vendor, ")"});
    return t;
  }

  void absent(const Group& g, const inventory::PackageDatabase& db, const Claim* claim,
              Tier /*unused*/) {
    Finding& f = start(g.vulnerability, FindingComponent{"none", g.name, "", ""});
    f.verdict = Verdict::kNotAffected;
    if (!explain_) return;
    if (claim) {
      f.attestation = texts_.attestation(*claim);
      f.evidence.push_back(texts_.evidence(*claim));
    }
    f.evidence.push_back({"package_db",
                          "no package named " + g.name + " in the complete " + db.ecosystem +
                              " database (" + std::to_string(db.packages) + " packages)",
                          db.path});
  }

  void unknown_presence(const Group& g, Tier tier, const Claim* claim) {
    Finding& f = start(g.vulnerability, FindingComponent{"none", g.name, "", ""});
    f.verdict = Verdict::kPresumedAffected;
    f.tier = tier;
    f.action = Action::kVerify;
    if (!explain_) return;
    f.action_detail =
        "inventory this artifact's packages: whether " + g.name + " is present cannot be told";
    if (claim) {
      f.attestation = texts_.attestation(*claim);
      f.evidence.push_back(texts_.evidence(*claim));
    }
    f.evidence.push_back(
        {"no_inventory",
         has_partial_db_
             ? "the package list is not complete and does not name " + g.name
             : "no package database found: presence of " + g.name + " cannot be verified",
         ""});
  }

  void platform_statement(const Group& g, const std::vector<const Claim*>& same) {
    const Claim* c = same.front();
    Finding& f = start(g.vulnerability, FindingComponent{});
    if (explain_) {
      f.attestation = texts_.attestation(*c);
      f.evidence.push_back(texts_.evidence(*c));
    }
    switch (c->status) {
      case ClaimStatus::kNotAffected:
        f.verdict = Verdict::kNotAffected;
        break;
      case ClaimStatus::kFixed:
        f.verdict = Verdict::kFixed;
        break;
      case ClaimStatus::kUnderInvestigation:
        f.verdict = Verdict::kUnderInvestigation;
        break;
      case ClaimStatus::kAffected:
        f.verdict = Verdict::kPresumedAffected;
        break;
    }
    if (f.verdict != Verdict::kNotAffected && f.verdict != Verdict::kFixed) {
      f.tier = Tier::kHighest;
      f.action = Action::kVerify;
      if (explain_)
        f.action_detail =
            "the statement names the platform, not a component: " + texts_.remediation(*c);
    }
  }

  // The statement names this artifact's product: it is authoritative.
  void attested(const Group& g, const std::vector<const Claim*>& same) {
    const auto& found = installed(g, true);
    if (found.empty()) {
      if (const auto* db = proves_absence(g.ecosystem))
        return absent(g, *db, same.front(), Tier::kNone);
      bool says_not_affected = std::all_of(same.begin(), same.end(), [](const Claim* c) {
        return c->status == ClaimStatus::kNotAffected;
      });
      if (says_not_affected) {
        Finding& f = start(g.vulnerability, FindingComponent{"none", g.name, "", ""});
        f.verdict = Verdict::kNotAffected;
        if (explain_) {
          f.attestation = texts_.attestation(*same.front());
          f.evidence.push_back(texts_.evidence(*same.front()));
        }

        return;
      }
      return unknown_presence(g, Tier::kHighest, first_open(same));
    }
    for (const auto* c : found) {
      const std::string version = installed_version(*c);
      VersionDecision d = decide_version(same, scheme_of(*c), version);
      Finding& f = start(g.vulnerability, component_of(*c, version),
                         found.size() > 1 ? c->name + " " + c->arch : "");
      const Claim* basis = d.claim ? d.claim : same.front();
      if (explain_) {
        f.attestation = texts_.attestation(*basis);
        f.evidence.push_back(texts_.evidence(*basis));
        f.evidence.push_back(presence_evidence(*c, version));
        if (!d.reason.empty()) f.evidence.push_back({"version", d.reason, ""});
      }
      f.fixed_version = d.fixed_version;
      f.verdict = verdict_for(d.kind);
      gate_kernel_package(f, *c);
      finish_open(f, Tier::kHighest, c->name, basis);
    }
  }

  // No statement names this artifact's product. Statements without a
  // platform (upstream records, bare purls) can still settle the version
  // when the ecosystem is the artifact's own; otherwise presence decides.
  void not_attested(const Group& g, const std::vector<const Claim*>& unplaced, Tier tier,
                    const Claim* lineage) {
    const auto& found = installed(g, false);
    const bool relevant_ecosystem =
        g.ecosystem.empty() || is_distro_ecosystem(g.ecosystem) || g.ecosystem == "generic";
    if (found.empty()) {
      if (!relevant_ecosystem) return;
      if (const auto* db = proves_absence("")) {
        if (options_.report_absent || tier == Tier::kHigh) absent(g, *db, lineage, Tier::kNone);
        return;
      }
      return unknown_presence(g, tier, lineage);
    }
    for (const auto* c : found) {
      const std::string version = installed_version(*c);
      Finding& f = start(g.vulnerability, component_of(*c, version),
                         found.size() > 1 ? c->name + " " + c->arch : "");
      if (explain_) f.evidence.push_back(presence_evidence(*c, version));
      std::vector<const Claim*>& usable = usable_;
      usable.clear();
      for (const Claim* u : unplaced)
        if (u->ecosystem == c->ecosystem ||
            (c->kind == inventory::ComponentKind::kFile && !u->vers.empty()))
          usable.push_back(u);
      VersionDecision d =
          usable.empty() ? VersionDecision{} : decide_version(usable, scheme_of(*c), version);
      if (explain_ && d.claim) f.evidence.insert(f.evidence.begin(), texts_.evidence(*d.claim));
      if (explain_ && lineage) {
        f.evidence.push_back({"lineage",
                              cat({"the publisher's statement names ", lineage->platform->name,
                                   "; this artifact is ", a_.inventory->platform->pretty_name,
                                   " of the same lineage, without a statement of its own"}),
                              ""});
        if (!d.claim) f.evidence.insert(f.evidence.begin(), texts_.evidence(*lineage));
      }
      f.verdict = verdict_for(d.kind);
      if (f.verdict == Verdict::kPresumedAffected && explain_)
        f.evidence.push_back(
            {"version",
             cat({"no statement covers this platform's build of ", g.name,
                  ": presumed affected until its own publisher's fix is installed"}),
             ""});
      f.fixed_version = d.fixed_version;
      gate_kernel_package(f, *c);
      finish_open(f, tier, c->name, d.claim ? d.claim : lineage);
    }
  }

  // A distribution's kernel package ("kernel" rpm, "linux-image-*" deb) is
  // the artifact's kernel: gate it on the kernel config with the files the
  // upstream record names, as for the kernel itself.
  void gate_kernel_package(Finding& f, const inventory::Component& c) {
    const bool kernel_package =
        c.name == "kernel" || c.source_name == "kernel" || c.name.rfind("linux-image-", 0) == 0;
    if (!kernel_package || c.kind != inventory::ComponentKind::kPackage) return;
    kernel_package_judged_.insert(f.vulnerability);
    if (f.verdict != Verdict::kAffected && f.verdict != Verdict::kPresumedAffected) return;
    auto files = kernel_files_.find(f.vulnerability);
    if (files == kernel_files_.end()) return;
    const KernelSubject* subject = nullptr;
    for (const auto& k : kernels_)
      if (k.release == c.version || c.name.find(k.release) != std::string::npos ||
          kernels_.size() == 1)
        subject = &k;
    if (!subject) return;
    KernelDecision d;
    d.verdict = f.verdict;
    gate_kernel(files->second, *subject, options_.kernel_options_for, d);
    if (explain_)
      for (auto& e : d.evidence) f.evidence.push_back(std::move(e));
    if (d.verdict == Verdict::kNotAffected) {
      f.verdict = Verdict::kNotAffected;
      f.fixed_version.clear();
    }
  }

  static const Claim* first_open(const std::vector<const Claim*>& claims) {
    for (const Claim* c : claims)
      if (c->status == ClaimStatus::kAffected || c->status == ClaimStatus::kUnderInvestigation)
        return c;
    return claims.front();
  }

  void finish_open(Finding& f, Tier tier, const std::string& name, const Claim* claim) const {
    if (f.verdict == Verdict::kFixed || f.verdict == Verdict::kNotAffected) return;
    f.tier = tier;
    if (f.verdict == Verdict::kUnderInvestigation) {
      f.action = Action::kVerify;
      if (explain_) f.action_detail = "the publisher is investigating; watch for a fix for " + name;
      return;
    }
    f.action = fix_action();
    if (explain_)
      f.action_detail = f.action == Action::kContactPublisher
                            ? "ask the image's publisher (" + a_.labels.at("publisher") +
                                  ") for a build with a fixed " + name
                            : fix_detail(name, f.fixed_version, claim);
  }

  const Artifact& a_;
  const TriageOptions& options_;
  const std::map<std::string, std::vector<std::string>>&
      kernel_files_;  // vulnerability -> touched files
  const ClaimTexts& texts_;
  std::vector<Finding>& out_;
  std::vector<KernelSubject> kernels_;
  std::set<std::string> kernel_package_judged_;
  // Keys view the inventory's own strings: an artifact's thousand packages
  // are indexed without copying a name.
  std::span<const Match> matches_;                  // of the group being triaged
  std::vector<const Claim*> same_, unplaced_;       // package_group's buffers
  std::vector<const Claim*> usable_;                // not_attested's
  std::vector<const inventory::Component*> found_;  // installed()'s
  std::string platform_id_;  // canonical_platform_id of the artifact's platform
  std::vector<const inventory::PackageDatabase*> complete_dbs_;
  bool has_partial_db_ = false;
  const bool explain_;  // TriageOptions::explain: write ids, evidence and texts
};

bool open(Verdict v) {
  return v == Verdict::kAffected || v == Verdict::kPresumedAffected ||
         v == Verdict::kUnderInvestigation;
}

// Which groups can concern an artifact, so that a 10,000-artifact estate
// is not every artifact times every statement: groups by component name,
// by the platform (and lineage) they name, the kernel ones, and for
// artifacts whose packages cannot be listed completely, all of them.
// Groups left out by Triager::only() are not indexed: after a new document
// an artifact's thousand components meet only that document's groups.
struct GroupIndex {
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_name, by_platform;
  NameFilter names;  // the keys of by_name
  std::unordered_map<int, std::vector<std::uint32_t>> by_lineage;
  std::vector<std::uint32_t> kernel, packages;

  GroupIndex(const std::vector<Group>& groups, const std::vector<bool>& skip) {
    for (std::uint32_t i = 0; i < groups.size(); ++i) {
      if (skip[i]) continue;
      const Group& g = groups[i];
      if (g.kernel()) {
        kernel.push_back(i);
        continue;
      }
      packages.push_back(i);
      if (!g.name.empty()) {
        by_name[g.name].push_back(i);
        names.insert(g.name);
      }
      std::set<std::string> ids;
      std::set<int> lineages;
      for (const Claim* c : g.claims) {
        if (!c->platform || c->platform->id.empty()) continue;
        ids.insert(canonical_platform_id(c->platform->id, c->platform->version_id));
        lineages.insert(static_cast<int>(inventory::lineage_of(c->platform->id, {})));
      }
      for (const auto& id : ids) by_platform[id].push_back(i);
      for (int l : lineages) by_lineage[l].push_back(i);
    }
  }
};

// The package groups to look at for one artifact, in group order, and the
// components each names (`matches`, sorted). One hash lookup per component
// name: an artifact's thousand packages are never indexed themselves.
void candidates(const Artifact& a, const GroupIndex& index, const TriageOptions& options,
                std::vector<std::uint32_t>& stamp, std::uint32_t generation,
                std::vector<Match>& matches, std::vector<std::uint32_t>& out) {
  out.clear();
  matches.clear();
  auto take = [&](const std::vector<std::uint32_t>& list) {
    for (std::uint32_t g : list)
      if (stamp[g] != generation) {
        stamp[g] = generation;
        out.push_back(g);
      }
  };
  auto find = [&](const auto& map, const auto& key) -> const std::vector<std::uint32_t>* {
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
  };
  auto find_name = [&](const std::string& name) -> const std::vector<std::uint32_t>* {
    return index.names.may_contain(name) ? find(index.by_name, name) : nullptr;
  };
  const auto& inv = *a.inventory;
  bool complete = false;
  for (const auto& db : inv.databases) complete |= db.complete;
  const bool all = !complete || options.report_absent;
  if (all) take(index.packages);
  for (std::uint32_t i = 0; i < inv.components.size(); ++i) {
    const inventory::Component& c = inv.components[i];
    const bool installable =
        c.kind == inventory::ComponentKind::kPackage || c.kind == inventory::ComponentKind::kFile;
    if (const auto* groups = find_name(c.name)) {
      if (!all) take(*groups);
      if (installable)
        for (std::uint32_t g : *groups) matches.push_back({g, false, i});
    }
    if (!c.source_name.empty() && c.source_name != c.name)
      if (const auto* groups = find_name(c.source_name)) {
        if (!all) take(*groups);
        if (installable)
          for (std::uint32_t g : *groups) matches.push_back({g, true, i});
      }
  }
  if (!all && inv.platform) {
    if (const auto* groups = find(
            index.by_platform, canonical_platform_id(inv.platform->id, inv.platform->version_id)))
      take(*groups);
    if (inv.platform->lineage != inventory::Lineage::kUnknown &&
        inv.platform->lineage != inventory::Lineage::kOther)
      if (const auto* groups = find(index.by_lineage, static_cast<int>(inv.platform->lineage)))
        take(*groups);
  }
  std::sort(out.begin(), out.end());
  std::sort(matches.begin(), matches.end());
}

}  // namespace

struct Triager::State {
  TriageOptions options;
  std::vector<Group> groups;
  std::vector<std::string> vulnerabilities;
  // Every group, or those Triager::only() keeps: the only lists of groups
  // add() reads.
  GroupIndex index;
  std::vector<std::string> selected_vulnerabilities;  // Triager::only()'s
  std::map<std::string, std::vector<std::string>> kernel_files;
  ClaimTexts texts;  // written as findings need them

  State(const matching::ClaimSet& claims, TriageOptions o)
      : options(std::move(o)),
        groups(group_claims(claims, options.vulnerabilities)),
        vulnerabilities(vulnerabilities_of(groups)),
        index(groups, std::vector<bool>(groups.size(), false)),
        selected_vulnerabilities(vulnerabilities),
        texts(claims.claims) {
    for (std::uint32_t i : index.kernel) {
      const Group& g = groups[i];
      auto& files = kernel_files[g.vulnerability];
      for (const Claim* c : g.claims)
        for (const auto& f : c->program_files)
          if (std::find(files.begin(), files.end(), f) == files.end()) files.push_back(f);
    }
  }
};

struct Triager::Scratch::Buffers {
  // stamp[g] == generation: group g already taken for this artifact.
  std::vector<std::uint32_t> stamp;
  std::uint32_t generation = 0;
  std::vector<Match> matches;
  std::vector<std::uint32_t> groups;  // candidates() of the artifact
};

Triager::Scratch::Scratch() : buffers_(std::make_unique<Buffers>()) {}
Triager::Scratch::~Scratch() = default;
Triager::Scratch::Scratch(Scratch&&) noexcept = default;
Triager::Scratch& Triager::Scratch::operator=(Scratch&&) noexcept = default;

Triager::Triager(const matching::ClaimSet& claims, TriageOptions options)
    : state_(std::make_unique<State>(claims, std::move(options))) {}
Triager::~Triager() = default;
std::size_t Triager::statement_groups() const { return state_->groups.size(); }

void Triager::only(const std::vector<std::string>& vulnerabilities) {
  State& s = *state_;
  const std::set<std::string> wanted(vulnerabilities.begin(), vulnerabilities.end());
  s.selected_vulnerabilities.clear();
  for (const auto& v : s.vulnerabilities)
    if (wanted.empty() || wanted.count(v)) s.selected_vulnerabilities.push_back(v);
  std::vector<bool> skip(s.groups.size());
  for (std::size_t i = 0; i < s.groups.size(); ++i)
    skip[i] = !wanted.empty() && !wanted.count(s.groups[i].vulnerability);
  s.index = GroupIndex(s.groups, skip);
}

void Triager::add(const Artifact& a, std::vector<Finding>& out) { add(a, out, scratch_); }

void Triager::add(const Artifact& a, std::vector<Finding>& out, Scratch& scratch) const {
  const State& s = *state_;
  ArtifactTriage t(a, s.options, s.kernel_files, s.texts, out);
  if (a.type == ArtifactType::kWindowsHost) {
    if (!a.has_wsl) {
      t.windows_without_wsl(s.selected_vulnerabilities);
      return;
    }
    for (std::uint32_t i : s.index.kernel) t.kernel_group(s.groups[i]);
    return;
  }
  if (!a.inventory) return;
  Scratch::Buffers& b = *scratch.buffers_;
  if (b.stamp.size() != s.groups.size()) b.stamp.assign(s.groups.size(), 0);
  if (++b.generation == 0) {  // wrapped: forget every stamp
    std::fill(b.stamp.begin(), b.stamp.end(), 0);
    b.generation = 1;
  }
  candidates(a, s.index, s.options, b.stamp, b.generation, b.matches, b.groups);
  const auto& groups = b.groups;
  auto m = b.matches.begin();
  for (std::uint32_t i : groups) {
    while (m != b.matches.end() && m->group < i) ++m;
    auto end = m;
    while (end != b.matches.end() && end->group == i) ++end;
    t.package_group(s.groups[i], std::span<const Match>(m, end));
    m = end;
  }
  for (std::uint32_t i : s.index.kernel) t.kernel_group(s.groups[i]);
}

namespace {

// Each artifact's findings in their own vector, then joined in estate
// order: the result does not depend on the number of threads.
std::vector<Finding> triage_estate(const Triager& triager, const Estate& estate, unsigned threads) {
  const std::size_t n = estate.artifacts.size();
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, n));
  std::vector<Finding> all;
  if (threads <= 1) {
    Triager::Scratch scratch;
    for (const Artifact& a : estate.artifacts) triager.add(a, all, scratch);
    return all;
  }
  std::vector<std::vector<Finding>> per_artifact(n);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    Triager::Scratch scratch;
    for (std::size_t i; (i = next.fetch_add(1)) < n;)
      triager.add(estate.artifacts[i], per_artifact[i], scratch);
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
  }
  std::size_t total = 0;
  for (const auto& v : per_artifact) total += v.size();
  all.reserve(total);
  for (auto& v : per_artifact) {
    std::move(v.begin(), v.end(), std::back_inserter(all));
    std::vector<Finding>().swap(v);  // freed as it goes: the estate's findings once, not twice
  }
  return all;
}

}  // namespace

TriageResult triage(const Estate& estate, const matching::ClaimSet& claims,
                    const TriageOptions& options) {
  TriageResult result;
  const Triager triager(claims, options);
  result.findings = triage_estate(triager, estate, options.threads);
  for (const auto& c : claims.changes)
    result.notes.push_back(c.document_id + ": revision " + c.new_revision + " replaces " +
                           c.old_revision + ": " + c.summary);
  result.skipped = claims.skipped;
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& x, const Finding& y) {
                     if (open(x.verdict) != open(y.verdict)) return open(x.verdict);
                     if (x.tier != y.tier) return rank(x.tier) < rank(y.tier);
                     if (x.artifact != y.artifact) return x.artifact < y.artifact;
                     if (x.vulnerability != y.vulnerability)
                       return x.vulnerability < y.vulnerability;
                     return x.component.name < y.component.name;
                   });
  return result;
}

}  // namespace vt::triage
