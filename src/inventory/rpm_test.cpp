#include "inventory/rpm.h"

#include <gtest/gtest.h>

#include <map>

#include "inventory/memory_root_fs.h"
#include "inventory/rpm_header.h"
#include "inventory/rpm_storage.h"
#include "inventory/test_support.h"

namespace vt::inventory {
namespace {

const std::string kDb = VT_SHARED_DIR "/fixtures/pkgdb/";

// expected.tsv: name, epoch, version, release, arch, source rpm, vendor.
void expect_matches(const Collected& got, const std::string& dir, std::size_t expected_rows) {
  EXPECT_TRUE(got.warnings.empty()) << got.warnings.front();
  std::map<std::string, const Component*> by_key;
  for (const auto& c : got.components) by_key[c.name + "." + c.arch] = &c;
  EXPECT_EQ(got.components.size(), expected_rows) << dir;
  std::size_t checked = 0;
  for (const auto& row : testing::read_tsv(kDb + dir + "/expected.tsv")) {
    if (row.size() < 7) continue;
    auto it = by_key.find(row[0] + "." + row[4]);
    if (it == by_key.end()) {
      ADD_FAILURE() << dir << ": missing " << row[0];
      continue;
    }
    const Component& c = *it->second;
    EXPECT_EQ(c.epoch.empty() ? "0" : c.epoch, row[1]) << row[0];
    EXPECT_EQ(c.version, row[2] + "-" + row[3]) << row[0];
    EXPECT_EQ(c.release, row[3]) << row[0];
    EXPECT_EQ(c.vendor, row[6]) << row[0];
    std::string srpm = c.source_name + "-" + c.source_version + ".src.rpm";
    EXPECT_EQ(srpm, row[5]) << row[0];
    ++checked;
  }
  EXPECT_EQ(checked, expected_rows);
}

TEST(Rpm, SqliteCblMariner) {
  MemoryRootFs fs;
  fs.add_file("/var/lib/rpm/rpmdb.sqlite", testing::slurp(kDb + "rpm-sqlite-cbl-mariner-2.0/rpmdb.sqlite"));
  auto db = read_rpm(fs);
  ASSERT_TRUE(db.ok()) << db.error().to_string();
  EXPECT_EQ(db->format, RpmFormat::kSqlite);
  expect_matches(db->packages, "rpm-sqlite-cbl-mariner-2.0", 129);
}

TEST(Rpm, NdbSle15) {
  MemoryRootFs fs;
  fs.add_file("/usr/lib/sysimage/rpm/Packages.db", testing::slurp(kDb + "rpm-ndb-sle15-bci/Packages.db"));
  auto db = read_rpm(fs);
  ASSERT_TRUE(db.ok()) << db.error().to_string();
  EXPECT_EQ(db->format, RpmFormat::kNdb);
  expect_matches(db->packages, "rpm-ndb-sle15-bci", 35);
}

// The fixture's expected.tsv (taken from go-rpmdb's test expectations) names
// libuuid 2.17.2-12.28.el6_9.2 from CentOS, but the database holds one header
// for libuuid 2.32.1-42.el8_8 from Red Hat (`strings Packages` shows only the
// el8 strings). The header is the fact; docs/inventory.md records the mismatch.
TEST(Rpm, BerkeleyDb) {
  MemoryRootFs fs;
  fs.add_file("/var/lib/rpm/Packages", testing::slurp(kDb + "rpm-bdb-libuuid/Packages"));
  auto db = read_rpm(fs);
  ASSERT_TRUE(db.ok()) << db.error().to_string();
  EXPECT_EQ(db->format, RpmFormat::kBerkeleyDb);
  ASSERT_EQ(db->packages.components.size(), 1u);
  const Component& c = db->packages.components[0];
  EXPECT_EQ(c.name, "libuuid");
  EXPECT_EQ(c.arch, "x86_64");
  EXPECT_EQ(c.version, "2.32.1-42.el8_8");
  EXPECT_EQ(c.epoch, "");
  EXPECT_EQ(c.vendor, "Red Hat, Inc.");
  EXPECT_EQ(c.source_name, "util-linux");
  EXPECT_EQ(c.source_version, "2.32.1-42.el8_8");
}

TEST(Rpm, ManifestOfDistrolessMariner) {
  Collected got = parse_rpm_manifest(
      testing::slurp(kDb + "rpmmanifest-cbl-mariner-2.0-distroless/container-manifest-2"), "m");
  ASSERT_EQ(got.components.size(), 5u);
  EXPECT_EQ(got.components[4].name, "vim");
  EXPECT_EQ(got.components[4].epoch, "2");
  EXPECT_EQ(got.components[4].version, "9.0-1.cm2");
  EXPECT_EQ(got.components[3].source_name, "openssl");
}

TEST(Rpm, FileListsOnDemand) {
  auto blobs = rpm_blobs_from_bdb(testing::slurp(kDb + "rpm-bdb-libuuid/Packages"), "Packages");
  ASSERT_TRUE(blobs.ok());
  ASSERT_EQ(blobs->size(), 1u);
  auto files = rpm_header_files(blobs->front(), "libuuid");
  ASSERT_TRUE(files.ok()) << files.error().to_string();
  bool has_lib = false;
  for (const auto& f : *files) has_lib |= f == "/usr/lib64/libuuid.so.1.3.0";
  EXPECT_TRUE(has_lib);
}

TEST(Rpm, HostileBlobsAreErrorsNotCrashes) {
  std::string blob = "\x00\x00\x00\x02\x00\x00\x00\x10";  // 2 entries, 16 data bytes, but nothing follows
  blob.resize(8);
  EXPECT_FALSE(parse_rpm_header(blob, "x").ok());
  std::string huge("\xff\xff\xff\xff\x00\x00\x00\x00", 8);
  EXPECT_FALSE(parse_rpm_header(huge, "x").ok());
  // Truncated databases of each format.
  std::string ndb = testing::slurp(kDb + "rpm-ndb-sle15-bci/Packages.db");
  EXPECT_FALSE(rpm_blobs_from_ndb(ndb.substr(0, 5000), "t").ok());
  std::string bdb = testing::slurp(kDb + "rpm-bdb-libuuid/Packages");
  auto truncated = rpm_blobs_from_bdb(bdb.substr(0, 20000), "t");
  if (truncated.ok()) {
    EXPECT_LE(truncated->size(), 1u);
  }
  EXPECT_FALSE(rpm_blobs_from_sqlite("SQLite format 3", "", "t").ok());
  EXPECT_FALSE(rpm_blobs_from_sqlite(std::string("SQLite format 3\0garbage", 23), "", "t").ok());
}

}  // namespace
}  // namespace vt::inventory
