// Real images written by the test itself (libarchive's writer): docker save
// archives, OCI layouts and OCI archives, with whiteouts, opaque directories,
// links, hostile members and a 10 GB sparse entry.
#include "inventory/image.h"

#include <archive.h>
#include <zstd.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/hash.h"
#include "inventory/dpkg.h"
#include "inventory/os_release.h"

namespace vt::inventory {
namespace {

namespace fs = std::filesystem;

struct Member {
  std::string name;
  std::string content;
  enum Kind { kFile, kDir, kSymlink, kHardlink, kSparse } kind = kFile;
  std::string target;       // link target
  std::uint64_t size = 0;   // sparse: apparent size
};

std::string write_tar(const std::vector<Member>& members, int filter = ARCHIVE_FILTER_NONE) {
  archive* a = archive_write_new();
  archive_write_set_format_pax_restricted(a);
  if (filter == ARCHIVE_FILTER_GZIP) archive_write_add_filter_gzip(a);

  std::string out;
  archive_write_open(a, &out, nullptr,
                     [](archive*, void* client, const void* buf, size_t n) -> la_ssize_t {
                       static_cast<std::string*>(client)->append(static_cast<const char*>(buf), n);
                       return static_cast<la_ssize_t>(n);
                     },
                     nullptr);
  for (const auto& m : members) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, m.name.c_str());
    archive_entry_set_perm(e, 0644);
    switch (m.kind) {
      case Member::kFile:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_size(e, static_cast<la_int64_t>(m.content.size()));
        break;
      case Member::kDir: archive_entry_set_filetype(e, AE_IFDIR); break;
      case Member::kSymlink:
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_symlink(e, m.target.c_str());
        break;
      case Member::kHardlink:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_hardlink(e, m.target.c_str());
        break;
      case Member::kSparse:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_size(e, static_cast<la_int64_t>(m.size));
        archive_entry_sparse_add_entry(e, static_cast<la_int64_t>(m.size - m.content.size()),
                                       static_cast<la_int64_t>(m.content.size()));
        break;
    }
    archive_write_header(a, e);
    if (m.kind == Member::kFile || m.kind == Member::kSparse)
      archive_write_data(a, m.content.data(), m.content.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  if (filter == ARCHIVE_FILTER_ZSTD) {
    // libzstd directly: Debian's libarchive writes zstd only through an external program.
    std::string z(ZSTD_compressBound(out.size()), '\0');
    z.resize(ZSTD_compress(z.data(), z.size(), out.data(), out.size(), 3));
    return z;
  }
  return out;
}

std::string digest(const std::string& blob) { return "sha256:" + hex_digest(HashAlgorithm::kSha256, blob); }

class ImageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vt-image-" + std::to_string(::getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string save(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  // docker save layout: manifest.json, <config>.json, <id>/layer.tar
  // `config` gets rootfs.diff_ids naming each layer's digest, as docker writes it.
  std::string docker_archive(const std::vector<std::string>& layers, std::string config,
                             const std::vector<std::string>& diff_ids = {}) {
    std::string ids;
    for (std::size_t i = 0; i < layers.size(); ++i)
      ids += std::string(i ? "," : "") + "\"" + (i < diff_ids.size() ? diff_ids[i] : digest(layers[i])) + "\"";
    config.insert(config.size() - 1, ",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + ids + "]}");
    std::vector<Member> members;
    std::string layer_list;
    for (std::size_t i = 0; i < layers.size(); ++i) {
      std::string name = "layer" + std::to_string(i) + "/layer.tar";
      members.push_back({name, layers[i]});
      layer_list += (i ? ",\"" : "\"") + name + "\"";
    }
    std::string config_name = hex_digest(HashAlgorithm::kSha256, config) + ".json";
    last_config_ = config;
    members.push_back({config_name, config});
    members.push_back({"manifest.json", "[{\"Config\":\"" + config_name +
                                            "\",\"RepoTags\":[\"contoso/web:1.0\"],\"Layers\":[" + layer_list + "]}]"});
    return save("image.tar", write_tar(members));
  }
  // OCI image layout directory.
  std::string oci_layout(const std::vector<std::string>& layers, const std::string& config) {
    fs::path root = dir_ / "oci";
    auto blob = [&](const std::string& content) {
      std::string d = digest(content);
      save("oci/blobs/sha256/" + d.substr(7), content);
      return d;
    };
    std::string layer_json;
    for (std::size_t i = 0; i < layers.size(); ++i)
      layer_json += std::string(i ? "," : "") + "{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+zstd\",\"digest\":\"" +
                    blob(layers[i]) + "\",\"size\":" + std::to_string(layers[i].size()) + "}";
    std::string manifest = "{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" +
                           blob(config) + "\"},\"layers\":[" + layer_json + "]}";
    std::string m = blob(manifest);
    save("oci/oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
    save("oci/index.json", "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" +
                               m + "\",\"annotations\":{\"org.opencontainers.image.ref.name\":\"azl3-base:3.0\"}}]}");
    return root.string();
  }
  fs::path dir_;
  std::string last_config_;
};

// The collectors' files plus everything under /etc and /opt, so the test can
// read what the layers did to them; /srv (the sparse file) is never read.
bool capture_for_test(std::string_view path) {
  return default_capture(path) || path.rfind("/etc/", 0) == 0 || path.rfind("/opt/", 0) == 0;
}

const std::string kConfig =
    R"({"architecture":"amd64","os":"linux","created":"2025-10-14T10:00:00Z","config":{"Labels":{"org.opencontainers.image.version":"20251014.2"}}})";
const std::string kStatus = "Package: openssl\nStatus: install ok installed\nVersion: 3.0.11-1~deb12u2\nArchitecture: amd64\n\n";

std::vector<std::string> two_layers(int filter = ARCHIVE_FILTER_NONE) {
  std::string base = write_tar({{"etc/", "", Member::kDir},
                                {"etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n"},
                                {"etc/secret", "lower"},
                                {"opt/app/old.txt", "old"},
                                {"opt/app/keep-not.txt", "old"},
                                {"var/lib/dpkg/status", kStatus}},
                               filter);
  std::string top = write_tar({{"opt/app/new.txt", "new"},  // before the opaque marker: order must not matter
                               {"opt/app/.wh..wh..opq", ""},
                               {"etc/.wh.secret", ""},
                               {"etc/passwd", "image passwd"},
                               {"etc/evil", "", Member::kSymlink, "../../../../../../etc/passwd"},
                               {"../../escape", "x"},
                               {"./usr/../../etc/shadow", "x"},
                               {"usr/bin/hard", "", Member::kHardlink, "etc/os-release"},
                               {"srv/sparse.img", "tail", Member::kSparse, "", std::uint64_t{10} << 30}},
                              filter);
  return {base, top};
}

void expect_merged_view(const Image& img) {
  const RootFs& root = *img.fs;
  EXPECT_FALSE(root.exists("/etc/secret")) << "whiteout must hide the lower layer's file";
  EXPECT_FALSE(root.exists("/opt/app/old.txt")) << "opaque directory hides lower content";
  EXPECT_TRUE(root.exists("/opt/app/new.txt")) << "the opaque layer's own files stay";
  auto evil = root.read_file("/etc/evil");
  ASSERT_TRUE(evil.ok()) << evil.error().to_string();
  EXPECT_EQ(*evil, "image passwd") << "the link resolves inside the image";
  EXPECT_FALSE(root.exists("/escape"));
  EXPECT_FALSE(root.exists("/etc/shadow"));
  std::size_t refused = 0;
  for (const auto& w : img.warnings) refused += w.find("outside the image root: refused") != std::string::npos;
  EXPECT_EQ(refused, 2u);
  auto sparse = root.stat("/srv/sparse.img");
  ASSERT_TRUE(sparse.ok());
  EXPECT_EQ(sparse->size, std::uint64_t{10} << 30);
  EXPECT_EQ(root.read_file("/srv/sparse.img").error().code, ErrorCode::kLimit) << "10 GB is never read";
  auto dpkg = read_dpkg(root);
  ASSERT_TRUE(dpkg.ok());
  ASSERT_EQ(dpkg->packages.components.size(), 1u);
  EXPECT_EQ(dpkg->packages.components[0].version, "3.0.11-1~deb12u2");
  auto platform = read_platform(root);
  ASSERT_TRUE(platform.ok() && platform->has_value());
  EXPECT_EQ((*platform)->purl_distro, "debian-12");
}

TEST_F(ImageTest, DockerArchiveLayersWhiteoutsAndHostileMembers) {
  auto layers = two_layers();
  std::string path = docker_archive(layers, kConfig);
  EXPECT_TRUE(looks_like_image(path));
  auto img = open_image(path, capture_for_test);
  ASSERT_TRUE(img.ok()) << img.error().to_string();
  EXPECT_EQ(img->facts.format, "docker-archive");
  EXPECT_EQ(img->facts.repo_tags, std::vector<std::string>{"contoso/web:1.0"});
  EXPECT_EQ(img->facts.labels.at("org.opencontainers.image.version"), "20251014.2");
  EXPECT_EQ(img->facts.config_digest, digest(last_config_));
  expect_merged_view(*img);
}

TEST_F(ImageTest, OciLayoutWithZstdLayersAndOciArchive) {
  std::vector<std::string> layers = two_layers(ARCHIVE_FILTER_ZSTD);
  std::string layout = oci_layout(layers, kConfig);
  auto img = open_image(layout, capture_for_test);
  ASSERT_TRUE(img.ok()) << img.error().to_string();
  EXPECT_EQ(img->facts.format, "oci-layout");
  EXPECT_EQ(img->facts.repo_tags, std::vector<std::string>{"azl3-base:3.0"});
  expect_merged_view(*img);

  // The same layout as an OCI archive (a tar of the directory).
  std::vector<Member> members;
  for (auto& p : fs::recursive_directory_iterator(layout)) {
    if (!p.is_regular_file()) continue;
    std::ifstream in(p.path(), std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), {});
    members.push_back({fs::relative(p.path(), layout).string(), content});
  }
  std::string archive_path = save("oci.tar", write_tar(members));
  auto img2 = open_image(archive_path, capture_for_test);
  ASSERT_TRUE(img2.ok()) << img2.error().to_string();
  EXPECT_EQ(img2->facts.format, "oci-archive");
  expect_merged_view(*img2);
}

