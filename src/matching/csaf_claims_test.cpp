// CSAF documents written in each vendor's style (small, our own), one test
// per quirk the product tree resolution and the naming adapters handle.
#include <gtest/gtest.h>

#include <algorithm>

#include "matching/csaf_claims.h"
#include "matching/load.h"
#include "matching/product_facts.h"

namespace vt::matching {
namespace {

const Claim* find(const ClaimSet& s, std::string_view product) {
  for (const auto& c : s.claims)
    if (c.product == product) return &c;
  return nullptr;
}

// MSRC: one CSAF VEX per CVE, packages named "azl3 ruby 3.3.5-2" under
// "Azure Linux 3.0", ranges "<azl3 ruby 3.3.5-3", the fixed version only in
// the vendor_fix details, one fix for two ranges, non-standard
// environmentalsScore in cvss_v3.
constexpr std::string_view kMsrc = R"json({
  "document": {"category": "csaf_vex", "csaf_version": "2.0", "title": "ruby",
    "publisher": {"category": "vendor", "name": "Microsoft", "namespace": "https://msrc.microsoft.com"},
    "tracking": {"id": "msrc_CVE-2025-0001", "version": "2", "current_release_date": "2025-04-16T00:00:00Z",
                 "initial_release_date": "2025-04-01T00:00:00Z", "status": "final",
                 "revision_history": [{"number": "1", "date": "2025-04-01T00:00:00Z", "summary": "x"}]}},
  "product_tree": {"branches": [{"category": "vendor", "name": "Microsoft", "branches": [
      {"category": "product_name", "name": "Azure Linux", "branches": [
        {"category": "product_version", "name": "3.0", "product": {"name": "Azure Linux 3.0", "product_id": "17084"}}]},
      {"category": "product_name", "name": "CBL Mariner", "branches": [
        {"category": "product_version", "name": "2.0", "product": {"name": "CBL Mariner 2.0", "product_id": "17086"}}]},
      {"category": "product_name", "name": "ruby", "branches": [
        {"category": "product_version_range", "name": "<azl3 ruby 3.3.5-2", "product": {"name": "<azl3 ruby 3.3.5-2", "product_id": "2"}},
        {"category": "product_version_range", "name": "<azl3 ruby 3.3.5-3", "product": {"name": "<azl3 ruby 3.3.5-3", "product_id": "1"}},
        {"category": "product_version", "name": "azl3 ruby 3.3.5-3", "product": {"name": "azl3 ruby 3.3.5-3", "product_id": "19393"}},
        {"category": "product_version", "name": "cbl2 ruby 3.1.4-9", "product": {"name": "cbl2 ruby 3.1.4-9", "product_id": "20001"}}]}]}],
    "relationships": [
      {"category": "default_component_of", "product_reference": "2", "relates_to_product_reference": "17084",
       "full_product_name": {"name": "<azl3 ruby 3.3.5-2 as a component of Azure Linux 3.0", "product_id": "17084-2"}},
      {"category": "default_component_of", "product_reference": "1", "relates_to_product_reference": "17084",
       "full_product_name": {"name": "<azl3 ruby 3.3.5-3 as a component of Azure Linux 3.0", "product_id": "17084-1"}},
      {"category": "default_component_of", "product_reference": "19393", "relates_to_product_reference": "17084",
       "full_product_name": {"name": "azl3 ruby 3.3.5-3 as a component of Azure Linux 3.0", "product_id": "19393-17084"}},
      {"category": "default_component_of", "product_reference": "20001", "relates_to_product_reference": "17086",
       "full_product_name": {"name": "cbl2 ruby 3.1.4-9 as a component of CBL Mariner 2.0", "product_id": "20001-17086"}}]},
  "vulnerabilities": [{"cve": "CVE-2025-0001",
    "product_status": {"known_affected": ["17084-2", "17084-1", "20001-17086"], "fixed": ["19393-17084"]},
    "remediations": [{"category": "vendor_fix", "date": "2025-04-16T00:00:00Z",
      "details": "3.3.5-2:Security Update:https://learn.microsoft.com/azure-linux",
      "url": "https://learn.microsoft.com/azure-linux", "product_ids": ["17084-2", "17084-1"]}],
    "scores": [{"products": ["17084-2"], "cvss_v3": {"version": "3.1", "baseScore": 6.5, "baseSeverity": "MEDIUM",
      "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H", "environmentalsScore": 0.0, "temporalScore": 6.5}}],
    "threats": [{"category": "impact", "details": "Denial of Service"}]}]
})json";

