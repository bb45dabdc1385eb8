// The rules of CONTRACT.md, one case each, on estates and claims built by
// hand: attested product, lineage, other Linux, absence as evidence, no
// inventory, Windows with and without WSL, kernel ranges and gating.
#include "triage/triage.h"

#include <gtest/gtest.h>

#include "inventory/os_release.h"

namespace vt::triage {
namespace {

using matching::Claim;
using matching::ClaimStatus;

inventory::Platform platform(const std::string& id, const std::string& version,
                             const std::string& pretty) {
  return inventory::platform_from(inventory::parse_os_release(
      "ID=" + id + "\nVERSION_ID=\"" + version + "\"\nPRETTY_NAME=\"" + pretty + "\"\n",
      "/etc/os-release"));
}

inventory::Component package(const std::string& eco, const std::string& name,
                             const std::string& version, const std::string& source = "") {
  inventory::Component c;
  c.ecosystem = eco;
  c.name = name;
  c.version = version;
  c.source_name = source;
  c.evidence = eco == "rpm" ? "/var/lib/rpm/rpmdb.sqlite" : "/var/lib/dpkg/status";
  return c;
}

Artifact linux(const std::string& name, ArtifactType type, std::optional<inventory::Platform> p,
               std::vector<inventory::Component> components, bool with_db = true) {
  Artifact a;
  a.name = name;
  a.type = type;
  inventory::Inventory inv;
  inv.name = name;
  inv.platform = std::move(p);
  if (with_db) {
    std::string eco = components.empty() ? "rpm" : components.front().ecosystem;
    inv.databases.push_back({eco, eco == "rpm" ? "sqlite" : "dpkg-status",
                             eco == "rpm" ? "/var/lib/rpm/rpmdb.sqlite" : "/var/lib/dpkg/status",
                             components.size() + 100, true});
  }
  inv.components = std::move(components);
  a.inventory = std::move(inv);
  return a;
}

Claim msrc(const std::string& cve, const std::string& name, ClaimStatus status,
           const std::string& vers, const std::string& version, const std::string& fixed,
           const std::string& platform_version = "3.0") {
  Claim c;
  c.vulnerability = cve;
  c.status = status;
  c.product = (vers.empty() ? "azl3 " + name + " " + version : "<azl3 " + name) +
              " as a component of Azure Linux " + platform_version;
  c.platform =
      matching::PlatformRef{"Azure Linux " + platform_version, "azurelinux", platform_version, ""};
  c.ecosystem = "rpm";
  c.name = name;
  c.vers = vers;
  c.version = version;
  c.fixed_version = fixed;
  c.source = {"msrc.json",
              "csaf",
              "Microsoft",
              "msrc_" + cve,
              "2",
              "",
              "/vulnerabilities/0/product_status/known_affected/0"};
  return c;
}

matching::ClaimSet openssh_claims() {
  matching::ClaimSet set;
  set.claims.push_back(msrc("CVE-2025-26465", "openssh", ClaimStatus::kAffected,
                            "vers:rpm/<9.8p1-4", "", "9.8p1-4"));
  set.claims.push_back(msrc("CVE-2025-26465", "openssh", ClaimStatus::kFixed, "", "9.8p1-4", ""));
  return set;
}

// A copy: callers pass temporaries.
std::optional<Finding> only(const TriageResult& r, const std::string& artifact) {
  std::optional<Finding> found;
  for (const auto& f : r.findings)
    if (f.artifact == artifact) {
      EXPECT_FALSE(found.has_value()) << "more than one finding for " << artifact;
      found = f;
    }
  return found;
}

bool has_evidence(const Finding& f, const std::string& kind) {
  for (const auto& e : f.evidence)
    if (e.kind == kind) return true;
  return false;
}

TEST(Triage, AttestedProductAtAVulnerableVersionIsHighest) {
  Estate e;
  e.artifacts.push_back(linux("web-azl3", ArtifactType::kContainerImage,
                              platform("azurelinux", "3.0", "Azure Linux 3.0"),
                              {package("rpm", "openssh", "9.8p1-3.azl3")}));
  auto r = triage(e, openssh_claims());
  auto f = only(r, "web-azl3");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kAffected);
  EXPECT_EQ(f->tier, Tier::kHighest);
  EXPECT_NE(f->attestation, nullptr);
  EXPECT_EQ(f->fixed_version, "9.8p1-4");
  EXPECT_EQ(f->action, Action::kRedeploy);
  EXPECT_TRUE(has_evidence(*f, "attestation"));
  EXPECT_TRUE(has_evidence(*f, "package_db"));
}

TEST(Triage, AttestedProductAtTheFixedBuildIsFixed) {
  Estate e;
  e.artifacts.push_back(linux("vm-azl3", ArtifactType::kLinuxImage,
                              platform("azurelinux", "3.0", "Azure Linux 3.0"),
                              {package("rpm", "openssh", "9.8p1-4.azl3")}));
  auto f = only(triage(e, openssh_claims()), "vm-azl3");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kFixed);
  EXPECT_EQ(f->tier, Tier::kNone);
  EXPECT_EQ(f->action, Action::kNone);
}

