// Conformance suites of the native version orderings, read from
// ../shared/testsuites: rpm's rpmvercmp.at, dpkg's t-version.c and
// Dpkg_Version.t, apk-tools' version.data. One runner per suite file.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "version/apk_version.h"
#include "version/compare.h"
#include "version/deb_version.h"
#include "version/rpm_version.h"

namespace vt::version {
namespace {

using Row = std::vector<std::string>;

// dpkg's TSVs escape TAB and backslash; the others have no backslashes.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      out += s[i] == 't' ? '\t' : s[i];
    } else {
      out += s[i];
    }
  }
  return out;
}

// Rows of a TSV file after its header line.
std::vector<Row> read_tsv(const std::string& name) {
  std::ifstream in(std::string(VT_SHARED_DIR) + "/testsuites/" + name);
  EXPECT_TRUE(in.good()) << "cannot open " << name;
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    Row row;
    std::string field;
    std::istringstream fields(line);
    while (std::getline(fields, field, '\t')) row.push_back(unescape(field));
    if (!line.empty() && line.back() == '\t') row.push_back("");
    rows.push_back(row);
  }
  return rows;
}

int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

TEST(RpmConformance, RpmvercmpSuite) {
  int cases = 0;
  for (const Row& r : read_tsv("rpmvercmp/rpmvercmp.tsv")) {
    ASSERT_EQ(r.size(), 3u);
    ++cases;
    const int want = std::stoi(r[2]);
    if (rpmvercmp(r[0], r[1]) != want)
      ADD_FAILURE() << "rpmvercmp(" << r[0] << ", " << r[1] << ") != " << want;
    // The same strings as whole EVRs (no epoch, no `-` in the suite).
    auto got = compare(Scheme::kRpm, r[0], r[1]);
    if (!got.ok() || *got != want) ADD_FAILURE() << "compare(rpm, " << r[0] << ", " << r[1] << ")";
  }
  EXPECT_EQ(cases, 91);
}

TEST(DebConformance, DpkgVersionPm) {
  int cases = 0;
  for (const Row& r : read_tsv("dpkg/dpkg_version.tsv")) {
    ASSERT_EQ(r.size(), 3u);
    ++cases;
    auto got = compare(Scheme::kDeb, r[0], r[1]);
    if (!got.ok() || *got != std::stoi(r[2]))
      ADD_FAILURE() << "compare(deb, " << r[0] << ", " << r[1] << ") want " << r[2]
                    << (got.ok() ? "" : " error: " + got.error().to_string());
  }
  EXPECT_EQ(cases, 43);
}

TEST(DebConformance, TVersionCompare) {
  int cases = 0;
  for (const Row& r : read_tsv("dpkg/t_version_compare.tsv")) {
    ASSERT_EQ(r.size(), 4u);
    ++cases;
    const DebParse a = parse_deb_version_lenient(r[0]);
    const DebParse b = parse_deb_version_lenient(r[1]);
    ASSERT_NE(a.syntax, DebSyntax::kError) << r[0];
    ASSERT_NE(b.syntax, DebSyntax::kError) << r[1];
    const int got = compare(a.version, b.version);
    if (got != std::stoi(r[2])) ADD_FAILURE() << r[0] << " vs " << r[1] << " want " << r[2];
    if (r[3] == "ne" && got == 0) ADD_FAILURE() << r[0] << " vs " << r[1] << " must differ";
  }
  EXPECT_EQ(cases, 11);
}

TEST(DebConformance, TVersionRelate) {
  int cases = 0;
  for (const Row& r : read_tsv("dpkg/t_version_relate.tsv")) {
    ASSERT_EQ(r.size(), 4u);
    ++cases;
    auto c = compare(Scheme::kDeb, r[0], r[2]);
    ASSERT_TRUE(c.ok()) << r[0] << " " << r[2];
    const std::string& op = r[1];
    bool holds = false;
    if (op == "<<") holds = *c < 0;
    else if (op == "<=") holds = *c <= 0;
    else if (op == "=") holds = *c == 0;
    else if (op == ">=") holds = *c >= 0;
    else if (op == ">>") holds = *c > 0;
    else ADD_FAILURE() << "unknown op " << op;
    if (holds != (r[3] == "true")) ADD_FAILURE() << r[0] << " " << op << " " << r[2] << " want " << r[3];
  }
  EXPECT_EQ(cases, 15);
}

TEST(DebConformance, TVersionParse) {
  int cases = 0, ok = 0, errors = 0, warnings = 0;
  for (Row r : read_tsv("dpkg/t_version_parse.tsv")) {
    r.resize(5);
    ++cases;
    const DebParse p = parse_deb_version_lenient(r[0]);
    const std::string want = r[1];
    if (want == "ok") {
      ++ok;
      if (p.syntax != DebSyntax::kOk) {
        ADD_FAILURE() << "'" << r[0] << "' rejected: " << p.problem;
        continue;
      }
      if (std::to_string(p.version.epoch) != r[2] || p.version.upstream != r[3] || p.version.revision != r[4])
        ADD_FAILURE() << "'" << r[0] << "' parsed as " << p.version.epoch << ":" << p.version.upstream << "-"
                      << p.version.revision;
    } else if (want == "error") {
      ++errors;
      if (p.syntax != DebSyntax::kError) ADD_FAILURE() << "'" << r[0] << "' should be an error";
    } else if (want == "warning") {
      ++warnings;
      if (p.syntax != DebSyntax::kWarning) ADD_FAILURE() << "'" << r[0] << "' should be a warning";
    } else {
      ADD_FAILURE() << "unknown result " << want;
    }
    if (want != "ok" && parse_deb_version(r[0]).ok()) ADD_FAILURE() << "strict parse accepted '" << r[0] << "'";
  }
  EXPECT_EQ(cases, 80);
  EXPECT_EQ(ok + errors + warnings, 80);
}

TEST(ApkConformance, VersionCompare) {
  int cases = 0, plain = 0, fuzzy = 0;
  for (Row r : read_tsv("apk/version_compare.tsv")) {
    r.resize(6);
    ++cases;
    const std::string &a = r[1], &op = r[2], &b = r[3];
    auto m = apk_version_match(a, op, b);
    if (!m.ok() || !*m) ADD_FAILURE() << "line " << r[0] << ": " << a << " " << op << " " << b;
    if (!r[4].empty()) {
      ++plain;
      if (sign(apk_compare(a, b)) != std::stoi(r[4]))
        ADD_FAILURE() << "line " << r[0] << ": apk_compare(" << a << ", " << b << ") != " << r[4];
      if (sign(apk_compare(b, a)) != -std::stoi(r[4])) ADD_FAILURE() << "line " << r[0] << ": not antisymmetric";
    } else {
      ++fuzzy;
    }
  }
  EXPECT_EQ(cases, 754);
  EXPECT_EQ(plain + fuzzy, 754);
  EXPECT_EQ(fuzzy, 16);
}

TEST(ApkConformance, VersionValidity) {
  int cases = 0;
  for (Row r : read_tsv("apk/version_validity.tsv")) {
    r.resize(4);
    ++cases;
    const bool want = r[2] == "valid";
    if (apk_version_valid(r[1]) != want) ADD_FAILURE() << "line " << r[0] << ": '" << r[1] << "' want " << r[2];
    if (compare(Scheme::kApk, r[1], "1").ok() != want) ADD_FAILURE() << "compare(apk) on '" << r[1] << "'";
  }
  EXPECT_EQ(cases, 31);
}

}  // namespace
}  // namespace vt::version
