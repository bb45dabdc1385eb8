#include "inventory/os_release.h"

#include <gtest/gtest.h>

#include "inventory/memory_root_fs.h"
#include "inventory/test_support.h"

namespace vt::inventory {
namespace {

const std::string kDir = VT_SHARED_DIR "/fixtures/os-release/";

// index.tsv: file, ID, ID_LIKE, VERSION_ID, VERSION, PRETTY_NAME as read from each file.
TEST(OsRelease, EverySampleMatchesTheIndex) {
  auto rows = testing::read_tsv(kDir + "index.tsv");
  ASSERT_GT(rows.size(), 1u);
  std::size_t checked = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (row.size() < 6) continue;
    OsRelease os = parse_os_release(testing::slurp(kDir + row[0]), row[0]);
    EXPECT_EQ(os.get("ID"), row[1]) << row[0];
    EXPECT_EQ(os.get("ID_LIKE"), row[2]) << row[0];
    EXPECT_EQ(os.get("VERSION_ID"), row[3]) << row[0];
    EXPECT_EQ(os.get("VERSION"), row[4]) << row[0];
    EXPECT_EQ(os.get("PRETTY_NAME"), row[5]) << row[0];
    ++checked;
  }
  EXPECT_EQ(checked, 232u);
}

TEST(OsRelease, MicrosoftLineage) {
  for (const char* f : {"azurelinux-3.0", "azurelinux-3.0_b", "mariner-1.0", "mariner-2.0", "mariner"}) {
    Platform p = platform_from(parse_os_release(testing::slurp(kDir + f), f));
    EXPECT_EQ(p.lineage, Lineage::kMicrosoft) << f;
  }
  Platform azl = platform_from(parse_os_release(testing::slurp(kDir + "azurelinux-3.0"), "x"));
  EXPECT_EQ(azl.purl_distro, "azurelinux-3.0");
  Platform cbl = platform_from(parse_os_release(testing::slurp(kDir + "mariner-2.0"), "x"));
  EXPECT_EQ(cbl.purl_distro, "cbl-mariner-2.0");
}

TEST(OsRelease, CommonLineages) {
  struct Case { const char* file; Lineage lineage; };
  for (auto [file, lineage] : {Case{"debian-12", Lineage::kDebian}, Case{"ubuntu-22.04", Lineage::kDebian},
                               Case{"pengwin-11", Lineage::kDebian}, Case{"alpine-3.20.7", Lineage::kAlpine},
                               Case{"rhel-9.4", Lineage::kRhel}, Case{"rocky-9.3", Lineage::kRhel},
                               Case{"almalinux-9.4", Lineage::kRhel}, Case{"amzn-2023", Lineage::kRhel},
                               Case{"sles-15.5", Lineage::kSuse}, Case{"opensuse-leap-15.6", Lineage::kSuse},
                               Case{"wolfi", Lineage::kWolfi}, Case{"unknown-id", Lineage::kDebian},
                               Case{"empty", Lineage::kUnknown}}) {
    Platform p = platform_from(parse_os_release(testing::slurp(kDir + file), file));
    EXPECT_EQ(p.lineage, lineage) << file << " -> " << to_string(p.lineage);
  }
}

TEST(OsRelease, ReadsThroughUsrLibLinkAndDebianVersion) {
  MemoryRootFs fs;
  fs.add_file("/usr/lib/os-release", testing::slurp(kDir + "usr-lib/rocky-9.3"));
  fs.add_symlink("/etc/os-release", "../usr/lib/os-release");
  auto p = read_platform(fs);
  ASSERT_TRUE(p.ok() && p->has_value());
  EXPECT_EQ((*p)->id, "rocky");
  EXPECT_EQ((*p)->os_release.source, "/etc/os-release");

  MemoryRootFs distroless;
  distroless.add_file("/etc/os-release", testing::slurp(kDir + "debian-from-debian_version"));
  distroless.add_file("/etc/debian_version", testing::slurp(kDir + "debian-from-debian_version.debian_version"));
  auto d = read_platform(distroless);
  ASSERT_TRUE(d.ok() && d->has_value());
  EXPECT_EQ((*d)->version_id, "10");
  EXPECT_EQ((*d)->purl_distro, "debian-10");

  MemoryRootFs scratch;
  auto none = read_platform(scratch);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST(OsRelease, QuotingAndEscapes) {
  OsRelease os = parse_os_release("A=\"x \\\"y\\\" \\$z\"\nB='lit\\eral'\nC=bare # comment\nnot a line\nA=last\n", "t");
  EXPECT_EQ(os.get("A"), "last");
  EXPECT_EQ(os.get("B"), "lit\\eral");
  EXPECT_EQ(os.get("C"), "bare");
  EXPECT_EQ(parse_os_release("A=\"x \\\"y\\\"\"", "t").get("A"), "x \"y\"");
}

}  // namespace
}  // namespace vt::inventory