TEST(Triage, AbsenceFromACompleteDatabaseIsPositiveEvidence) {
  Estate e;
  e.artifacts.push_back(linux("slim-azl3", ArtifactType::kContainerImage,
                              platform("azurelinux", "3.0", "Azure Linux 3.0"),
                              {package("rpm", "bash", "5.2.15-3.azl3")}));
  auto r = triage(e, openssh_claims());
  auto f = only(r, "slim-azl3");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kNotAffected);
  EXPECT_TRUE(has_evidence(*f, "package_db"));
  // Without a package database the same image is presumed affected.
  e.artifacts[0].inventory->databases.clear();
  f = only(triage(e, openssh_claims()), "slim-azl3");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kPresumedAffected);
  EXPECT_EQ(f->tier, Tier::kHighest);
  EXPECT_EQ(f->action, Action::kVerify);
}

TEST(Triage, SameLineageWithoutAStatementIsHigh) {
  Estate e;
  e.artifacts.push_back(linux("vm-cbl2", ArtifactType::kLinuxImage,
                              platform("mariner", "2.0", "CBL-Mariner 2.0"),
                              {package("rpm", "openssh", "8.9p1-7.cm2")}));
  auto f = only(triage(e, openssh_claims()), "vm-cbl2");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kPresumedAffected);
  EXPECT_EQ(f->tier, Tier::kHigh);
  EXPECT_EQ(f->attestation, nullptr);
  EXPECT_TRUE(has_evidence(*f, "lineage"));
  EXPECT_EQ(f->action, Action::kPatchRebuild);
}

TEST(Triage, AzureLinux2IsCblMariner2) {
  Estate e;
  e.artifacts.push_back(linux("vm-cbl2", ArtifactType::kLinuxImage,
                              platform("mariner", "2.0", "CBL-Mariner 2.0"),
                              {package("rpm", "openssh", "8.9p1-7.cm2")}));
  matching::ClaimSet set;
  set.claims.push_back(
      msrc("CVE-1", "openssh", ClaimStatus::kAffected, "vers:rpm/<8.9p1-8", "", "8.9p1-8", "2.0"));
  auto f = only(triage(e, set), "vm-cbl2");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kAffected);
  EXPECT_EQ(f->tier, Tier::kHighest);
}

