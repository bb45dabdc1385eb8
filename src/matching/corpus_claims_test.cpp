// Every document of ../shared/corpus read as `scan --vex` reads it: each CSAF
// document either gives claims or is skipped with a reason; the number of
// claims plus the product ids no definition resolves equals an independent
// count of (vulnerability, status, product id) entries in product_status;
// the vendor adapters give every claim a component or a platform.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/file.h"
#include "documents/csaf/parse.h"
#include "json/json.h"
#include "matching/csaf_claims.h"
#include "matching/load.h"

namespace vt::matching {
namespace {

const std::string kCorpus = VT_SHARED_DIR "/corpus";

// Product ids in product_status arrays, straight from the JSON.
std::size_t count_statements(const json::Value& root) {
  std::size_t n = 0;
  auto vulns = root.find("vulnerabilities");
  if (!vulns || !vulns->is_array()) return 0;
  for (json::Value v : vulns->items()) {
    auto status = v.find("product_status");
    if (!status || !status->is_object()) continue;
    for (auto [name, list] : status->members()) {
      if (name == "recommended" || !list.is_array()) continue;  // not a status of the product
      for (json::Value id : list.items()) n += id.is_string();
    }
  }
  return n;
}

TEST(CorpusClaims, EveryCsafDocumentResolves) {
  std::ifstream index(kCorpus + "/INDEX.tsv");
  ASSERT_TRUE(index);
  std::string line;
  std::getline(index, line);
  json::Parser parser;
  std::size_t documents = 0, csaf_docs = 0, claims_total = 0, unresolved_docs = 0, unparsed = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> bare_by_vendor;  // vendor -> (bare claims, claims)
  while (std::getline(index, line)) {
    std::stringstream cells(line);
    std::string path, vendor, version;
    std::getline(cells, path, '\t');
    std::getline(cells, vendor, '\t');
    std::getline(cells, version, '\t');
    ++documents;
    auto root = parser.parse_file(kCorpus + "/" + path);
    if (!root.ok()) {
      ++unparsed;  // the openEuler file that is not JSON, the .xz stress files
      ClaimSet s = load_claims({kCorpus + "/" + path}, {});
      EXPECT_EQ(s.claims.size(), 0u);
      EXPECT_EQ(s.skipped.size(), 1u) << path << ": a document that cannot be used is reported";
      continue;
    }
    if (version != "2.0") continue;
    auto doc = csaf::parse_document(*root);
    ASSERT_TRUE(doc.ok()) << path;
    ++csaf_docs;
    CsafClaims c = claims_from_csaf(*doc, path);
    EXPECT_EQ(c.claims.size() + c.unresolved, count_statements(*root)) << path;
    if (c.unresolved) ++unresolved_docs;
    claims_total += c.claims.size();
    auto& [bare, all] = bare_by_vendor[vendor];
    for (const auto& claim : c.claims) {
      ++all;
      if (claim.name.empty() && !claim.platform) ++bare;
    }
  }
  EXPECT_EQ(documents, 2466u);
  EXPECT_EQ(unparsed, 5u);
  std::cout << "corpus: " << csaf_docs << " CSAF 2.0 documents, " << claims_total << " claims; " << unresolved_docs
            << " documents reference product ids they never define (6.1.1)\n";
  for (const auto& [vendor, counts] : bare_by_vendor) {
    EXPECT_EQ(counts.first, 0u) << vendor << ": claims without component or platform";
    std::cout << "  " << vendor << ": " << counts.second << " claims\n";
  }
}

TEST(CorpusClaims, WholeCorpusLoadsWithReasonsForWhatItSkips) {
  ClaimSet s = load_claims({kCorpus}, {VT_SHARED_DIR "/fixtures/cve-records"});
  EXPECT_GT(s.claims.size(), 50000u);
  for (const auto& k : s.skipped) EXPECT_FALSE(k.reason.empty()) << k.path;
  std::cout << "load_claims(corpus + CVE records): " << s.documents << " documents, " << s.claims.size()
            << " claims, " << s.skipped.size() << " skipped, " << s.changes.size() << " revision changes\n";
}

}  // namespace
}  // namespace vt::matching
