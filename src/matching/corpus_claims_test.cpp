// Every document of ../shared/corpus read as `scan --vex` reads it, and
// every CVE record of ../shared/fixtures/cve-records as `--cve` does:
//  - each document gives claims or is skipped with a reason;
//  - per CSAF document, the claims equal an independent count of the
//    product ids in product_status arrays that the product tree defines
//    (walked here straight from the JSON), and the ids it never defines
//    (6.1.1 errors) are exactly the known two;
//  - every claim names its full product name and a component or platform;
//  - every kernel CVE record gives version ranges with its programFiles.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_set>

#include "documents/csaf/parse.h"
#include "json/json.h"
#include "matching/csaf_claims.h"
#include "matching/load.h"

namespace vt::matching {
namespace {

const std::string kCorpus = VT_SHARED_DIR "/corpus";
const std::string kCveRecords = VT_SHARED_DIR "/fixtures/cve-records";

std::string text(const json::Value& o, std::string_view key) {
  auto v = o.is_object() ? o.find(key) : std::nullopt;
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// Product ids the tree defines, straight from the JSON.
std::unordered_set<std::string> defined_ids(const json::Value& root) {
  std::unordered_set<std::string> ids;
  auto tree = root.find("product_tree");
  if (!tree || !tree->is_object()) return ids;
  std::vector<json::Value> stack;
  if (auto b = tree->find("branches"); b && b->is_array())
    for (json::Value x : b->items()) stack.push_back(x);
  while (!stack.empty()) {
    json::Value b = stack.back();
    stack.pop_back();
    if (auto p = b.find("product")) ids.insert(text(*p, "product_id"));
    if (auto sub = b.find("branches"); sub && sub->is_array())
      for (json::Value x : sub->items()) stack.push_back(x);
  }
  if (auto f = tree->find("full_product_names"); f && f->is_array())
    for (json::Value p : f->items()) ids.insert(text(p, "product_id"));
  if (auto r = tree->find("relationships"); r && r->is_array())
    for (json::Value rel : r->items())
      if (auto p = rel.find("full_product_name")) ids.insert(text(*p, "product_id"));
  return ids;
}

struct StatusCount {
  std::size_t defined = 0, undefined = 0;
};

// (vulnerability, product id, status) entries in product_status arrays.
StatusCount count_statements(const json::Value& root) {
  StatusCount n;
  const auto ids = defined_ids(root);
  auto vulns = root.find("vulnerabilities");
  if (!vulns || !vulns->is_array()) return n;
  for (json::Value v : vulns->items()) {
    auto status = v.find("product_status");
    if (!status || !status->is_object()) continue;
    for (auto [name, list] : status->members()) {
      if (name == "recommended" || !list.is_array()) continue;  // not a status of the product
      for (json::Value id : list.items())
        if (id.is_string()) ++(ids.count(std::string(id.as_string())) ? n.defined : n.undefined);
    }
  }
  return n;
}

std::vector<std::string> index_paths() {
  std::ifstream index(kCorpus + "/INDEX.tsv");
  std::vector<std::string> out;
  std::string line;
  std::getline(index, line);  // header
  while (std::getline(index, line)) out.push_back(line.substr(0, line.find('\t')));
  return out;
}

TEST(CorpusClaims, EveryCsafDocumentResolves) {
  const auto paths = index_paths();
  ASSERT_EQ(paths.size(), 2466u);
  json::Parser parser;
  std::size_t csaf_docs = 0, claims_total = 0, unparsed = 0;
  std::set<std::string> with_undefined_ids;
  for (const auto& path : paths) {
    auto root = parser.parse_file(kCorpus + "/" + path);
    if (!root.ok()) {
      ++unparsed;  // the openEuler file that is not JSON, the .json.xz stress files
      ClaimSet s = load_claims({kCorpus + "/" + path}, {});
      EXPECT_EQ(s.claims.size(), 0u);
      ASSERT_EQ(s.skipped.size(), 1u) << path << ": a document that cannot be used is reported";
      EXPECT_FALSE(s.skipped[0].reason.empty());
      continue;
    }
    auto doc = csaf::parse_document(*root);
    ASSERT_TRUE(doc.ok()) << path;
    ++csaf_docs;
    CsafClaims c = claims_from_csaf(*doc, path);
    const StatusCount expected = count_statements(*root);
    EXPECT_EQ(c.claims.size(), expected.defined) << path;
    EXPECT_EQ(c.unresolved, expected.undefined) << path;
    if (c.unresolved) with_undefined_ids.insert(path);
    claims_total += c.claims.size();
    for (const auto& claim : c.claims) {
      EXPECT_FALSE(claim.product.empty()) << path << " " << claim.source.pointer;
      EXPECT_TRUE(!claim.name.empty() || claim.platform) << path << " " << claim.source.pointer;
      EXPECT_EQ(claim.source.pointer.rfind("/vulnerabilities/", 0), 0u) << path;
    }
    if (c.claims.empty()) {  // load_claims must say why
      ClaimSet s = load_claims({kCorpus + "/" + path}, {});
      ASSERT_EQ(s.skipped.size(), 1u) << path;
      EXPECT_FALSE(s.skipped[0].reason.empty()) << path;
    }
  }
  EXPECT_EQ(unparsed, 5u);
  EXPECT_EQ(csaf_docs, 2461u);
  // Real 6.1.1 errors: ids named in product_status that no tree defines
  // (suse-cve-2024-6387.json has one more, only under "recommended").
  EXPECT_EQ(with_undefined_ids, (std::set<std::string>{"redhat/rhsa-2021_3029.json",
                                                       "schwarz-informatik/schwarz_informatik-c1234.json"}));
  std::cout << "corpus: " << csaf_docs << " CSAF documents, " << claims_total << " claims\n";
}

TEST(CorpusClaims, WholeCorpusLoadsWithReasonsForWhatItSkips) {
  const auto start = std::chrono::steady_clock::now();
  ClaimSet s = load_claims({kCorpus}, {});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::set<std::string> accounted;
  for (const auto& c : s.claims) accounted.insert(c.source.path);
  for (const auto& k : s.skipped) {
    EXPECT_FALSE(k.reason.empty()) << k.path;
    accounted.insert(k.path);
  }
  for (const auto& path : index_paths()) EXPECT_TRUE(accounted.count(kCorpus + "/" + path)) << path << " vanished";
  std::cout << "load_claims(corpus): " << s.documents << " documents, " << s.claims.size() << " claims, "
            << s.skipped.size() << " skipped, " << s.changes.size() << " revision changes, " << seconds << " s\n";
  for (const auto& k : s.skipped) std::cout << "  skipped " << k.path.substr(kCorpus.size() + 1) << ": " << k.reason << "\n";
}

TEST(CorpusClaims, EveryKernelCveRecordGivesRangesAndProgramFiles) {
  ClaimSet s = load_claims({}, {kCveRecords});
  std::map<std::string, std::vector<const Claim*>> by_file;
  for (const auto& c : s.claims) by_file[c.source.path].push_back(&c);
  json::Parser parser;
  std::size_t kernel_records = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCveRecords + "/linux-kernel")) {
    ++kernel_records;
    const std::string path = entry.path().string();
    auto root = parser.parse_file(path);
    ASSERT_TRUE(root.ok()) << path;
    // Independently: the files the record names, and whether it has a
    // release (non-git) version span.
    std::set<std::string> files;
    bool release_span = false;
    auto affected = root->find("containers")->find("cna")->find("affected");
    for (json::Value a : affected->items()) {
      if (auto pf = a.find("programFiles"))
        for (json::Value f : pf->items()) files.insert(std::string(f.as_string()));
      if (auto versions = a.find("versions"))
        for (json::Value v : versions->items()) release_span |= text(v, "versionType") != "git";
    }
    const auto& claims = by_file[path];
    if (!release_span) continue;  // checked below: such a record is skipped with the reason
    ASSERT_FALSE(claims.empty()) << path;
    bool ranged = false;
    for (const Claim* c : claims) {
      EXPECT_EQ(c->ecosystem, "linux-kernel") << path;
      EXPECT_EQ(c->name, "linux") << path;
      for (const auto& f : c->program_files) EXPECT_TRUE(files.count(f)) << path << " " << f;
      if (!files.empty()) {
        EXPECT_FALSE(c->program_files.empty()) << path;
      }
      ranged |= c->vers.rfind("vers:generic/", 0) == 0;
    }
    EXPECT_TRUE(ranged) << path;
  }
  EXPECT_EQ(kernel_records, 673u);
  std::cout << "CVE records: " << s.documents << " read, " << s.claims.size() << " claims, " << s.skipped.size()
            << " skipped\n";
  for (const auto& k : s.skipped) {
    EXPECT_FALSE(k.reason.empty());
    std::cout << "  skipped " << k.path.substr(kCveRecords.size() + 1) << ": " << k.reason << "\n";
  }
  EXPECT_EQ(s.documents + s.skipped.size(), 673u + 11u);
}

}  // namespace
}  // namespace vt::matching
