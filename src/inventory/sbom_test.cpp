#include "inventory/sbom.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "inventory/memory_root_fs.h"
#include "inventory/test_support.h"
#include "json/json.h"
#include "validation/schema/schema.h"

namespace vt::inventory {
namespace {

const std::string kSbom = VT_SHARED_DIR "/fixtures/sbom/";
const std::string kDb = VT_SHARED_DIR "/fixtures/pkgdb/";
const std::string kSchemas = VT_SHARED_DIR "/schemas/";

Inventory read_ok(const std::string& path) {
  auto inv = read_sbom(testing::slurp(path), path);
  EXPECT_TRUE(inv.ok()) << inv.error().to_string();
  return inv.ok() ? std::move(*inv) : Inventory{};
}

const Component* find(const Inventory& inv, std::string_view name) {
  for (const auto& c : inv.components)
    if (c.name == name) return &c;
  return nullptr;
}

// Every JSON file of the fixtures that says it is CycloneDX or SPDX 2.x is
// read; only the CycloneDX schema tests named invalid-* may be refused.
TEST(SbomImport, EveryFixtureSbom) {
  std::size_t cyclonedx = 0, spdx = 0, read = 0, refused_invalid = 0, components = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kSbom)) {
    if (!e.is_regular_file() || e.path().extension() != ".json") continue;
    std::string text = testing::slurp(e.path().string());
    SbomFormat f = sniff_sbom(text);
    if (f == SbomFormat::kNone) continue;
    (f == SbomFormat::kCycloneDx ? cyclonedx : spdx)++;
    auto inv = read_sbom(text, e.path().string());
    bool invalid_case = e.path().filename().string().rfind("invalid-", 0) == 0;
    if (inv.ok()) {
      ++read;
      components += inv->components.size();
      EXPECT_EQ(inv->kind, "sbom");
      EXPECT_FALSE(inv->databases.empty()) << e.path();
    } else if (invalid_case) {
      ++refused_invalid;
      std::printf("refused as expected: %s\n", inv.error().to_string().c_str());
      // Errors name the file and a JSON pointer into it.
      EXPECT_EQ(inv.error().where.rfind(e.path().string() + "#", 0), 0u) << inv.error().to_string();
    } else {
      ADD_FAILURE() << inv.error().to_string();
    }
  }
  // 226 CycloneDX (the 1.4-1.6 schema tests and the examples), 17 SPDX 2.2/2.3.
  EXPECT_EQ(cyclonedx, 226u);
  EXPECT_EQ(spdx, 17u);
  EXPECT_EQ(read, 237u);
  EXPECT_EQ(refused_invalid, 6u);
  EXPECT_EQ(components, 6266u);
}


TEST(SbomImport, TrivyCentosCycloneDx) {
  Inventory inv = read_ok(kSbom + "real/centos-7-image.cdx.json");
  EXPECT_EQ(inv.name, "integration/testdata/fixtures/images/centos-7.tar.gz");
  ASSERT_EQ(inv.components.size(), 2u);
  ASSERT_TRUE(inv.platform);
  EXPECT_EQ(inv.platform->id, "centos");
  EXPECT_EQ(inv.platform->version_id, "7.6.1810");
  EXPECT_EQ(inv.platform->lineage, Lineage::kRhel);
  const Component* ssl = find(inv, "openssl-libs");
  ASSERT_NE(ssl, nullptr);
  EXPECT_EQ(ssl->ecosystem, "rpm");
  EXPECT_EQ(ssl->version, "1.0.2k-16.el7");
  EXPECT_EQ(ssl->epoch, "1");
  EXPECT_EQ(ssl->release, "16.el7");
  EXPECT_EQ(ssl->arch, "x86_64");
  EXPECT_EQ(ssl->source_name, "openssl");
  EXPECT_EQ(ssl->source_version, "1.0.2k-16.el7");
  EXPECT_EQ(ssl->evidence, "#/components/1");
  // No composition says the list is complete.
  ASSERT_EQ(inv.databases.size(), 1u);
  EXPECT_EQ(inv.databases[0].ecosystem, "rpm");
  EXPECT_EQ(inv.databases[0].format, "cyclonedx-1.5");
  EXPECT_EQ(inv.databases[0].packages, 2u);
  EXPECT_FALSE(inv.databases[0].complete);
}