TEST(CsafClaims, MsrcPackagesRangesAndFixes) {
  ClaimSet s = claims_from_text(kMsrc, "msrc.json");
  ASSERT_TRUE(s.skipped.empty()) << s.skipped[0].reason;
  ASSERT_EQ(s.claims.size(), 4u);
  const Claim* low = find(s, "<azl3 ruby 3.3.5-2 as a component of Azure Linux 3.0");
  ASSERT_NE(low, nullptr);
  EXPECT_EQ(low->status, ClaimStatus::kAffected);
  ASSERT_TRUE(low->platform);
  EXPECT_EQ(low->platform->id, "azurelinux");
  EXPECT_EQ(low->platform->version_id, "3.0");
  EXPECT_EQ(low->platform->name, "Azure Linux 3.0");
  EXPECT_EQ(low->ecosystem, "rpm");
  EXPECT_EQ(low->name, "ruby");
  EXPECT_EQ(low->vers, "vers:rpm/<3.3.5-2");
  EXPECT_EQ(low->version, "");
  EXPECT_EQ(low->fixed_version, "3.3.5-2");     // the fix text's version ends this range
  EXPECT_EQ(low->impact, "Denial of Service");  // a threat naming no product is the vulnerability's
  ASSERT_EQ(low->remediations.size(), 1u);
  EXPECT_EQ(low->remediations[0].category, "vendor_fix");
  EXPECT_EQ(low->source.pointer, "/vulnerabilities/0/product_status/known_affected/0");
  EXPECT_EQ(low->source.document_id, "msrc_CVE-2025-0001");
  EXPECT_EQ(low->source.revision, "2");
  EXPECT_EQ(low->source.publisher, "Microsoft");
  // The same fix text for "<3.3.5-3": 3.3.5-2 lies inside that range, so it
  // cannot be its fix; the range's own bound (listed as fixed) is.
  const Claim* high = find(s, "<azl3 ruby 3.3.5-3 as a component of Azure Linux 3.0");
  ASSERT_NE(high, nullptr);
  EXPECT_EQ(high->vers, "vers:rpm/<3.3.5-3");
  EXPECT_EQ(high->fixed_version, "3.3.5-3");
  const Claim* fixed = find(s, "azl3 ruby 3.3.5-3 as a component of Azure Linux 3.0");
  ASSERT_NE(fixed, nullptr);
  EXPECT_EQ(fixed->status, ClaimStatus::kFixed);
  EXPECT_EQ(fixed->version, "3.3.5-3");
  EXPECT_EQ(fixed->vers, "");
  const Claim* mariner = find(s, "cbl2 ruby 3.1.4-9 as a component of CBL Mariner 2.0");
  ASSERT_NE(mariner, nullptr);
  ASSERT_TRUE(mariner->platform);
  EXPECT_EQ(mariner->platform->id, "mariner");
  EXPECT_EQ(mariner->platform->version_id, "2.0");
  EXPECT_EQ(mariner->version, "3.1.4-9");
  EXPECT_EQ(mariner->fixed_version, "");  // no vendor_fix names it
}

TEST(CsafClaims, MsrcFixedVersionTextForms) {
  EXPECT_EQ(msrc_fixed_version("3.3.5-2:Security Update:https://x"), "3.3.5-2");
  EXPECT_EQ(msrc_fixed_version("129.0.2792.52:Security Update:https://x"), "129.0.2792.52");
  EXPECT_EQ(msrc_fixed_version("Upgrade to the latest version"), "");
  EXPECT_EQ(msrc_fixed_version(":Security Update:"), "");
}

// MSRC products outside Azure Linux: a bare comparator range under a
// product_name branch.
TEST(CsafClaims, BareComparatorRangeUnderProductName) {
  constexpr std::string_view doc =
      R"json({"document": {"category": "csaf_vex", "csaf_version": "2.0",
    "publisher": {"name": "Microsoft", "namespace": "https://msrc.microsoft.com"}, "tracking": {"id": "e", "version": "1"}},
    "product_tree": {"branches": [{"category": "product_name", "name": "Microsoft Edge (Chromium-based)", "branches": [
      {"category": "product_version_range", "name": "<129.0.2792.52", "product": {"name": "Microsoft Edge (Chromium-based) <129.0.2792.52", "product_id": "1"}}]}]},
    "vulnerabilities": [{"cve": "CVE-2025-29806", "product_status": {"known_affected": ["1"]},
      "remediations": [{"category": "vendor_fix", "details": "129.0.2792.52:Security Update:https://x", "product_ids": ["1"]}]}]})json";
  ClaimSet s = claims_from_text(doc, "edge.json");
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].name, "Microsoft Edge (Chromium-based)");
  EXPECT_EQ(s.claims[0].vers, "vers:generic/<129.0.2792.52");
  EXPECT_EQ(s.claims[0].fixed_version, "129.0.2792.52");
  EXPECT_FALSE(s.claims[0].platform);
}

