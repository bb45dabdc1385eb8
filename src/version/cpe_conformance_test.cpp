// The CPE 2.3 suite in ../shared/testsuites/cpe (NISTIR 7695/7696 examples),
// read as data: one test per file, every row checked, row counts asserted.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "version/cpe.h"

namespace vt::version {
namespace {

using Row = std::vector<std::string>;

// Rows after the header line, split on TAB; the fields hold no TABs.
std::vector<Row> read_tsv(const std::string& name, std::size_t columns) {
  std::ifstream in(std::string(VT_SHARED_DIR "/testsuites/cpe/") + name);
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    Row row;
    for (std::size_t start = 0;;) {
      const std::size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    EXPECT_EQ(row.size(), columns) << name << ": " << line;
    if (row.size() == columns) rows.push_back(std::move(row));
  }
  return rows;
}

TEST(CpeConformance, BindToUri) {
  const auto rows = read_tsv("bind_uri.tsv", 2);
  for (const Row& r : rows) {
    auto wfn = parse_wfn(r[0]);
    if (!wfn.ok()) {
      ADD_FAILURE() << r[0] << ": " << wfn.error().to_string();
      continue;
    }
    EXPECT_EQ(bind_to_uri(*wfn), r[1]) << r[0];
  }
  EXPECT_EQ(rows.size(), 5u);
}

TEST(CpeConformance, BindToFormattedString) {
  const auto rows = read_tsv("bind_fs.tsv", 2);
  for (const Row& r : rows) {
    auto wfn = parse_wfn(r[0]);
    if (!wfn.ok()) {
      ADD_FAILURE() << r[0] << ": " << wfn.error().to_string();
      continue;
    }
    EXPECT_EQ(bind_to_formatted_string(*wfn), r[1]) << r[0];
  }
  EXPECT_EQ(rows.size(), 3u);
}

void check_unbind(const std::vector<Row>& rows, Result<Wfn> (*unbind)(std::string_view)) {
  for (const Row& r : rows) {
    auto got = unbind(r[0]);
    if (r[1] == "ERROR") {
      if (got.ok()) ADD_FAILURE() << r[0] << ": unbound to " << got->to_string() << ", expected an error";
      continue;
    }
    if (!got.ok()) {
      ADD_FAILURE() << r[0] << ": " << got.error().to_string();
      continue;
    }
    auto want = parse_wfn(r[1]);
    ASSERT_TRUE(want.ok()) << r[1] << ": " << want.error().to_string();
    EXPECT_EQ(got->to_string(), want->to_string()) << r[0];
  }
}

TEST(CpeConformance, UnbindUri) {
  const auto rows = read_tsv("unbind_uri.tsv", 2);
  check_unbind(rows, unbind_uri);
  EXPECT_EQ(rows.size(), 17u);
}

TEST(CpeConformance, UnbindFormattedString) {
  const auto rows = read_tsv("unbind_fs.tsv", 2);
  check_unbind(rows, unbind_formatted_string);
  EXPECT_EQ(rows.size(), 8u);
}

TEST(CpeConformance, NameMatching) {
  const auto rows = read_tsv("match.tsv", 6);
  for (const Row& r : rows) {
    auto source = parse_wfn(r[0]);
    auto target = parse_wfn(r[1]);
    ASSERT_TRUE(source.ok()) << r[0] << ": " << source.error().to_string();
    ASSERT_TRUE(target.ok()) << r[1] << ": " << target.error().to_string();
    auto b = [](bool v) { return std::string(v ? "true" : "false"); };
    EXPECT_EQ(b(cpe_disjoint(*source, *target)), r[2]) << "disjoint " << r[0] << " " << r[1];
    EXPECT_EQ(b(cpe_equal(*source, *target)), r[3]) << "equal " << r[0] << " " << r[1];
    EXPECT_EQ(b(cpe_subset(*source, *target)), r[4]) << "subset " << r[0] << " " << r[1];
    EXPECT_EQ(b(cpe_superset(*source, *target)), r[5]) << "superset " << r[0] << " " << r[1];
    // The one-value relation agrees with the four flags of the row.
    const CpeRelation want = r[3] == "true"   ? CpeRelation::kEqual
                             : r[5] == "true" ? CpeRelation::kSuperset
                             : r[4] == "true" ? CpeRelation::kSubset
                             : r[2] == "true" ? CpeRelation::kDisjoint
                                              : CpeRelation::kUndefined;
    EXPECT_EQ(to_string(compare_names(*source, *target)), to_string(want)) << r[0] << " " << r[1];
  }
  EXPECT_EQ(rows.size(), 18u);
}

}  // namespace
}  // namespace vt::version