TEST(SbomImport, TrivyCentosSpdxGivesTheSamePackages) {
  Inventory inv = read_ok(kSbom + "real/centos-7-image.spdx.json");
  ASSERT_EQ(inv.components.size(), 2u);  // the image package is the artifact, the OS the platform
  ASSERT_TRUE(inv.platform);
  EXPECT_EQ(inv.platform->id, "centos");
  const Component* bash = find(inv, "bash");
  ASSERT_NE(bash, nullptr);
  // versionInfo says "4.2.46"; the purl completes the release.
  EXPECT_EQ(bash->version, "4.2.46-31.el7");
  EXPECT_EQ(bash->release, "31.el7");
  const Component* ssl = find(inv, "openssl-libs");
  ASSERT_NE(ssl, nullptr);
  EXPECT_EQ(ssl->epoch, "1");  // "1:1.0.2k-19.el7" in versionInfo
  EXPECT_EQ(ssl->version, "1.0.2k-19.el7");
  EXPECT_EQ(inv.databases.at(0).format, "spdx-2.2");
  EXPECT_FALSE(inv.databases.at(0).complete);
}

TEST(SbomImport, RedHatUbi9SpdxNamedCdx) {
  // Recognised by content: the file is SPDX despite its name.
  Inventory inv = read_ok(kSbom + "real/ubi9-9.2-755.1697625012.cdx.json");
  std::size_t rpms = 0;
  for (const auto& c : inv.components) rpms += c.ecosystem == "rpm";
  EXPECT_GT(rpms, 100u);
  const Component* sepol = find(inv, "libsepol");
  ASSERT_NE(sepol, nullptr);
  EXPECT_EQ(sepol->vendor, "Red Hat");
  EXPECT_EQ(sepol->release, "1.el9");
}

TEST(SbomImport, InventoryTargetsAreRecognisedByContent) {
  auto inv = inventory_path(kSbom + "real/centos-7-image.cdx.json");
  ASSERT_TRUE(inv.ok()) << inv.error().to_string();
  EXPECT_EQ(inv->kind, "sbom");
  EXPECT_EQ(inv->components.size(), 2u);
  auto other = inventory_path(VT_SHARED_DIR "/fixtures/sbom/openvex/spec-examples/example-01.json");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("SBOM"), std::string::npos);
}

TEST(SbomImport, CompleteOnlyWhereACompositionSaysSo) {
  std::string doc = R"({"bomFormat":"CycloneDX","specVersion":"1.6",
    "metadata":{"component":{"bom-ref":"img","type":"container","name":"web"}},
    "components":[
      {"bom-ref":"os","type":"operating-system","name":"azurelinux","version":"3.0"},
      {"type":"library","name":"openssh","version":"9.8p1-4.azl3",
       "purl":"pkg:rpm/microsoft/openssh@9.8p1-4.azl3?arch=x86_64&distro=azurelinux-3.0"},
      {"type":"library","name":"libc6","purl":"pkg:deb/debian/libc6@2.36-9?arch=amd64&epoch=1"}],
    "compositions":[{"aggregate":"complete","assemblies":["img"]}]})";
  auto inv = read_sbom(doc, "x.json");
  ASSERT_TRUE(inv.ok()) << inv.error().to_string();
  ASSERT_TRUE(inv->platform);
  EXPECT_EQ(inv->platform->lineage, Lineage::kMicrosoft);
  EXPECT_EQ(inv->platform->purl_distro, "azurelinux-3.0");
  ASSERT_EQ(inv->databases.size(), 2u);  // deb and rpm
  for (const auto& db : inv->databases) EXPECT_TRUE(db.complete) << db.ecosystem;
  EXPECT_EQ(find(*inv, "libc6")->version, "1:2.36-9");  // deb: epoch inside the version
  EXPECT_EQ(inv->name, "web");

  std::string partial = doc;
  partial.replace(partial.find("[\"img\"]"), 7, "[\"x\"]");
  auto p = read_sbom(partial, "x.json");
  ASSERT_TRUE(p.ok());
  for (const auto& db : p->databases) EXPECT_FALSE(db.complete) << db.ecosystem;
}

TEST(SbomImport, ErrorsNameTheFileAndThePointer) {
  auto bad_name = read_sbom(R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"library","name":"a"},{"type":"library","name":7}]})", "a.json");
  ASSERT_FALSE(bad_name.ok());
  EXPECT_EQ(bad_name.error().where, "a.json#/components/1/name");
  auto nested = read_sbom(R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a","components":{}}]})", "b.json");
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.error().where, "b.json#/components/0/components");
  auto version = read_sbom(R"({"bomFormat":"CycloneDX","specVersion":"2.0"})", "c.json");
  ASSERT_FALSE(version.ok());
  EXPECT_EQ(version.error().where, "c.json#/specVersion");
  auto spdx = read_sbom(R"({"spdxVersion":"SPDX-2.3","packages":[{"SPDXID":"SPDXRef-a"}]})", "d.json");
  ASSERT_FALSE(spdx.ok());
  EXPECT_EQ(spdx.error().where, "d.json#/packages/0");
  auto spdx3 = read_sbom(R"({"spdxVersion":"SPDX-3.0"})", "e.json");
  ASSERT_FALSE(spdx3.ok());
  EXPECT_EQ(spdx3.error().where, "e.json#/spdxVersion");
  EXPECT_FALSE(read_sbom("[1]", "f.json").ok());
  EXPECT_FALSE(read_sbom("{\"bomFormat\": 3}", "g.json").ok());
}

