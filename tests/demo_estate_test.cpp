// The demo estate end to end: `vextriage scan` on examples/estate, every
// finding compared with the table written by hand from the contract's rules
// (tests/data/demo_estate_expected.tsv): verdict, tier, fixed version,
// action, attestation and the kinds of evidence.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "cli_run.h"
#include "json/json.h"
#include "validation/schema/schema.h"

namespace {

using vt::testing::vextriage;

struct Row {
  std::string verdict, tier, fixed, action, attested;
  std::set<std::string> evidence;
};

std::set<std::string> split(const std::string& s, char sep) {
  std::set<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);)
    if (!part.empty()) out.insert(part);
  return out;
}

std::map<std::string, Row> expected_rows() {
  std::ifstream in(VT_SOURCE_DIR "/tests/data/demo_estate_expected.tsv");
  std::map<std::string, Row> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream cells(line);
    for (std::string c; std::getline(cells, c, '\t');) f.push_back(c);
    EXPECT_EQ(f.size(), 9u) << line;
    if (f.size() != 9) continue;
    rows[f[0] + " " + f[1] + " " + f[2]] = Row{f[3], f[4], f[5], f[6], f[7], split(f[8], ',')};
  }
  return rows;
}

TEST(DemoEstate, EveryFindingAsTheRulesSay) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  auto run = vextriage("scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve --format json -q");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  vt::json::Parser parser;
  auto root = parser.parse(run.out, "scan output");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  ASSERT_EQ(root->find("schema")->as_string(), "vextriage.findings/1");

  const auto expected = expected_rows();
  ASSERT_EQ(expected.size(), 20u);
  std::set<std::string> seen;
  for (vt::json::Value f : root->find("findings")->items()) {
    const std::string component =
        f.find("component")->find("name")->as_string().empty() ? "-" : std::string(f.find("component")->find("name")->as_string());
    const std::string key = std::string(f.find("artifact")->as_string()) + " " +
                            std::string(f.find("vulnerability")->as_string()) + " " + component;
    EXPECT_TRUE(seen.insert(key).second) << "two findings for " << key;
    auto it = expected.find(key);
    if (it == expected.end()) {
      ADD_FAILURE() << "unexpected finding " << key << ": " << f.find("verdict")->as_string();
      continue;
    }
    const Row& want = it->second;
    EXPECT_EQ(f.find("verdict")->as_string(), want.verdict) << key;
    EXPECT_EQ(f.find("tier")->as_string(), want.tier) << key;
    const auto fixed = f.find("fixed_version");
    EXPECT_EQ(fixed->is_null() ? "-" : std::string(fixed->as_string()), want.fixed) << key;
    EXPECT_EQ(f.find("remediation")->find("action")->as_string(), want.action) << key;
    EXPECT_EQ(f.find("attested")->as_bool() ? "yes" : "no", want.attested) << key;
    std::set<std::string> kinds;
    for (vt::json::Value ev : f.find("evidence")->items()) kinds.insert(std::string(ev.find("kind")->as_string()));
    for (const auto& k : want.evidence) EXPECT_TRUE(kinds.count(k)) << key << ": no " << k << " evidence";
  }
  for (const auto& [key, row] : expected) EXPECT_TRUE(seen.count(key)) << "missing finding " << key;
  // The second revision of the openssh document replaced the first, and says so.
  EXPECT_NE(run.out.find("msrc_CVE-2025-26465"), std::string::npos);
}

TEST(DemoEstate, FailOnReturnsOneWhenATierIsReached) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  auto run = vextriage("scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve --fail-on highest -q");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("tier highest"), std::string::npos);
}

TEST(DemoEstate, PolicyExceptionsStayVisibleAndLeaveFailOn) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  auto run = vextriage("scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve -q --format json --policy " + e +
                       "/policy.toml");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  vt::json::Parser parser;
  auto root = parser.parse(run.out, "scan");
  ASSERT_TRUE(root.ok());
  int suppressed = 0;
  for (vt::json::Value f : root->find("findings")->items())
    if (auto s = f.find("suppressed")) {
      ++suppressed;
      EXPECT_EQ(f.find("artifact")->as_string(), "edge-appliance");
      EXPECT_NE(s->as_string().find("accepted_risk by ot-team@contoso.example until 2027-01-31"), std::string::npos);
    }
  EXPECT_EQ(suppressed, 1);
  // Suppressing every medium finding of the appliance: --fail-on medium still
  // fires for the others, so exit 1; a broken policy is exit 2 naming the line.
  auto bad = vextriage("scan " + e + "/estate.json --vex " + e + "/vex -q --policy " + e + "/estate.json");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("estate.json"), std::string::npos) << bad.err;
}

TEST(DemoEstate, UnreadableInputsExitTwoNamingTheFile) {
  auto run = vextriage("scan /nonexistent/target --vex " VT_SOURCE_DIR "/examples/estate/vex -q");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("/nonexistent/target"), std::string::npos) << run.err;
  run = vextriage("scan " VT_SOURCE_DIR "/examples/estate/rootfs/vm-cbl2");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--vex"), std::string::npos) << run.err;
}

