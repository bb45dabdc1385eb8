#include <gtest/gtest.h>

#include <map>

#include "inventory/apk.h"
#include "inventory/dpkg.h"
#include "inventory/memory_root_fs.h"
#include "inventory/test_support.h"

namespace vt::inventory {
namespace {

const std::string kDb = VT_SHARED_DIR "/fixtures/pkgdb/";

// expected.tsv: package, version, architecture, source, source version, state.
void expect_dpkg_matches(const std::string& dir, std::size_t expected_rows) {
  Collected got = parse_dpkg_status(testing::slurp(kDb + dir + "/status"), "status");
  std::map<std::string, const Component*> by_name;
  for (const auto& c : got.components) by_name[c.name + ":" + c.arch] = &c;
  auto rows = testing::read_tsv(kDb + dir + "/expected.tsv");
  std::size_t checked = 0;
  for (const auto& row : rows) {
    if (row.size() < 6) continue;
    auto it = by_name.find(row[0] + ":" + row[2]);
    if (it == by_name.end()) {
      ADD_FAILURE() << dir << ": missing " << row[0];
      continue;
    }
    const Component& c = *it->second;
    EXPECT_EQ(c.version, row[1]) << row[0];
    EXPECT_EQ(c.source_name, row[3]) << row[0];
    EXPECT_EQ(c.source_version, row[4]) << row[0];
    EXPECT_EQ(c.status, row[5]) << row[0];
    ++checked;
  }
  EXPECT_EQ(checked, expected_rows);
  EXPECT_EQ(got.components.size(), expected_rows) << dir << ": no extra packages";
}

TEST(Dpkg, Ubuntu1804MatchesDpkgQuery) { expect_dpkg_matches("dpkg-ubuntu-18.04", 91); }
TEST(Dpkg, Ubuntu2004ArmhfMatchesDpkgQuery) { expect_dpkg_matches("dpkg-ubuntu-20.04-armhf", 92); }

TEST(Dpkg, Debian12HasAllPackages) {
  Collected got = parse_dpkg_status(testing::slurp(kDb + "dpkg-debian-12/status"), "status");
  EXPECT_EQ(got.components.size(), 809u);
  EXPECT_TRUE(got.warnings.empty());
  bool found = false;
  for (const auto& c : got.components)
    if (c.name == "libc6") {
      found = true;
      EXPECT_EQ(c.source_name, "glibc");
      EXPECT_EQ(c.status, "ii");
    }
  EXPECT_TRUE(found);
}

TEST(Dpkg, DatabaseSkipsRemovedPackagesAndReadsStatusD) {
  MemoryRootFs fs;
  fs.add_file("/var/lib/dpkg/status", testing::slurp(kDb + "dpkg-ubuntu-18.04/status"));
  auto db = read_dpkg(fs);
  ASSERT_TRUE(db.ok());
  EXPECT_TRUE(db->found);
  EXPECT_EQ(db->packages.components.size(), 90u) << "the one rc package has no files on disk";

  MemoryRootFs distroless;
  distroless.add_file("/var/lib/dpkg/status.d/libsqlite3-0",
                      testing::slurp(kDb + "dpkg-distroless/status.d/libsqlite3-0"));
  distroless.add_file("/var/lib/dpkg/status.d/libsqlite3-0.md5sums",
                      testing::slurp(kDb + "dpkg-distroless/status.d/libsqlite3-0.md5sums"));
  auto d = read_dpkg(distroless);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->packages.components.size(), 1u);
  EXPECT_EQ(d->packages.components[0].name, "libsqlite3-0");
  EXPECT_EQ(d->packages.components[0].evidence, "/var/lib/dpkg/status.d/libsqlite3-0");

  MemoryRootFs none;
  auto n = read_dpkg(none);
  ASSERT_TRUE(n.ok());
  EXPECT_FALSE(n->found);
}

TEST(Dpkg, EdgeCasesAreReadOrReported) {
  for (const char* name : {"coreutils-relationships", "corrupt", "deinstall", "doc-examples", "empty"}) {
    std::string text = testing::slurp(kDb + "dpkg-edge-cases/status.d/" + name);
    Collected got = parse_dpkg_status(text, name);
    for (const auto& c : got.components) EXPECT_FALSE(c.name.empty()) << name;
  }
  // One kernel installed, the previous one removed with its config files left.
  Collected deinstall = parse_dpkg_status(testing::slurp(kDb + "dpkg-edge-cases/status.d/deinstall"), "d");
  ASSERT_EQ(deinstall.components.size(), 2u);
  EXPECT_TRUE(dpkg_files_present(deinstall.components[0]));
  EXPECT_EQ(deinstall.components[1].status, "rc");
  EXPECT_FALSE(dpkg_files_present(deinstall.components[1]));
  // Misspelt field names: no Package field, so nothing is invented, and it is reported.
  Collected corrupt = parse_dpkg_status(testing::slurp(kDb + "dpkg-edge-cases/status.d/corrupt"), "c");
  EXPECT_TRUE(corrupt.components.empty());
  EXPECT_FALSE(corrupt.warnings.empty());
}

// expected.tsv: name and version of every P:/V: stanza (sorted by name).
void expect_apk_matches(const std::string& dir, std::size_t expected_rows) {
  Collected got = parse_apk_installed(testing::slurp(kDb + dir + "/installed"), "installed");
  std::map<std::string, std::string> by_name;
  for (const auto& c : got.components) by_name[c.name] = c.version;
  EXPECT_EQ(got.components.size(), expected_rows) << dir;
  std::size_t checked = 0;
  for (const auto& row : testing::read_tsv(kDb + dir + "/expected.tsv")) {
    if (row.empty() || row[0].empty()) continue;
    auto it = by_name.find(row[0]);
    if (it == by_name.end()) {
      ADD_FAILURE() << dir << ": missing " << row[0];
      continue;
    }
    EXPECT_EQ(it->second, row.size() > 1 ? row[1] : "") << row[0];
    ++checked;
  }
  EXPECT_EQ(checked, expected_rows);
}

TEST(Apk, Alpine314) { expect_apk_matches("apk-alpine-3.14", 26); }
TEST(Apk, Alpine320) { expect_apk_matches("apk-alpine-3.20", 26); }
TEST(Apk, EntryWithoutVersionIsKeptAndReported) {
  expect_apk_matches("apk-alpine-3.4-invalid-entry", 16);
  Collected got = parse_apk_installed(testing::slurp(kDb + "apk-alpine-3.4-invalid-entry/installed"), "i");
  ASSERT_EQ(got.warnings.size(), 1u);
  EXPECT_NE(got.warnings[0].find("invalidPackageWithoutAVersion"), std::string::npos);
}

TEST(Apk, CorruptDatabaseDoesNotStopTheRest) {
  Collected got = parse_apk_installed(testing::slurp(kDb + "apk-alpine-3.14/installed.corrupt"), "c");
  EXPECT_FALSE(got.components.empty());
  EXPECT_FALSE(got.warnings.empty());
}

}  // namespace
}  // namespace vt::inventory