TEST(Triage, OtherLinuxWherePresentIsMediumBySourcePackage) {
  Estate e;
  e.artifacts.push_back(linux("debian-app", ArtifactType::kContainerImage,
                              platform("debian", "12", "Debian 12"),
                              {package("deb", "openssh-client", "1:9.2p1-2+deb12u3", "openssh")}));
  e.artifacts.push_back(linux("debian-slim", ArtifactType::kContainerImage,
                              platform("debian", "12", "Debian 12"),
                              {package("deb", "bash", "5.2.15-2+b7")}));
  auto r = triage(e, openssh_claims());
  auto f = only(r, "debian-app");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kPresumedAffected);
  EXPECT_EQ(f->tier, Tier::kMedium);
  EXPECT_EQ(f->component.name, "openssh-client");
  EXPECT_EQ(f->action, Action::kRedeploy);
  EXPECT_FALSE(only(r, "debian-slim"));  // not there: not concerned
  TriageOptions all;
  all.report_absent = true;
  auto slim = only(triage(e, openssh_claims(), all), "debian-slim");
  ASSERT_TRUE(slim);
  EXPECT_EQ(slim->verdict, Verdict::kNotAffected);
}

TEST(Triage, MarketplaceImageWithoutAFixOfItsOwnGoesToItsPublisher) {
  Estate e;
  e.artifacts.push_back(
      linux("partner-appliance", ArtifactType::kLinuxImage, platform("ubuntu", "22.04", "Ubuntu"),
            {package("deb", "openssh-server", "1:8.9p1-3ubuntu0.10", "openssh")}));
  e.artifacts[0].labels["publisher"] = "Contoso Partner";
  // Canonical's own image is patched in place; a partner's goes to the partner.
  e.artifacts.push_back(
      linux("canonical-image", ArtifactType::kLinuxImage, platform("ubuntu", "22.04", "Ubuntu"),
            {package("deb", "openssh-server", "1:8.9p1-3ubuntu0.10", "openssh")}));
  e.artifacts[1].labels["publisher"] = "Canonical";
  EXPECT_EQ(only(triage(e, openssh_claims()), "canonical-image")->action, Action::kPatchRebuild);
  auto f = only(triage(e, openssh_claims()), "partner-appliance");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->action, Action::kContactPublisher);
  EXPECT_EQ(f->labels.at("publisher"), "Contoso Partner");
}

TEST(Triage, NoPackageDatabaseMeansPresumedAffected) {
  Estate e;
  e.artifacts.push_back(linux("appliance", ArtifactType::kLinuxImage, std::nullopt, {}, false));
  auto f = only(triage(e, openssh_claims()), "appliance");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kPresumedAffected);
  EXPECT_EQ(f->tier, Tier::kMedium);
  EXPECT_EQ(f->action, Action::kVerify);
  EXPECT_EQ(f->component.kind, "none");
  EXPECT_TRUE(has_evidence(*f, "no_inventory"));
}

TEST(Triage, WindowsHostWithoutWslIsLowAndToVerify) {
  Estate e;
  Artifact host;
  host.name = "build-host-3";
  host.type = ArtifactType::kWindowsHost;
  e.artifacts.push_back(host);
  auto f = only(triage(e, openssh_claims()), "build-host-3");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kPresumedAffected);
  EXPECT_EQ(f->tier, Tier::kLow);
  EXPECT_EQ(f->action, Action::kVerify);
}

Claim kernel_claim(ClaimStatus status, const std::string& vers, const std::string& fixed = "") {
  Claim c;
  c.vulnerability = "CVE-2024-0001";
  c.status = status;
  c.product = "Linux";
  c.ecosystem = "linux-kernel";
  c.name = "linux";
  c.vers = vers;
  c.fixed_version = fixed;
  c.program_files = {"net/sched/sch_qfq.c"};
  c.source = {"CVE-2024-0001.json",        "cve", "Linux", "CVE-2024-0001", "", "",
              "/containers/cna/affected/0"};
  return c;
}

matching::ClaimSet kernel_claims() {
  matching::ClaimSet set;
  set.claims.push_back(
      kernel_claim(ClaimStatus::kAffected, "vers:generic/>=5.15|<6.9", "5.15.160"));
  set.claims.push_back(kernel_claim(ClaimStatus::kFixed, "vers:generic/>=5.15.160|<5.16"));
  return set;
}