// Red Hat: RHSAs labelled csaf_vex; packages by purl with arch, epoch and
// rpmmod qualifiers, platforms by CPE (application CPEs for AppStream);
// flags and remediations through a product group.
constexpr std::string_view kRedHat = R"json({
  "document": {"category": "csaf_vex", "csaf_version": "2.0", "title": "RHSA-2025:0001",
    "publisher": {"category": "vendor", "name": "Red Hat Product Security", "namespace": "https://www.redhat.com"},
    "tracking": {"id": "RHSA-2025:0001", "version": "3", "current_release_date": "2025-05-01T00:00:00Z"}},
  "product_tree": {"branches": [{"category": "vendor", "name": "Red Hat", "branches": [
      {"category": "product_family", "name": "Red Hat Enterprise Linux", "branches": [
        {"category": "product_name", "name": "Red Hat Enterprise Linux AppStream (v. 9)", "product": {
          "name": "Red Hat Enterprise Linux AppStream (v. 9)", "product_id": "AppStream-9.4.0.Z.MAIN",
          "product_identification_helper": {"cpe": "cpe:/a:redhat:enterprise_linux:9::appstream"}}},
        {"category": "product_name", "name": "Red Hat Enterprise Linux BaseOS EUS (v.9.2)", "product": {
          "name": "Red Hat Enterprise Linux BaseOS EUS (v.9.2)", "product_id": "BaseOS-9.2.0.Z.EUS",
          "product_identification_helper": {"cpe": "cpe:/o:redhat:rhel_eus:9.2::baseos"}}}]},
      {"category": "architecture", "name": "x86_64", "branches": [
        {"category": "product_version", "name": "tomcat-1:9.0.87-1.el9_4.2.x86_64", "product": {
          "name": "tomcat-1:9.0.87-1.el9_4.2.x86_64", "product_id": "tomcat-1:9.0.87-1.el9_4.2.x86_64",
          "product_identification_helper": {"purl": "pkg:rpm/redhat/tomcat@9.0.87-1.el9_4.2?arch=x86_64&epoch=1"}}},
        {"category": "product_version", "name": "nodejs-1:20.11.1-1.module+el9.4.0+21200+c3a2b1e4.x86_64", "product": {
          "name": "nodejs-1:20.11.1-1.module+el9.4.0+21200+c3a2b1e4.x86_64", "product_id": "nodejs-mod",
          "product_identification_helper": {"purl": "pkg:rpm/redhat/nodejs@20.11.1-1.module%2Bel9.4.0%2B21200%2Bc3a2b1e4?arch=x86_64&epoch=1&rpmmod=nodejs:20:9040020240101:9"}}},
        {"category": "product_version", "name": "kernel-0:5.14.0-284.30.1.el9_2.x86_64", "product": {
          "name": "kernel-0:5.14.0-284.30.1.el9_2.x86_64", "product_id": "kernel-eus",
          "product_identification_helper": {"purl": "pkg:rpm/redhat/kernel@5.14.0-284.30.1.el9_2?arch=x86_64"}}}]}]}],
    "relationships": [
      {"category": "default_component_of", "product_reference": "tomcat-1:9.0.87-1.el9_4.2.x86_64",
       "relates_to_product_reference": "AppStream-9.4.0.Z.MAIN",
       "full_product_name": {"name": "tomcat-1:9.0.87-1.el9_4.2.x86_64 as a component of Red Hat Enterprise Linux AppStream (v. 9)",
                             "product_id": "AppStream-9.4.0.Z.MAIN:tomcat-1:9.0.87-1.el9_4.2.x86_64"}},
      {"category": "default_component_of", "product_reference": "nodejs-mod", "relates_to_product_reference": "AppStream-9.4.0.Z.MAIN",
       "full_product_name": {"name": "nodejs as a component of Red Hat Enterprise Linux AppStream (v. 9)", "product_id": "AppStream:nodejs"}},
      {"category": "installed_on", "product_reference": "kernel-eus", "relates_to_product_reference": "BaseOS-9.2.0.Z.EUS",
       "full_product_name": {"name": "kernel as installed on RHEL 9.2 EUS", "product_id": "BaseOS-9.2.0.Z.EUS:kernel"}}],
    "product_groups": [{"group_id": "g-appstream", "product_ids": ["AppStream-9.4.0.Z.MAIN:tomcat-1:9.0.87-1.el9_4.2.x86_64", "AppStream:nodejs"]}]},
  "vulnerabilities": [{"cve": "CVE-2025-1000", "ids": [{"system_name": "Red Hat Bugzilla ID", "text": "2300001"}],
    "product_status": {"fixed": ["AppStream-9.4.0.Z.MAIN:tomcat-1:9.0.87-1.el9_4.2.x86_64", "AppStream:nodejs"],
                       "known_not_affected": ["BaseOS-9.2.0.Z.EUS:kernel"]},
    "flags": [{"label": "vulnerable_code_not_present", "product_ids": ["BaseOS-9.2.0.Z.EUS:kernel"]}],
    "remediations": [{"category": "vendor_fix", "details": "Update the packages.", "url": "https://access.redhat.com/errata/RHSA-2025:0001",
                      "group_ids": ["g-appstream"]}],
    "threats": [{"category": "impact", "details": "Important"}]}]
})json";

