// OpenVEX 0.2 (and the 0.0.x drafts) and CycloneDX VEX documents of our own
// into claims: statuses, justifications, products and subcomponents by purl
// or CPE, bom-refs, BOM-Links, version ranges, responses.
#include <gtest/gtest.h>

#include "matching/load.h"

namespace vt::matching {
namespace {

constexpr std::string_view kOpenVex = R"json({
  "@context": "https://openvex.dev/ns/v0.2.0",
  "@id": "https://example.com/vex/2025-0001",
  "author": "Example Security", "role": "Document Creator",
  "timestamp": "2025-01-01T00:00:00Z", "last_updated": "2025-02-01T00:00:00Z", "version": 2,
  "statements": [
    {"vulnerability": {"name": "CVE-2025-1111", "aliases": ["GHSA-xxxx-yyyy-zzzz"]},
     "products": [{"@id": "pkg:oci/web@sha256%3Aabc", "subcomponents": [
        {"@id": "pkg:deb/debian/openssl@3.0.15-1~deb12u1?arch=amd64&distro=debian-12"},
        {"@id": "urn:example:libx", "identifiers": {"purl": "pkg:generic/libx@1.2.3"}}]}],
     "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path",
     "impact_statement": "the TLS code is not used"},
    {"vulnerability": {"name": "CVE-2025-2222"},
     "products": [{"@id": "pkg:npm/lodash@4.17.20"}],
     "status": "affected", "action_statement": "Update to 4.17.21", "action_statement_timestamp": "2025-02-01T00:00:00Z",
     "timestamp": "2025-01-15T00:00:00Z"},
    {"vulnerability": {"name": "CVE-2025-3333"},
     "products": [{"@id": "https://example.com/appliance", "identifiers": {"cpe23": "cpe:2.3:a:example:appliance:5.1:*:*:*:*:*:*:*"}},
                  {"@id": "sha256:0123456789abcdef"}],
     "status": "under_investigation"},
    {"vulnerability": {"name": "CVE-2025-4444"}, "products": [{"@id": "pkg:rpm/redhat/curl@7.76.1-29.el9?epoch=0"}], "status": "fixed"}
  ]})json";

const Claim* find(const ClaimSet& s, std::string_view vulnerability, std::string_view name) {
  for (const auto& c : s.claims)
    if (c.vulnerability == vulnerability && c.name == name) return &c;
  return nullptr;
}

TEST(OpenVexClaims, StatementsProductsAndSubcomponents) {
  ClaimSet s = claims_from_text(kOpenVex, "vex.openvex.json");
  ASSERT_TRUE(s.skipped.empty()) << s.skipped[0].reason;
  EXPECT_EQ(s.documents, 1u);
  ASSERT_EQ(s.claims.size(), 5u);  // the bare digest names no package
  const Claim* ssl = find(s, "CVE-2025-1111", "openssl");
  ASSERT_NE(ssl, nullptr);
  EXPECT_EQ(ssl->status, ClaimStatus::kNotAffected);
  EXPECT_EQ(ssl->justification, "vulnerable_code_not_in_execute_path");
  EXPECT_EQ(ssl->impact, "the TLS code is not used");
  EXPECT_EQ(ssl->ecosystem, "deb");
  EXPECT_EQ(ssl->version, "3.0.15-1~deb12u1");
  ASSERT_TRUE(ssl->platform);
  EXPECT_EQ(ssl->platform->id, "debian");
  EXPECT_EQ(ssl->platform->version_id, "12");
  EXPECT_EQ(ssl->aliases, std::vector<std::string>{"GHSA-xxxx-yyyy-zzzz"});
  EXPECT_EQ(ssl->source.pointer, "/statements/0/products/0/subcomponents/0");
  EXPECT_EQ(ssl->source.format, "openvex");
  EXPECT_EQ(ssl->source.document_id, "https://example.com/vex/2025-0001");
  EXPECT_EQ(ssl->source.revision, "2");
  EXPECT_EQ(ssl->source.publisher, "Example Security");
  EXPECT_EQ(ssl->source.updated, "2025-02-01T00:00:00Z");
  const Claim* libx = find(s, "CVE-2025-1111", "libx");
  ASSERT_NE(libx, nullptr);  // through identifiers.purl
  EXPECT_EQ(libx->product, "urn:example:libx");
  EXPECT_EQ(libx->version, "1.2.3");
  const Claim* lodash = find(s, "CVE-2025-2222", "lodash");
  ASSERT_NE(lodash, nullptr);
  EXPECT_EQ(lodash->status, ClaimStatus::kAffected);
  ASSERT_EQ(lodash->remediations.size(), 1u);
  EXPECT_EQ(lodash->remediations[0].details, "Update to 4.17.21");
  EXPECT_EQ(lodash->source.updated, "2025-01-15T00:00:00Z");  // the statement's own time
  const Claim* appliance = find(s, "CVE-2025-3333", "appliance");
  ASSERT_NE(appliance, nullptr);  // through identifiers.cpe23
  EXPECT_EQ(appliance->status, ClaimStatus::kUnderInvestigation);
  EXPECT_EQ(appliance->version, "5.1");
  const Claim* curl = find(s, "CVE-2025-4444", "curl");
  ASSERT_NE(curl, nullptr);
  EXPECT_EQ(curl->status, ClaimStatus::kFixed);
  EXPECT_EQ(curl->version, "7.76.1-29.el9");
}