TEST(Triage, WslKernelInTheRangeIsHighOnTheHost) {
  Estate e;
  Artifact host;
  host.name = "dev-laptop-17";
  host.type = ArtifactType::kWindowsHost;
  host.has_wsl = true;
  host.wsl_kernel_release = "5.15.153.1-microsoft-standard-WSL2";
  e.artifacts.push_back(host);
  auto f = only(triage(e, kernel_claims()), "dev-laptop-17");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kAffected);
  EXPECT_EQ(f->tier, Tier::kHigh);
  EXPECT_EQ(f->action, Action::kUpdateWslKernel);
  EXPECT_EQ(f->component.kind, "kernel");
  // A backported fix: 5.15.167.4 is in the unaffected span.
  e.artifacts[0].wsl_kernel_release = "5.15.167.4-microsoft-standard-WSL2";
  f = only(triage(e, kernel_claims()), "dev-laptop-17");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kFixed);
}

TEST(Triage, KernelOptionOffIsNotAffectedModuleIsStillAffected) {
  auto host = [](const std::string& qfq) {
    Artifact a =
        linux("db-host", ArtifactType::kLinuxHost, platform("ubuntu", "22.04", "Ubuntu 22.04"), {});
    inventory::RunningSystem rs;
    rs.kernel_release = "6.1.0-18-amd64";
    std::string config = "CONFIG_NET=y\nCONFIG_NET_SCHED=y\n" + qfq + "\n";
    rs.kernel_config = inventory::parse_kernel_config(config, "/proc/config.gz");
    a.inventory->running = std::move(rs);
    return a;
  };
  const std::vector<std::string> qfq_options = {"CONFIG_NET", "CONFIG_NET_SCHED",
                                                "CONFIG_NET_SCH_QFQ"};
  TriageOptions options;
  options.kernel_options_for = [&](std::string_view path) -> const std::vector<std::string>* {
    return path == "net/sched/sch_qfq.c" ? &qfq_options : nullptr;
  };
  Estate e;
  e.artifacts.push_back(host("# CONFIG_NET_SCH_QFQ is not set"));
  auto f = only(triage(e, kernel_claims(), options), "db-host");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kNotAffected);
  EXPECT_TRUE(has_evidence(*f, "kernel_config"));

  e.artifacts[0] = host("CONFIG_NET_SCH_QFQ=m");
  f = only(triage(e, kernel_claims(), options), "db-host");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kAffected);
  EXPECT_EQ(f->tier, Tier::kMedium);
  EXPECT_EQ(f->action, Action::kRebootKernel);
  EXPECT_TRUE(has_evidence(*f, "kernel_module"));

  // A file the map does not know cannot be gated: still affected.
  options.kernel_options_for = [](std::string_view) -> const std::vector<std::string>* {
    return nullptr;
  };
  e.artifacts[0] = host("# CONFIG_NET_SCH_QFQ is not set");
  f = only(triage(e, kernel_claims(), options), "db-host");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kAffected);
}

TEST(Triage, ContainersAndWslDistrosHaveNoKernelOfTheirOwn) {
  Estate e;
  Artifact c = linux("c", ArtifactType::kContainerImage, platform("debian", "12", "Debian 12"), {});
  inventory::InstalledKernel k;
  k.release = "6.1.0-18-amd64";
  c.inventory->kernels.push_back(k);
  e.artifacts.push_back(c);
  EXPECT_TRUE(triage(e, kernel_claims()).findings.empty());
}

TEST(Triage, FindingIdsSurviveAnUpgrade) {
  Estate e;
  e.artifacts.push_back(linux("web", ArtifactType::kContainerImage,
                              platform("azurelinux", "3.0", "Azure Linux 3.0"),
                              {package("rpm", "openssh", "9.8p1-3.azl3")}));
  const std::string before = only(triage(e, openssh_claims()), "web")->id;
  e.artifacts[0].inventory->components[0].version = "9.8p1-4.azl3";
  EXPECT_EQ(only(triage(e, openssh_claims()), "web")->id, before);
  EXPECT_EQ(before.size(), 16u);
}