TEST(CsafClaims, RedHatPurlQualifiersCpePlatformsGroupsAndFlags) {
  ClaimSet s = claims_from_text(kRedHat, "rhsa.json");
  ASSERT_EQ(s.claims.size(), 3u);
  const Claim* tomcat = find(s,
                             "tomcat-1:9.0.87-1.el9_4.2.x86_64 as a component of Red Hat "
                             "Enterprise Linux AppStream (v. 9)");
  ASSERT_NE(tomcat, nullptr);
  EXPECT_EQ(tomcat->status, ClaimStatus::kFixed);
  EXPECT_EQ(tomcat->ecosystem, "rpm");
  EXPECT_EQ(tomcat->name, "tomcat");
  EXPECT_EQ(tomcat->version, "1:9.0.87-1.el9_4.2");  // the epoch qualifier joins the version
  EXPECT_EQ(tomcat->purl, "pkg:rpm/redhat/tomcat@9.0.87-1.el9_4.2?arch=x86_64&epoch=1");
  ASSERT_TRUE(tomcat->platform);
  EXPECT_EQ(tomcat->platform->id, "rhel");
  EXPECT_EQ(tomcat->platform->version_id, "9");
  EXPECT_EQ(tomcat->platform->cpe, "cpe:/a:redhat:enterprise_linux:9::appstream");
  ASSERT_EQ(tomcat->remediations.size(), 1u);  // through the group
  EXPECT_EQ(tomcat->remediations[0].url, "https://access.redhat.com/errata/RHSA-2025:0001");
  EXPECT_EQ(tomcat->impact, "Important");
  EXPECT_EQ(tomcat->aliases, std::vector<std::string>{"2300001"});
  const Claim* node = find(s, "nodejs as a component of Red Hat Enterprise Linux AppStream (v. 9)");
  ASSERT_NE(node, nullptr);
  EXPECT_EQ(node->name, "nodejs");
  EXPECT_EQ(node->version, "1:20.11.1-1.module+el9.4.0+21200+c3a2b1e4");
  EXPECT_EQ(node->remediations.size(), 1u);
  const Claim* kernel = find(s, "kernel as installed on RHEL 9.2 EUS");
  ASSERT_NE(kernel, nullptr);
  EXPECT_EQ(kernel->status, ClaimStatus::kNotAffected);
  EXPECT_EQ(kernel->justification, "vulnerable_code_not_present");
  EXPECT_EQ(kernel->version, "5.14.0-284.30.1.el9_2");  // epoch 0 is not written
  ASSERT_TRUE(kernel->platform);
  EXPECT_EQ(kernel->platform->id, "rhel");
  EXPECT_EQ(kernel->platform->version_id, "9.2");
  EXPECT_TRUE(kernel->remediations.empty());
}