TEST(SbomImport, BadPurlIsKeptAndReported) {
  auto inv = read_sbom(R"({"bomFormat":"CycloneDX","specVersion":"1.4","components":[{"type":"library","name":"a","version":"1","purl":"pkg:"}]})", "a.json");
  ASSERT_TRUE(inv.ok());
  ASSERT_EQ(inv->components.size(), 1u);
  EXPECT_EQ(inv->components[0].purl, "pkg:");
  EXPECT_EQ(inv->components[0].ecosystem, "");
  ASSERT_EQ(inv->warnings.size(), 1u);
  EXPECT_NE(inv->warnings[0].find("a.json#/components/0"), std::string::npos);
}

// --- export ---

using PackageKey = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;
std::set<PackageKey> package_set(const Inventory& inv) {
  std::set<PackageKey> out;
  for (const auto& c : inv.components)
    out.emplace(to_string(c.kind), c.ecosystem, c.name, c.version, c.epoch.empty() ? "0" : c.epoch, c.arch);
  return out;
}

Inventory fixture_inventory(const std::string& db_file, const std::string& db_path, const std::string& os_release) {
  MemoryRootFs fs;
  fs.add_file(db_path, testing::slurp(kDb + db_file));
  fs.add_file("/etc/os-release", os_release);
  auto inv = inventory_root(fs, "fixture", "fixture-dir", "rootfs");
  EXPECT_TRUE(inv.ok()) << inv.error().to_string();
  return inv.ok() ? std::move(*inv) : Inventory{};
}

class SbomExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto cdx = validation::schema::Validator::load(kSchemas + "cyclonedx/bom-1.6.schema.json", {kSchemas + "cyclonedx"});
    ASSERT_TRUE(cdx.ok()) << cdx.error().to_string();
    cyclonedx_ = *cdx;
    auto spdx = validation::schema::Validator::load(kSchemas + "spdx-json/spdx-schema-2.3.json", {kSchemas + "spdx-json"});
    ASSERT_TRUE(spdx.ok()) << spdx.error().to_string();
    spdx_ = *spdx;
  }
  static void TearDownTestSuite() {
    cyclonedx_.reset();
    spdx_.reset();
  }

  // Exports both ways, validates against the official schemas, checks the
  // output does not change between runs and reads back the same packages.
  static void export_validate_round_trip(const Inventory& inv, bool complete) {
    SbomExportOptions options{"2026-11-25T06:00:00Z", "0.1.0"};
    for (bool cdx : {true, false}) {
      std::string text = cdx ? write_cyclonedx(inv, options) : write_spdx(inv, options);
      SCOPED_TRACE(cdx ? "cyclonedx" : "spdx");
      EXPECT_EQ(text, cdx ? write_cyclonedx(inv, options) : write_spdx(inv, options));
      json::Parser parser;
      auto doc = parser.parse(text, "export.json");
      ASSERT_TRUE(doc.ok()) << doc.error().to_string();
      std::vector<validation::Finding> findings;
      EXPECT_TRUE((cdx ? cyclonedx_ : spdx_)->validate(*doc, findings));
      for (std::size_t i = 0; i < findings.size() && i < 10; ++i)
        ADD_FAILURE() << findings[i].path << ": " << findings[i].message;
      auto back = read_sbom(text, "export.json");
      ASSERT_TRUE(back.ok()) << back.error().to_string();
      EXPECT_EQ(package_set(*back), package_set(inv));
      ASSERT_TRUE(back->platform.has_value() == inv.platform.has_value());
      if (inv.platform) {
        EXPECT_EQ(back->platform->id, inv.platform->id);
        EXPECT_EQ(back->platform->version_id, inv.platform->version_id);
        EXPECT_EQ(back->platform->lineage, inv.platform->lineage);
      }
      for (const auto& db : back->databases) EXPECT_EQ(db.complete, cdx && complete) << db.ecosystem;
      EXPECT_TRUE(back->warnings.empty()) << back->warnings.front();
    }
  }

  static inline std::shared_ptr<const validation::schema::Validator> cyclonedx_, spdx_;
};