TEST(Triage, AffectedBeatsAFixedVersionUnlessAnUnaffectedRangeSaysSo) {
  // MSRC: ranges <3.3.5-2 and <3.3.5-3 affected, 3.3.5-2 and 3.3.5-3 fixed.
  matching::ClaimSet set;
  set.claims.push_back(
      msrc("CVE-2025-25186", "ruby", ClaimStatus::kAffected, "vers:rpm/<3.3.5-2", "", "3.3.5-2"));
  set.claims.push_back(
      msrc("CVE-2025-25186", "ruby", ClaimStatus::kAffected, "vers:rpm/<3.3.5-3", "", "3.3.5-3"));
  set.claims.push_back(msrc("CVE-2025-25186", "ruby", ClaimStatus::kFixed, "", "3.3.5-2", ""));
  set.claims.push_back(msrc("CVE-2025-25186", "ruby", ClaimStatus::kFixed, "", "3.3.5-3", ""));
  Estate e;
  e.artifacts.push_back(linux("r", ArtifactType::kLinuxImage,
                              platform("azurelinux", "3.0", "Azure Linux 3.0"),
                              {package("rpm", "ruby", "3.3.5-2.azl3")}));
  auto f = only(triage(e, set), "r");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->verdict, Verdict::kAffected);
  EXPECT_EQ(f->fixed_version, "3.3.5-3");
  e.artifacts[0].inventory->components[0].version = "3.3.5-3.azl3";
  EXPECT_EQ(only(triage(e, set), "r")->verdict, Verdict::kFixed);
  e.artifacts[0].inventory->components[0].version = "3.3.5-1.azl3";
  f = only(triage(e, set), "r");
  EXPECT_EQ(f->verdict, Verdict::kAffected);
  EXPECT_EQ(f->fixed_version, "3.3.5-3");  // the fix that leaves no range open
}

TEST(Triage, AnAttestedKernelPackageIsGatedByTheUpstreamRecordsFiles) {
  Artifact vm =
      linux("vm-cbl2", ArtifactType::kLinuxImage, platform("mariner", "2.0", "CBL-Mariner 2.0"),
            {package("rpm", "kernel", "5.15.158.2-1.cm2")});
  inventory::InstalledKernel k;
  k.release = "5.15.158.2-1.cm2";
  k.config = inventory::parse_kernel_config("CONFIG_NET_SCHED=y\n# CONFIG_NET_SCH_QFQ is not set\n",
                                            "/boot/config");
  vm.inventory->kernels.push_back(k);
  matching::ClaimSet set = kernel_claims();
  for (auto& c : set.claims) c.vulnerability = "CVE-2025-38477";
  set.claims.push_back(msrc("CVE-2025-38477", "kernel", ClaimStatus::kAffected,
                            "vers:rpm/<5.15.186.1-1", "", "5.15.186.1-1", "2.0"));
  const std::vector<std::string> qfq = {"CONFIG_NET_SCHED", "CONFIG_NET_SCH_QFQ"};
  TriageOptions options;
  options.kernel_options_for = [&](std::string_view) -> const std::vector<std::string>* {
    return &qfq;
  };
  Estate e;
  e.artifacts.push_back(vm);
  auto r = triage(e, set, options);
  auto f = only(r, "vm-cbl2");  // the package finding only, no second one for the kernel itself
  ASSERT_TRUE(f);
  EXPECT_EQ(f->component.name, "kernel");
  EXPECT_EQ(f->verdict, Verdict::kNotAffected);
  EXPECT_NE(f->attestation, nullptr);
  EXPECT_TRUE(has_evidence(*f, "kernel_config"));
}