// SUSE: platforms by CPE with the service pack apart; package products
// named "openssh-8.4p1-150300.3.37.1" without purl (name as written, the
// version read from an RPM NEVRA when it carries an architecture).
TEST(CsafClaims, SuseCpePlatformsAndRpmNames) {
  constexpr std::string_view doc =
      R"json({"document": {"category": "csaf_security_advisory", "csaf_version": "2.0",
    "publisher": {"name": "SUSE", "namespace": "https://www.suse.com"}, "tracking": {"id": "SUSE-SU-2025:1", "version": "1"}},
    "product_tree": {"branches": [{"category": "vendor", "name": "SUSE", "branches": [
      {"category": "product_family", "name": "SUSE Linux Enterprise", "branches": [
        {"category": "product_name", "name": "SUSE Linux Enterprise Server 15 SP6", "product": {"name": "SUSE Linux Enterprise Server 15 SP6",
          "product_id": "SUSE Linux Enterprise Server 15 SP6", "product_identification_helper": {"cpe": "cpe:/o:suse:sles:15:sp6"}}},
        {"category": "product_name", "name": "SUSE Linux Enterprise Server for SAP Applications 12 SP5", "product": {
          "name": "SUSE Linux Enterprise Server for SAP Applications 12 SP5", "product_id": "SLES_SAP 12 SP5"}}]},
      {"category": "architecture", "name": "x86_64", "branches": [
        {"category": "product_version", "name": "openssh-8.4p1-150300.3.37.1.x86_64", "product": {
          "name": "openssh-8.4p1-150300.3.37.1.x86_64", "product_id": "openssh-8.4p1-150300.3.37.1.x86_64"}}]},
      {"category": "architecture", "name": "ia64", "branches": [
        {"category": "product_version", "name": "bind-utils-9.9.4P2-0.6.1.ia64", "product": {
          "name": "bind-utils-9.9.4P2-0.6.1.ia64", "product_id": "bind-utils-9.9.4P2-0.6.1.ia64"}}]}]}],
    "relationships": [
      {"category": "default_component_of", "product_reference": "openssh-8.4p1-150300.3.37.1.x86_64",
       "relates_to_product_reference": "SUSE Linux Enterprise Server 15 SP6",
       "full_product_name": {"name": "SUSE Linux Enterprise Server 15 SP6:openssh-8.4p1-150300.3.37.1.x86_64", "product_id": "p1"}},
      {"category": "default_component_of", "product_reference": "bind-utils-9.9.4P2-0.6.1.ia64",
       "relates_to_product_reference": "SLES_SAP 12 SP5",
       "full_product_name": {"name": "bind-utils as component of SLES for SAP 12 SP5", "product_id": "p2"}}]},
    "vulnerabilities": [{"cve": "CVE-2024-6387", "product_status": {"recommended": ["p1"], "fixed": ["p1", "p2"]},
      "remediations": [{"category": "vendor_fix", "details": "zypper patch", "product_ids": ["p1"]}]}]})json";
  ClaimSet s = claims_from_text(doc, "suse.json");
  ASSERT_EQ(s.claims.size(), 2u);  // "recommended" is not a status
  const Claim* ssh =
      find(s, "SUSE Linux Enterprise Server 15 SP6:openssh-8.4p1-150300.3.37.1.x86_64");
  ASSERT_NE(ssh, nullptr);
  ASSERT_TRUE(ssh->platform);
  EXPECT_EQ(ssh->platform->id, "sles");
  EXPECT_EQ(ssh->platform->version_id, "15.6");
  EXPECT_EQ(ssh->name, "openssh");
  EXPECT_EQ(ssh->ecosystem, "rpm");
  EXPECT_EQ(ssh->version, "8.4p1-150300.3.37.1");
  const Claim* bind = find(s, "bind-utils as component of SLES for SAP 12 SP5");
  ASSERT_NE(bind, nullptr);
  ASSERT_TRUE(bind->platform);
  EXPECT_EQ(bind->platform->id, "sles_sap");  // named in words only
  EXPECT_EQ(bind->platform->version_id, "12.5");
  EXPECT_EQ(bind->name, "bind-utils");
  EXPECT_EQ(bind->version, "9.9.4P2-0.6.1");
}