TEST(OpenVexClaims, DraftFormWithStringProducts) {
  ClaimSet s = claims_from_text(R"json({"@context": "https://openvex.dev/ns", "@id": "x", "author": "a",
    "statements": [{"vulnerability": "CVE-2023-1", "products": ["pkg:apk/alpine/busybox@1.36.1-r2"],
                    "subcomponents": ["pkg:apk/alpine/ssl_client@1.36.1-r2"], "status": "fixed"}]})json",
                                "draft.json");
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].name, "ssl_client");
  EXPECT_EQ(s.claims[0].ecosystem, "apk");
}

TEST(OpenVexClaims, BadStatementsAreReportedWithThePointer) {
  ClaimSet s = claims_from_text(R"json({"@context": "https://openvex.dev/ns/v0.2.0", "@id": "x",
    "statements": [{"vulnerability": {"name": "CVE-1"}, "products": [], "status": "maybe"}]})json", "bad.json");
  ASSERT_EQ(s.skipped.size(), 1u);
  EXPECT_NE(s.skipped[0].reason.find("/statements/0"), std::string::npos) << s.skipped[0].reason;
  EXPECT_NE(s.skipped[0].reason.find("maybe"), std::string::npos);
  ClaimSet none = claims_from_text(R"json({"@context": "https://openvex.dev/ns/v0.2.0", "@id": "x",
    "statements": [{"vulnerability": {"name": "CVE-1"}, "products": [{"@id": "sha256:00"}], "status": "affected"}]})json",
                                   "digest.json");
  ASSERT_EQ(none.skipped.size(), 1u);
  EXPECT_NE(none.skipped[0].reason.find("no product"), std::string::npos);
}

constexpr std::string_view kCycloneDx = R"json({
  "bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", "version": 3,
  "metadata": {"timestamp": "2025-03-01T00:00:00Z", "supplier": {"name": "Example Corp"},
               "component": {"bom-ref": "app", "type": "application", "name": "shop", "version": "2.0"}},
  "components": [
    {"bom-ref": "log4j", "type": "library", "group": "org.apache.logging.log4j", "name": "log4j-core", "version": "2.14.1",
     "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"},
    {"bom-ref": "fw", "type": "firmware", "name": "bootrom", "version": "7",
     "components": [{"bom-ref": "nested", "type": "library", "name": "zlib", "cpe": "cpe:2.3:a:zlib:zlib:1.2.11:*:*:*:*:*:*:*"}]}],
  "vulnerabilities": [
    {"id": "CVE-2021-44228", "references": [{"id": "GHSA-jfh8-c2jp-5v3q"}], "recommendation": "Upgrade to 2.17.1",
     "analysis": {"state": "exploitable", "response": ["update", "workaround_available"], "detail": "JNDI lookups reachable",
                  "lastUpdated": "2025-03-02T00:00:00Z"},
     "workaround": "set log4j2.formatMsgNoLookups",
     "affects": [{"ref": "log4j", "versions": [{"range": "vers:maven/>=2.0-beta9|<2.15.0", "status": "affected"},
                                               {"version": "2.17.1", "status": "unaffected"}]}]},
    {"id": "CVE-2022-37434", "analysis": {"state": "not_affected", "justification": "code_not_reachable"},
     "affects": [{"ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/3#nested"}]},
    {"id": "CVE-2025-0007", "analysis": {"state": "resolved_with_pedigree"}, "affects": [{"ref": "app"}]},
    {"id": "CVE-2025-0008", "affects": [{"ref": "pkg:pypi/requests@2.31.0"}, {"ref": "urn:cdx:other-bom/1#x"}]}
  ]})json";