// Estate-scale re-triage: decisions without texts are the same decisions;
// only() limits a Triager to a new document's vulnerabilities, each still
// judged with every statement known about it.
TEST(Triage, DecisionsWithoutTextsAndOnlyTheNewVulnerabilities) {
  matching::ClaimSet set = openssh_claims();
  set.claims.push_back(
      msrc("CVE-2025-1111", "bash", ClaimStatus::kAffected, "vers:rpm/<5.2.15-4", "", "5.2.15-4"));
  Claim upstream =
      msrc("CVE-2025-26465", "openssh", ClaimStatus::kAffected, "vers:rpm/<9.9p1-1", "", "9.9p1-1");
  upstream.platform.reset();  // no platform: applies by version to every rpm estate
  set.claims.push_back(upstream);
  const Artifact azl = linux(
      "web-azl3", ArtifactType::kContainerImage, platform("azurelinux", "3.0", "Azure Linux 3.0"),
      {package("rpm", "openssh", "9.8p1-3.azl3"), package("rpm", "bash", "5.2.15-3.azl3")});
  const Artifact rocky =
      linux("db-rocky", ArtifactType::kLinuxImage, platform("rocky", "9.3", "Rocky Linux 9.3"),
            {package("rpm", "openssh", "9.8p1-3.el9"), package("rpm", "bash", "5.2.15-3.el9")});
  TriageOptions texts, decisions;
  decisions.explain = false;
  Triager full(set, texts), lean(set, decisions);
  std::vector<Finding> a, b;
  for (const Artifact* x : {&azl, &rocky}) {
    full.add(*x, a);
    lean.add(*x, b);
  }
  ASSERT_EQ(a.size(), 4u);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].artifact, b[i].artifact);
    EXPECT_EQ(a[i].vulnerability, b[i].vulnerability);
    EXPECT_EQ(a[i].component.name, b[i].component.name);
    EXPECT_EQ(a[i].verdict, b[i].verdict);
    EXPECT_EQ(a[i].tier, b[i].tier);
    EXPECT_EQ(a[i].action, b[i].action);
    EXPECT_EQ(a[i].fixed_version, b[i].fixed_version);
    EXPECT_FALSE(a[i].id.empty());
    EXPECT_FALSE(a[i].evidence.empty());
    EXPECT_TRUE(b[i].id.empty());
    EXPECT_TRUE(b[i].evidence.empty());
  }
  lean.only({"CVE-2025-26465"});
  std::vector<Finding> c;
  for (const Artifact* x : {&azl, &rocky}) lean.add(*x, c);
  ASSERT_EQ(c.size(), 2u);
  for (const auto& f : c) EXPECT_EQ(f.vulnerability, "CVE-2025-26465");
  EXPECT_EQ(c[1].artifact, "db-rocky");
  EXPECT_EQ(c[1].verdict, Verdict::kAffected);  // by the statement without a platform
  EXPECT_EQ(c[1].fixed_version, "9.9p1-1");
  lean.only({});
  c.clear();
  lean.add(rocky, c);
  EXPECT_EQ(c.size(), 2u);
}