// CIQ / Rocky: NEVRA product names under architecture branches, platforms
// by CIQ's own CPEs or only in words.
TEST(CsafClaims, CiqNevraAndPlatforms) {
  constexpr std::string_view doc =
      R"json({"document": {"category": "csaf_security_advisory", "csaf_version": "2.0",
    "publisher": {"name": "CIQ", "namespace": "https://ciq.com"}, "tracking": {"id": "CIQSA-2026:0001", "version": "1"}},
    "product_tree": {"branches": [{"category": "vendor", "name": "CIQ", "branches": [
      {"category": "product_family", "name": "Rocky Linux from CIQ", "branches": [
        {"category": "product_name", "name": "Rocky Linux from CIQ 9.5", "product": {"name": "Rocky Linux from CIQ 9.5", "product_id": "rlc-9.5",
          "product_identification_helper": {"cpe": "cpe:2.3:o:ciq:rocky_linux_from_ciq:9.5:*:*:*:*:*:*:*"}}},
        {"category": "product_name", "name": "CIQ LTS for Rocky Linux 8.6", "product": {"name": "CIQ LTS for Rocky Linux 8.6", "product_id": "lts-8.6"}},
        {"category": "product_name", "name": "CIQ Bridge for CentOS 7.9", "product": {"name": "CIQ Bridge for CentOS 7.9", "product_id": "cbr-7.9",
          "product_identification_helper": {"cpe": "cpe:2.3:o:ciq:centos_linux_bridge:7.9:*:*:*:*:*:*:*"}}}]},
      {"category": "architecture", "name": "x86_64", "branches": [
        {"category": "product_version", "name": "glibc-0:2.34-125.el9_5.1.x86_64", "product": {"name": "glibc-0:2.34-125.el9_5.1.x86_64", "product_id": "glibc-9"}},
        {"category": "product_version", "name": "glibc-2.28-189.5.el8_6.x86_64", "product": {"name": "glibc-2.28-189.5.el8_6.x86_64", "product_id": "glibc-8"}},
        {"category": "product_version", "name": "cups-filters-1:1.0.35-29.el7_9.ciqcbr.1.x86_64", "product": {"name": "cups-filters-1:1.0.35-29.el7_9.ciqcbr.1.x86_64", "product_id": "cups-7"}}]}]}],
    "relationships": [
      {"category": "default_component_of", "product_reference": "glibc-9", "relates_to_product_reference": "rlc-9.5",
       "full_product_name": {"name": "glibc on Rocky Linux from CIQ 9.5", "product_id": "r1"}},
      {"category": "default_component_of", "product_reference": "glibc-8", "relates_to_product_reference": "lts-8.6",
       "full_product_name": {"name": "glibc on CIQ LTS 8.6", "product_id": "r2"}},
      {"category": "default_component_of", "product_reference": "cups-7", "relates_to_product_reference": "cbr-7.9",
       "full_product_name": {"name": "cups-filters on CIQ Bridge 7.9", "product_id": "r3"}}]},
    "vulnerabilities": [{"cve": "CVE-2025-2000", "product_status": {"fixed": ["r1", "r2", "r3"]}}]})json";
  ClaimSet s = claims_from_text(doc, "ciq.json");
  ASSERT_EQ(s.claims.size(), 3u);
  const Claim* r1 = find(s, "glibc on Rocky Linux from CIQ 9.5");
  ASSERT_NE(r1, nullptr);
  EXPECT_EQ(r1->name, "glibc");
  EXPECT_EQ(r1->version, "2.34-125.el9_5.1");
  ASSERT_TRUE(r1->platform);
  EXPECT_EQ(r1->platform->id, "rocky");
  EXPECT_EQ(r1->platform->version_id, "9.5");
  const Claim* r2 = find(s, "glibc on CIQ LTS 8.6");
  ASSERT_NE(r2, nullptr);
  ASSERT_TRUE(r2->platform);
  EXPECT_EQ(r2->platform->id, "rocky");
  EXPECT_EQ(r2->platform->version_id, "8.6");
  EXPECT_EQ(r2->platform->name, "CIQ LTS for Rocky Linux 8.6");
  const Claim* r3 = find(s, "cups-filters on CIQ Bridge 7.9");
  ASSERT_NE(r3, nullptr);
  EXPECT_EQ(r3->version, "1:1.0.35-29.el7_9.ciqcbr.1");
  ASSERT_TRUE(r3->platform);
  EXPECT_EQ(r3->platform->id, "centos");
  EXPECT_EQ(r3->platform->version_id, "7");
}

// Fortinet: a non-standard document category, branch category "product",
// ranges "FortiDLP/>=12.2.1|<=12.2.2", versions written with the product
// name in front.
TEST(CsafClaims, FortinetRangesAndCategory) {
  constexpr std::string_view doc =
      R"json({"document": {"category": "Fortinet PSIRT Advisories", "csaf_version": "2.0",
    "publisher": {"name": "Fortinet PSIRT", "namespace": "https://www.fortiguard.com"}, "tracking": {"id": "FG-IR-25-001", "version": "1.0.0"}},
    "product_tree": {"branches": [{"category": "vendor", "name": "Fortinet PSIRT", "branches": [
      {"category": "product", "name": "FortiDLP", "branches": [
        {"category": "product_version_range", "name": "FortiDLP/>=12.2.1|<=12.2.2", "product": {"name": "FortiDLP/>=12.2.1|<=12.2.2", "product_id": "FortiDLP-12.2"}}]},
      {"category": "product_name", "name": "FortiOS", "branches": [
        {"category": "product_version", "name": "FortiOS 6.4.0", "product": {"name": "FortiOS", "product_id": "FortiGate-6.4.0"}}]}]}]},
    "vulnerabilities": [{"title": "FG-IR-25-001", "cve": "CVE-2025-3000",
      "product_status": {"known_affected": ["FortiDLP-12.2", "FortiGate-6.4.0"]},
      "remediations": [{"category": "vendor_fix", "details": "Upgrade to 12.2.3 or above", "product_ids": ["FortiOS"]}]}]})json";
  ClaimSet s = claims_from_text(doc, "fortinet.json");
  ASSERT_TRUE(s.skipped.empty());
  ASSERT_EQ(s.claims.size(), 2u);
  const Claim* dlp = find(s, "FortiDLP/>=12.2.1|<=12.2.2");
  ASSERT_NE(dlp, nullptr);
  EXPECT_EQ(dlp->name, "FortiDLP");
  EXPECT_EQ(dlp->vers, "vers:generic/>=12.2.1|<=12.2.2");
  EXPECT_EQ(dlp->ecosystem, "generic");
  EXPECT_TRUE(dlp->remediations.empty());  // "FortiOS" there is no product id
  const Claim* fos = find(s, "FortiOS");
  ASSERT_NE(fos, nullptr);
  EXPECT_EQ(fos->name, "FortiOS");
  EXPECT_EQ(fos->version, "6.4.0");
}