// Machine formats against their official schemas, with our schema engine.
void expect_valid(const std::string& text, const std::string& schema_file, const std::string& what) {
  const std::string dir = std::filesystem::path(schema_file).parent_path().string();
  auto schema = vt::validation::schema::Validator::load(schema_file, {dir});
  ASSERT_TRUE(schema.ok()) << schema.error().to_string();
  vt::json::Parser parser;
  auto root = parser.parse(text, what);
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  std::vector<vt::validation::Finding> errors;
  EXPECT_TRUE((*schema)->validate(*root, errors)) << what;
  for (const auto& e : errors) ADD_FAILURE() << what << " " << e.path << ": " << e.message;
}

TEST(DemoEstate, SarifAndOpenVexOutputsAreValidAgainstTheirSchemas) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  const std::string args = "scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve -q --format ";
  auto sarif = vextriage(args + "sarif");
  ASSERT_EQ(sarif.exit_code, 0) << sarif.err;
  expect_valid(sarif.out, VT_BUILD_DATA_DIR "/schemas/sarif/sarif-schema-2.1.0.json", "sarif");
  EXPECT_NE(sarif.out.find("\"ruleId\": \"CVE-2025-26465\""), std::string::npos);
  auto openvex = vextriage(args + "openvex");
  ASSERT_EQ(openvex.exit_code, 0) << openvex.err;
  expect_valid(openvex.out, VT_BUILD_DATA_DIR "/schemas/openvex/openvex_json_schema.json", "openvex");
  auto csv = vextriage(args + "csv");
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 21);  // header + 20 findings
}

TEST(DemoEstate, VexOutputsAreValidCycloneDxAndCsaf) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  const std::string args = "scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve -q --format ";
  auto cdx = vextriage(args + "cyclonedx");
  ASSERT_EQ(cdx.exit_code, 0) << cdx.err;
  expect_valid(cdx.out, VT_BUILD_DATA_DIR "/schemas/cyclonedx/bom-1.6.schema.json", "cyclonedx");
  auto csaf = vextriage(args + "csaf");
  ASSERT_EQ(csaf.exit_code, 0) << csaf.err;
  const std::string file = (std::filesystem::temp_directory_path() / ("vt-csaf-out-" + std::to_string(::getpid()) + ".json")).string();
  std::ofstream(file) << csaf.out;
  // Our own validator, every test of section 6: no error (warnings about
  // missing scores and identification helpers are expected).
  auto check = vextriage("validate --preset full --format json " + file);
  std::filesystem::remove(file);
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_NE(check.out.find("\"errors\": []"), std::string::npos) << check.out.substr(0, 2000);
}

TEST(DemoEstate, HtmlReportIsSelfContained) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  auto html = vextriage("scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve -q --format html");
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.out.find("<script"), std::string::npos);
  EXPECT_EQ(html.out.find("src=\""), std::string::npos);   // nothing loaded from elsewhere
  EXPECT_EQ(html.out.find("href=\""), std::string::npos);
  for (const char* artifact : {"web-azl3", "vm-cbl2", "ubuntu-marketplace", "debian-app", "edge-appliance",
                               "dev-laptop-17", "build-host-3"})
    EXPECT_NE(html.out.find(std::string("<td>") + artifact + "</td>"), std::string::npos) << artifact;
  EXPECT_NE(html.out.find("Tier highest (3)"), std::string::npos);
  EXPECT_NE(html.out.find("&lt;cbl2 kernel"), std::string::npos);  // escaped text
}

TEST(DemoEstate, ExplainPrintsTheEvidenceChain) {
  const std::string e = VT_SOURCE_DIR "/examples/estate";
  auto run = vextriage("scan " + e + "/estate.json --vex " + e + "/vex --cve " + e + "/cve -q --format json");
  ASSERT_EQ(run.exit_code, 0);
  const std::string file = (std::filesystem::temp_directory_path() / ("vt-explain-" + std::to_string(::getpid()) + ".json")).string();
  std::ofstream(file) << run.out;
  vt::json::Parser parser;
  auto root = parser.parse(run.out, "scan");
  ASSERT_TRUE(root.ok());
  std::string id;
  for (vt::json::Value f : root->find("findings")->items())
    if (f.find("artifact")->as_string() == "vm-cbl2" && f.find("vulnerability")->as_string() == "CVE-2025-38477")
      id = std::string(f.find("id")->as_string());
  ASSERT_FALSE(id.empty());
  auto explain = vextriage("explain " + id + " --from " + file);
  EXPECT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("kernel_config: net/sched/sch_qfq.c needs CONFIG_NET_SCH_QFQ, which is not set"),
            std::string::npos)
      << explain.out;
  EXPECT_NE(explain.out.find("attested by Microsoft"), std::string::npos);
  EXPECT_EQ(vextriage("explain 0000000000000000 --from " + file).exit_code, 2);
  std::filesystem::remove(file);
}

}  // namespace