// triage() on several threads: the same findings in the same order as on
// one, and texts shared between findings that rest on one statement.
TEST(Triage, ThreadsDoNotChangeTheFindings) {
  matching::ClaimSet set = openssh_claims();
  set.claims.push_back(
      msrc("CVE-2025-1111", "bash", ClaimStatus::kAffected, "vers:rpm/<5.2.15-4", "", "5.2.15-4"));
  for (Claim& c : kernel_claims().claims) set.claims.push_back(c);
  Estate e;
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    switch (i % 4) {
      case 0:
        e.artifacts.push_back(linux("azl-" + n, ArtifactType::kContainerImage,
                                    platform("azurelinux", "3.0", "Azure Linux 3.0"),
                                    {package("rpm", "openssh", i % 8 ? "9.8p1-3.azl3" : "9.8p1-4"),
                                     package("rpm", "bash", "5.2.15-3.azl3")}));
        break;
      case 1:
        e.artifacts.push_back(linux("rocky-" + n, ArtifactType::kLinuxImage,
                                    platform("rocky", "9.3", "Rocky Linux 9.3"),
                                    {package("rpm", "openssh", "9.8p1-3.el9")}));
        break;
      case 2: {
        Artifact host;
        host.name = "laptop-" + n;
        host.type = ArtifactType::kWindowsHost;
        host.has_wsl = i % 8 == 2;
        host.wsl_kernel_release = "5.15.153.1-microsoft-standard-WSL2";
        e.artifacts.push_back(host);
        break;
      }
      default:
        e.artifacts.push_back(linux("slim-" + n, ArtifactType::kContainerImage,
                                    platform("azurelinux", "3.0", "Azure Linux 3.0"), {}, false));
    }
  }
  TriageOptions one, three;
  three.threads = 3;
  const TriageResult a = triage(e, set, one), b = triage(e, set, three);
  ASSERT_GT(a.findings.size(), 60u);
  ASSERT_EQ(a.findings.size(), b.findings.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding &x = a.findings[i], &y = b.findings[i];
    EXPECT_EQ(x.id, y.id) << i;
    EXPECT_EQ(x.verdict, y.verdict) << x.id;
    EXPECT_EQ(x.tier, y.tier) << x.id;
    EXPECT_EQ(x.action_detail, y.action_detail) << x.id;
    ASSERT_EQ(x.evidence.size(), y.evidence.size()) << x.id;
    for (std::size_t k = 0; k < x.evidence.size(); ++k)
      EXPECT_EQ(x.evidence[k].detail, y.evidence[k].detail) << x.id;
    ASSERT_EQ(x.attestation == nullptr, y.attestation == nullptr) << x.id;
    if (x.attestation) {
      EXPECT_EQ(x.attestation->pointer, y.attestation->pointer) << x.id;
    }
  }
  // The vulnerable Azure Linux images rest on one statement: one attestation.
  const Attestation* shared = nullptr;
  std::size_t sharing = 0;
  for (const Finding& f : a.findings)
    if (f.vulnerability == "CVE-2025-26465" && f.verdict == Verdict::kAffected &&
        f.artifact.rfind("azl-", 0) == 0) {
      if (!shared) shared = f.attestation.get();
      sharing += f.attestation.get() == shared;
    }
  EXPECT_EQ(sharing, 5u);  // azl-4, -12, -20, -28, -36 (i % 8 == 4)
}

// TriageOptions::vulnerabilities builds a Triager over a new document's
// vulnerabilities only: the same findings as a full one limited by only().
TEST(Triage, ATriagerForSomeVulnerabilitiesDecidesAsAFullOne) {
  matching::ClaimSet set = openssh_claims();
  set.claims.push_back(
      msrc("CVE-2025-1111", "bash", ClaimStatus::kAffected, "vers:rpm/<5.2.15-4", "", "5.2.15-4"));
  const Artifact azl = linux(
      "web-azl3", ArtifactType::kContainerImage, platform("azurelinux", "3.0", "Azure Linux 3.0"),
      {package("rpm", "openssh", "9.8p1-3.azl3"), package("rpm", "bash", "5.2.15-3.azl3")});
  TriageOptions some;
  some.vulnerabilities = {"CVE-2025-1111"};
  Triager full(set, TriageOptions{}), limited(set, some);
  full.only({"CVE-2025-1111"});
  std::vector<Finding> a, b;
  full.add(azl, a);
  limited.add(azl, b);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].id, b[0].id);
  EXPECT_EQ(b[0].vulnerability, "CVE-2025-1111");
  EXPECT_EQ(b[0].verdict, Verdict::kAffected);
  EXPECT_EQ(limited.statement_groups(), 1u);
}

}  // namespace
}  // namespace vt::triage