TEST(CsafClaims, RangesWrittenAsText) {
  EXPECT_EQ(vers_from_range_text("<129.0.2792.52"), "vers:generic/<129.0.2792.52");
  EXPECT_EQ(vers_from_range_text("< V4.1.3"), "vers:generic/<V4.1.3");
  EXPECT_EQ(vers_from_range_text("Warehouse <5.1.0"), "vers:generic/<5.1.0");
  EXPECT_EQ(vers_from_range_text(">=v6.0.0"), "vers:generic/>=v6.0.0");
  EXPECT_EQ(vers_from_range_text("<12.0.4 IF2"), "vers:generic/<12.0.4.IF2");
  EXPECT_EQ(vers_from_range_text("vers:all/*"), "vers:generic/*");
  EXPECT_EQ(vers_from_range_text("vers:all/<V3.1.4"), "vers:generic/<V3.1.4");
  EXPECT_EQ(vers_from_range_text("vers:semver/>=21.0.0|<=21.3.1"), "vers:semver/>=21.0.0|<=21.3.1");
  EXPECT_EQ(vers_from_range_text("vers:generic/Prisma Access Browser<133.16.4.99"),
            "vers:generic/<133.16.4.99");
  EXPECT_EQ(vers_from_range_text("VeriStand 2020 and prior"), "vers:generic/<=2020");
  EXPECT_EQ(vers_from_range_text("Version 6.3.5.11 and previous versions"),
            "vers:generic/<=6.3.5.11");
  EXPECT_EQ(vers_from_range_text("prior to firmware Version A17"), "vers:generic/<A17");
  EXPECT_EQ(vers_from_range_text("2016 R2 and earlier versions"), "vers:generic/<=2016.R2");
  EXPECT_EQ(vers_from_range_text("All Versions"), "vers:generic/*");
  EXPECT_EQ(vers_from_range_text("some text"), "");
  EXPECT_EQ(vers_from_range_text(""), "");
}

// NI: a CPE without version names the product; the range is only in the
// product_version_range branch, in words.
TEST(CsafClaims, CpeProductWithRangeInWords) {
  constexpr std::string_view doc =
      R"json({"document": {"category": "csaf_security_advisory", "csaf_version": "2.0",
    "publisher": {"name": "NI", "namespace": "https://www.ni.com"}, "tracking": {"id": "ni-1", "version": "1"}},
    "product_tree": {"branches": [{"category": "vendor", "name": "NI", "branches": [{"category": "product_name", "name": "VeriStand",
      "branches": [{"category": "product_version_range", "name": "VeriStand 2020 and prior", "product": {"name": "VeriStand 2020 and prior",
        "product_id": "vs", "product_identification_helper": {"cpe": "cpe:2.3:a:ni:veristand:*:*:*:*:*:*:*:*"}}}]}]}]},
    "vulnerabilities": [{"cve": "CVE-2025-6000", "product_status": {"known_affected": ["vs"]}}]})json";
  ClaimSet s = claims_from_text(doc, "ni.json");
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].name, "veristand");
  EXPECT_EQ(s.claims[0].cpe, "cpe:2.3:a:ni:veristand:*:*:*:*:*:*:*:*");
  EXPECT_EQ(s.claims[0].vers, "vers:generic/<=2020");
}

