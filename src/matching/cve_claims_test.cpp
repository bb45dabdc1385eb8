// CVE JSON 5 records of our own into claims: the Linux kernel CNA's form
// (git ranges left out, release spans with lessThanOrEqual "6.1.*",
// programFiles), semver lessThan ranges with their fix, defaultStatus,
// REJECTED records.
#include <gtest/gtest.h>

#include "matching/load.h"

namespace vt::matching {
namespace {

constexpr std::string_view kKernel = R"json({"dataType": "CVE_RECORD", "dataVersion": "5.1",
  "cveMetadata": {"cveId": "CVE-2024-9999", "assignerShortName": "Linux", "state": "PUBLISHED",
                  "dateUpdated": "2025-01-02T03:04:05.000Z"},
  "containers": {"cna": {"affected": [
    {"vendor": "Linux", "product": "Linux", "defaultStatus": "unaffected", "programFiles": ["net/netfilter/nf_tables_api.c"],
     "versions": [{"version": "761da2935d6e", "lessThan": "e4988d8415bd", "status": "affected", "versionType": "git"}]},
    {"vendor": "Linux", "product": "Linux", "defaultStatus": "affected",
     "programFiles": ["net/netfilter/nf_tables_api.c", "include/net/netfilter/nf_tables.h"],
     "versions": [{"version": "4.1", "status": "affected"},
                  {"version": "0", "lessThan": "4.1", "status": "unaffected", "versionType": "semver"},
                  {"version": "6.1.84", "lessThanOrEqual": "6.1.*", "status": "unaffected", "versionType": "semver"},
                  {"version": "6.8", "lessThanOrEqual": "*", "status": "unaffected", "versionType": "original_commit_for_fix"}]}]}}})json";

TEST(CveClaims, KernelRecordRangesAndProgramFiles) {
  ClaimSet s = claims_from_text(kKernel, "CVE-2024-9999.json");
  ASSERT_TRUE(s.skipped.empty()) << s.skipped[0].reason;
  ASSERT_EQ(s.claims.size(), 4u);  // the git range cannot be placed among releases
  for (const auto& c : s.claims) {
    EXPECT_EQ(c.vulnerability, "CVE-2024-9999");
    EXPECT_EQ(c.ecosystem, "linux-kernel");
    EXPECT_EQ(c.name, "linux");
    EXPECT_EQ(c.program_files.size(), 2u);
    EXPECT_FALSE(c.platform);
    EXPECT_EQ(c.source.format, "cve");
    EXPECT_EQ(c.source.publisher, "Linux");
    EXPECT_EQ(c.source.revision, "2025-01-02T03:04:05.000Z");
  }
  EXPECT_EQ(s.claims[0].status, ClaimStatus::kAffected);
  EXPECT_EQ(s.claims[0].vers, "vers:generic/>=4.1");
  EXPECT_EQ(s.claims[0].source.pointer, "/containers/cna/affected/1/versions/0");
  EXPECT_EQ(s.claims[1].status, ClaimStatus::kNotAffected);
  EXPECT_EQ(s.claims[1].vers, "vers:generic/<4.1");
  EXPECT_EQ(s.claims[2].status, ClaimStatus::kFixed);
  EXPECT_EQ(s.claims[2].vers, "vers:generic/>=6.1.84|<6.2");
  EXPECT_EQ(s.claims[2].fixed_version, "6.1.84");
  EXPECT_EQ(s.claims[3].status, ClaimStatus::kFixed);
  EXPECT_EQ(s.claims[3].vers, "vers:generic/>=6.8");
  EXPECT_EQ(s.claims[3].fixed_version, "6.8");
}

TEST(CveClaims, PackageRangesWithFixesAndDefaultStatus) {
  ClaimSet s = claims_from_text(R"json({"cveMetadata": {"cveId": "CVE-2023-0002", "assignerShortName": "GitHub_M"},
    "containers": {"cna": {"affected": [
      {"vendor": "netty", "product": "netty", "packageName": "io.netty:netty-codec-http2",
       "collectionURL": "https://repo.maven.apache.org/maven2",
       "versions": [{"version": "0", "lessThan": "4.1.100.Final", "status": "affected", "versionType": "maven"}]},
      {"vendor": "golang", "product": "net/http", "versions": [
         {"version": "1.21.0", "lessThan": "1.21.5", "status": "affected", "versionType": "semver"},
         {"version": "1.20.0", "lessThanOrEqual": "1.20.11", "status": "affected", "versionType": "semver"},
         {"version": "1.22.0", "status": "unaffected", "versionType": "semver"}]},
      {"vendor": "acme", "product": "widget", "defaultStatus": "affected"},
      {"vendor": "n/a", "product": "n/a", "versions": [{"version": "n/a", "status": "affected"}]}]}}})json",
                                "CVE-2023-0002.json");
  ASSERT_TRUE(s.skipped.empty());
  ASSERT_EQ(s.claims.size(), 5u);  // "n/a" names nothing
  EXPECT_EQ(s.claims[0].ecosystem, "maven");
  EXPECT_EQ(s.claims[0].name, "io.netty:netty-codec-http2");
  EXPECT_EQ(s.claims[0].vers, "vers:maven/<4.1.100.Final");
  EXPECT_EQ(s.claims[0].fixed_version, "4.1.100.Final");
  EXPECT_EQ(s.claims[1].vers, "vers:semver/>=1.21.0|<1.21.5");
  EXPECT_EQ(s.claims[1].fixed_version, "1.21.5");
  EXPECT_EQ(s.claims[2].vers, "vers:semver/>=1.20.0|<=1.20.11");
  EXPECT_EQ(s.claims[2].fixed_version, "");  // "<=" names the last affected, not the fix
  EXPECT_EQ(s.claims[3].version, "1.22.0");
  EXPECT_EQ(s.claims[3].status, ClaimStatus::kFixed);
  EXPECT_EQ(s.claims[4].name, "widget");
  EXPECT_EQ(s.claims[4].status, ClaimStatus::kAffected);
  EXPECT_EQ(s.claims[4].vers, "");  // every version, as far as the record says
}

TEST(CveClaims, RecordsThatStateNothingAreSkipped) {
  ClaimSet rejected = claims_from_text(
      R"json({"cveMetadata": {"cveId": "CVE-2020-0001", "state": "REJECTED"}, "containers": {"cna": {"rejectedReasons": []}}})json",
      "r.json");
  ASSERT_EQ(rejected.skipped.size(), 1u);
  EXPECT_NE(rejected.skipped[0].reason.find("REJECTED"), std::string::npos);
  ClaimSet git_only = claims_from_text(
      R"json({"cveMetadata": {"cveId": "CVE-2020-0002"}, "containers": {"cna": {"affected": [{"vendor": "Linux", "product": "Linux",
        "defaultStatus": "unaffected", "versions": [{"version": "aa", "lessThan": "bb", "status": "affected", "versionType": "git"}]}]}}})json",
      "g.json");
  ASSERT_EQ(git_only.skipped.size(), 1u);
  EXPECT_NE(git_only.skipped[0].reason.find("git"), std::string::npos);
  ClaimSet no_id = claims_from_text(R"json({"cveMetadata": {}, "containers": {"cna": {}}})json", "n.json");
  ASSERT_EQ(no_id.skipped.size(), 1u);
  EXPECT_NE(no_id.skipped[0].reason.find("cveId"), std::string::npos);
}

}  // namespace
}  // namespace vt::matching