TEST_F(ImageTest, LimitsAndCorruptLayersAreClearErrors) {
  auto layers = two_layers();
  ImageLimits tiny;
  tiny.max_entries = 5;
  auto img = open_image(docker_archive(layers, kConfig), default_capture, tiny);
  ASSERT_FALSE(img.ok());
  EXPECT_EQ(img.error().code, ErrorCode::kLimit);

  // docker: the config's diff_id names the full layer; OCI: the manifest's digest.
  std::string truncated = layers[0].substr(0, layers[0].size() / 2);
  auto bad = open_image(docker_archive({truncated}, kConfig, {digest(layers[0])}));
  ASSERT_FALSE(bad.ok()) << "a truncated layer must not pass as a shorter image";
  EXPECT_EQ(bad.error().code, ErrorCode::kIntegrity) << bad.error().to_string();
  EXPECT_NE(bad.error().to_string().find("layer0/layer.tar"), std::string::npos) << bad.error().to_string();
  auto bad_oci = open_image(oci_layout({truncated}, kConfig));
  ASSERT_FALSE(bad_oci.ok()) << "a self-consistent but truncated tar is still refused";
  std::string layout = oci_layout({layers[0]}, kConfig);
  for (auto& p : fs::directory_iterator(fs::path(layout) / "blobs/sha256"))
    if (p.file_size() == layers[0].size()) {
      fs::resize_file(p.path(), layers[0].size() / 2);  // tamper after the manifest was written
    }
  auto tampered = open_image(layout);
  ASSERT_FALSE(tampered.ok());
  EXPECT_EQ(tampered.error().code, ErrorCode::kIntegrity) << tampered.error().to_string();

  auto not_image = open_image(save("plain.tar", write_tar({{"hello.txt", "hi"}})));
  ASSERT_FALSE(not_image.ok());
  EXPECT_EQ(not_image.error().code, ErrorCode::kUnsupported);
}

TEST_F(ImageTest, HugeCapturedFileIsRefusedNotRead) {
  std::string layer = write_tar({{"var/lib/dpkg/status", "", Member::kSparse, "", std::uint64_t{10} << 30}});
  auto img = open_image(docker_archive({layer}, kConfig));
  ASSERT_TRUE(img.ok()) << img.error().to_string();
  bool warned = false;
  for (const auto& w : img->warnings) warned |= w.find("over the limit") != std::string::npos;
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace vt::inventory