// Relationship categories other than default_component_of, nested
// relationships, undefined ids and a cycle: resolved or reported, no crash.
TEST(CsafClaims, RelationshipsUndefinedIdsAndCycles) {
  constexpr std::string_view doc =
      R"json({"document": {"category": "csaf_security_advisory", "csaf_version": "2.0",
    "publisher": {"name": "Example", "namespace": "https://example.com"}, "tracking": {"id": "EX-1", "version": "1"}},
    "product_tree": {
      "full_product_names": [
        {"name": "Debian 12", "product_id": "deb12", "product_identification_helper": {"cpe": "cpe:2.3:o:debian:debian_linux:12:*:*:*:*:*:*:*"}},
        {"name": "libfoo 1.2", "product_id": "foo", "product_identification_helper": {"purl": "pkg:deb/debian/libfoo@1.2-1"}},
        {"name": "plugin 3", "product_id": "plugin", "product_identification_helper": {"purl": "pkg:npm/plugin@3.0.0"}}],
      "relationships": [
        {"category": "installed_on", "product_reference": "foo", "relates_to_product_reference": "deb12",
         "full_product_name": {"name": "libfoo 1.2 installed on Debian 12", "product_id": "foo-on-12"}},
        {"category": "optional_component_of", "product_reference": "plugin", "relates_to_product_reference": "foo-on-12",
         "full_product_name": {"name": "plugin 3 in libfoo on Debian 12", "product_id": "nested"}},
        {"category": "external_component_of", "product_reference": "c2", "relates_to_product_reference": "deb12",
         "full_product_name": {"name": "cycle one", "product_id": "c1"}},
        {"category": "installed_with", "product_reference": "c1", "relates_to_product_reference": "deb12",
         "full_product_name": {"name": "cycle two", "product_id": "c2"}}]},
    "vulnerabilities": [{"cve": "CVE-2025-4000",
      "product_status": {"known_affected": ["foo-on-12", "nested", "c1", "nowhere"], "under_investigation": ["deb12"]}}]})json";
  ClaimSet s = claims_from_text(doc, "ex.json");
  // "nowhere" is defined nowhere (6.1.1); "cycle one" loops (6.1.3): both
  // left out with the reason (read as they were, a loop would be a
  // statement about Debian 12 as a whole).
  ASSERT_EQ(s.claims.size(), 3u);
  ASSERT_EQ(s.problems.size(), 2u);
  EXPECT_NE(s.problems[0].message.find("\"c1\" (cycle one) cannot be resolved: relationships loop"),
            std::string::npos)
      << s.problems[0].message;
  EXPECT_NE(s.problems[1].message.find("\"nowhere\" is defined nowhere"), std::string::npos);
  const Claim* foo = find(s, "libfoo 1.2 installed on Debian 12");
  ASSERT_NE(foo, nullptr);
  EXPECT_EQ(foo->ecosystem, "deb");
  EXPECT_EQ(foo->name, "libfoo");
  EXPECT_EQ(foo->version, "1.2-1");
  ASSERT_TRUE(foo->platform);
  EXPECT_EQ(foo->platform->id, "debian");
  EXPECT_EQ(foo->platform->version_id, "12");
  const Claim* nested = find(s, "plugin 3 in libfoo on Debian 12");
  ASSERT_NE(nested, nullptr);
  EXPECT_EQ(nested->ecosystem, "npm");
  EXPECT_EQ(nested->name, "plugin");
  ASSERT_TRUE(nested->platform);  // the component it belongs to, not an OS
  EXPECT_EQ(nested->platform->name, "libfoo 1.2 installed on Debian 12");
  const Claim* os = find(s, "Debian 12");
  ASSERT_NE(os, nullptr);
  EXPECT_EQ(os->status, ClaimStatus::kUnderInvestigation);
  EXPECT_EQ(os->name, "");  // the platform as a whole
  ASSERT_TRUE(os->platform);
  EXPECT_EQ(os->platform->id, "debian");
  EXPECT_EQ(find(s, "cycle one"), nullptr);
}

TEST(CsafClaims, DocumentsThatStateNothingAreSkippedWithTheReason) {
  ClaimSet no_vulns = claims_from_text(
      R"json({"document": {"category": "csaf_base", "csaf_version": "2.0", "tracking": {"id": "x", "version": "1"}}})json",
      "a.json");
  ASSERT_EQ(no_vulns.skipped.size(), 1u);
  EXPECT_NE(no_vulns.skipped[0].reason.find("without vulnerabilities"), std::string::npos);
  ClaimSet undefined = claims_from_text(
      R"json({"document": {"category": "csaf_vex", "csaf_version": "2.0", "tracking": {"id": "x", "version": "1"}},
          "vulnerabilities": [{"cve": "CVE-1", "product_status": {"fixed": ["p"]}}]})json",
      "b.json");
  ASSERT_EQ(undefined.skipped.size(), 1u);
  EXPECT_NE(undefined.skipped[0].reason.find("never defines"), std::string::npos);
  ClaimSet broken = claims_from_text(R"json({"document": [})json", "c.json");
  ASSERT_EQ(broken.skipped.size(), 1u);
  EXPECT_NE(broken.skipped[0].reason.find("c.json:1:"), std::string::npos)
      << broken.skipped[0].reason;
  ClaimSet other = claims_from_text(R"json({"spdxVersion": "SPDX-2.3"})json", "d.json");
  ASSERT_EQ(other.skipped.size(), 1u);
  EXPECT_NE(other.skipped[0].reason.find("not a CSAF"), std::string::npos);
}

}  // namespace
}  // namespace vt::matching