TEST(CycloneDxClaims, AnalysisAffectsAndVersions) {
  ClaimSet s = claims_from_text(kCycloneDx, "bom.vex.json");
  ASSERT_TRUE(s.skipped.empty()) << s.skipped[0].reason;
  ASSERT_EQ(s.claims.size(), 5u);  // the BOM-Link into another BOM is not followed
  const Claim& range = s.claims[0];
  EXPECT_EQ(range.vulnerability, "CVE-2021-44228");
  EXPECT_EQ(range.status, ClaimStatus::kAffected);
  EXPECT_EQ(range.ecosystem, "maven");
  EXPECT_EQ(range.name, "log4j-core");
  EXPECT_EQ(range.vers, "vers:maven/>=2.0-beta9|<2.15.0");
  EXPECT_EQ(range.version, "");
  EXPECT_EQ(range.impact, "JNDI lookups reachable");
  ASSERT_EQ(range.remediations.size(), 2u);
  EXPECT_EQ(range.remediations[0].category, "vendor_fix");
  EXPECT_EQ(range.remediations[0].details, "Upgrade to 2.17.1");
  EXPECT_EQ(range.remediations[1].category, "workaround");
  EXPECT_EQ(range.remediations[1].details, "set log4j2.formatMsgNoLookups");
  EXPECT_EQ(range.aliases, std::vector<std::string>{"GHSA-jfh8-c2jp-5v3q"});
  EXPECT_EQ(range.source.pointer, "/vulnerabilities/0/affects/0/versions/0");
  EXPECT_EQ(range.source.document_id, "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
  EXPECT_EQ(range.source.revision, "3");
  EXPECT_EQ(range.source.publisher, "Example Corp");
  EXPECT_EQ(range.source.updated, "2025-03-02T00:00:00Z");
  const Claim& unaffected = s.claims[1];
  EXPECT_EQ(unaffected.status, ClaimStatus::kNotAffected);
  EXPECT_EQ(unaffected.version, "2.17.1");
  const Claim& zlib = s.claims[2];  // a BOM-Link into this BOM, a nested component named by CPE
  EXPECT_EQ(zlib.name, "zlib");
  EXPECT_EQ(zlib.version, "1.2.11");
  EXPECT_EQ(zlib.status, ClaimStatus::kNotAffected);
  EXPECT_EQ(zlib.justification, "code_not_reachable");
  const Claim& app = s.claims[3];  // metadata.component, by name
  EXPECT_EQ(app.name, "shop");
  EXPECT_EQ(app.status, ClaimStatus::kFixed);
  const Claim& requests = s.claims[4];  // a purl as the ref, no analysis
  EXPECT_EQ(requests.name, "requests");
  EXPECT_EQ(requests.status, ClaimStatus::kUnderInvestigation);
}

TEST(CycloneDxClaims, BomWithoutVulnerabilitiesIsNotVex) {
  ClaimSet s = claims_from_text(R"json({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": []})json", "sbom.json");
  ASSERT_EQ(s.skipped.size(), 1u);
  EXPECT_NE(s.skipped[0].reason.find("not a VEX"), std::string::npos);
}

}  // namespace
}  // namespace vt::matching