// The schema check can fail: a document without its required members does.
TEST_F(SbomExport, SchemasRejectWhatTheyShould) {
  json::Parser parser;
  auto cdx = parser.parse(R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a"}]})", "x");
  ASSERT_TRUE(cdx.ok());
  std::vector<validation::Finding> findings;
  EXPECT_FALSE(cyclonedx_->validate(*cdx, findings));
  auto spdx = parser.parse(R"({"spdxVersion":"SPDX-2.3","SPDXID":"bad id"})", "y");
  ASSERT_TRUE(spdx.ok());
  EXPECT_FALSE(spdx_->validate(*spdx, findings));
}

TEST_F(SbomExport, DpkgDebian12) {
  Inventory inv = fixture_inventory("dpkg-debian-12/status", "/var/lib/dpkg/status",
                                    "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n");
  ASSERT_GT(inv.components.size(), 50u);
  export_validate_round_trip(inv, true);
  // The order the database gave does not matter.
  Inventory reversed = inv;
  std::reverse(reversed.components.begin(), reversed.components.end());
  EXPECT_EQ(write_spdx(reversed, {"t", "v"}), write_spdx(inv, {"t", "v"}));
  // Packages get the purls trivy writes.
  std::string cdx = write_cyclonedx(inv, {"2026-11-25T06:00:00Z", "0.1.0"});
  EXPECT_NE(cdx.find("\"pkg:deb/debian/"), std::string::npos);
  EXPECT_NE(cdx.find("distro=debian-12"), std::string::npos);
}

TEST_F(SbomExport, RpmSqliteCblMariner) {
  Inventory inv = fixture_inventory("rpm-sqlite-cbl-mariner-2.0/rpmdb.sqlite", "/var/lib/rpm/rpmdb.sqlite",
                                    "ID=mariner\nVERSION_ID=\"2.0\"\n");
  ASSERT_EQ(inv.components.size(), 129u);
  export_validate_round_trip(inv, true);
  std::string spdx = write_spdx(inv, {"2026-11-25T06:00:00Z", "0.1.0"});
  EXPECT_NE(spdx.find("pkg:rpm/cbl-mariner/"), std::string::npos);
}

TEST_F(SbomExport, ApkAlpineAndRpmNdbSle) {
  Inventory apk = fixture_inventory("apk-alpine-3.20/installed", "/lib/apk/db/installed",
                                    "ID=alpine\nVERSION_ID=3.20.3\n");
  ASSERT_EQ(apk.components.size(), 26u);
  export_validate_round_trip(apk, true);
  Inventory sle = fixture_inventory("rpm-ndb-sle15-bci/Packages.db", "/usr/lib/sysimage/rpm/Packages.db",
                                    "ID=\"sles\"\nVERSION_ID=\"15.4\"\nID_LIKE=\"suse\"\n");
  ASSERT_EQ(sle.components.size(), 35u);
  export_validate_round_trip(sle, true);
  EXPECT_NE(write_cyclonedx(sle, {"t", "v"}).find("\"pkg:rpm/suse/"), std::string::npos);
}

TEST_F(SbomExport, ImportedSbomsExportValidAndRoundTrip) {
  export_validate_round_trip(read_ok(kSbom + "real/centos-7-image.cdx.json"), false);
  export_validate_round_trip(read_ok(kSbom + "real/ubi9-9.2-755.1697625012.cdx.json"), false);
  export_validate_round_trip(read_ok(kSbom + "cyclonedx/SBOM/keycloak-10.0.2/bom.json"), false);
}

TEST_F(SbomExport, KernelAndEmptyInventories) {
  Inventory inv;
  inv.name = "host";
  inv.kind = "snapshot";
  Component k;
  k.kind = ComponentKind::kKernel;
  k.name = "linux";
  k.version = "6.6.134.1-2.azl3";
  k.evidence = "/boot/vmlinuz-6.6.134.1-2.azl3";
  inv.components.push_back(k);
  export_validate_round_trip(inv, false);
  export_validate_round_trip(Inventory{}, false);
}

TEST(SbomExportIds, SerialNumberFollowsTheContent) {
  Inventory a;
  a.name = "a";
  Component c;
  c.name = "x";
  c.ecosystem = "apk";
  c.version = "1-r0";
  a.components.push_back(c);
  Inventory b = a;
  b.components[0].version = "1-r1";
  auto serial = [](const Inventory& inv) {
    std::string t = write_cyclonedx(inv, {"2026-01-01T00:00:00Z", "1"});
    std::size_t at = t.find("urn:uuid:");
    return t.substr(at, 45);
  };
  EXPECT_EQ(serial(a), serial(a));
  EXPECT_NE(serial(a), serial(b));
  EXPECT_EQ(serial(a)[23], '5');  // version 5 layout
}

}  // namespace
}  // namespace vt::inventory
