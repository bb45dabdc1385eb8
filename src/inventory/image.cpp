#include "inventory/image.h"

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <set>

#include "core/file.h"
#include "core/hash.h"
#include "inventory/image_layer.h"
#include "json/json.h"

namespace vt::inventory {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kMaxMetadataBytes = 16 << 20;  // manifests and configs

std::string archive_message(archive* a) {
  const char* m = archive_error_string(a);
  return m ? m : "unknown error";
}

// Where the blobs of an image live: files of a directory, or members of a tar.
class BlobSource {
 public:
  virtual ~BlobSource() = default;
  virtual bool has(const std::string& name) const = 0;
  virtual Result<std::string> read(const std::string& name) const = 0;
  // Opens `name` as an archive (any compression) and hands it to `use`.
  // When `digest` ("sha256:<hex>") is given, the bytes of the blob are
  // hashed as they are read (and to the end afterwards) and must match:
  // a truncated or altered layer is an integrity error, not a smaller image.
  // With `digest_of_uncompressed` the digest is checked only when the blob
  // turns out not to be compressed (docker's diff_ids name the plain tar).
  virtual Status with_archive(const std::string& name, const std::string& digest, bool digest_of_uncompressed,
                              const std::function<Status(archive*)>& use) const = 0;
};

// Feeds a layer reader from some byte source, hashing what passes through.
struct HashingFeed {
  std::function<la_ssize_t(char*, std::size_t)> next;  // 0 at the end, < 0 on error
  std::unique_ptr<Hasher> hasher;
  bool eof = false;
  char buf[1 << 16];

  static la_ssize_t read(archive*, void* client, const void** buffer) {
    auto* f = static_cast<HashingFeed*>(client);
    *buffer = f->buf;
    if (f->eof) return 0;
    la_ssize_t n = f->next(f->buf, sizeof f->buf);
    if (n > 0 && f->hasher) f->hasher->update(std::string_view(f->buf, static_cast<std::size_t>(n)));
    if (n == 0) f->eof = true;
    return n;
  }
};

// Runs `use` on a layer reader over `feed`, then checks the digest.
Status read_layer(HashingFeed& feed, const std::string& where, const std::string& digest, bool digest_of_uncompressed,
                  const std::function<Status(archive*)>& use) {
  std::string algorithm, expected;
  if (std::size_t colon = digest.find(':'); colon != std::string::npos) {
    algorithm = digest.substr(0, colon);
    expected = digest.substr(colon + 1);
  }
  if (algorithm == "sha256") feed.hasher = std::make_unique<Hasher>(HashAlgorithm::kSha256);
  else if (algorithm == "sha512") feed.hasher = std::make_unique<Hasher>(HashAlgorithm::kSha512);
  archive* inner = archive_read_new();
  archive_read_support_filter_all(inner);
  archive_read_support_format_tar(inner);
  archive_read_support_format_gnutar(inner);
  Status st;
  if (archive_read_open(inner, &feed, nullptr, &HashingFeed::read, nullptr) != ARCHIVE_OK) {
    st = make_error(ErrorCode::kInvalidInput, "cannot read layer: " + archive_message(inner), where);
  } else {
    st = use(inner);
  }
  bool compressed = archive_filter_count(inner) > 1;
  archive_read_free(inner);
  if (!feed.hasher || (digest_of_uncompressed && compressed)) return st;
  // Hash to the end even after a failure: a digest mismatch is the better
  // explanation of a layer that could not be read.
  const void* ignored;
  while (HashingFeed::read(nullptr, &feed, &ignored) > 0) {
  }
  std::string actual = feed.hasher->hex_final();
  if (actual != expected)
    return make_error(ErrorCode::kIntegrity,
                      "layer digest mismatch: expected " + digest + ", read " + algorithm + ":" + actual +
                          " (truncated or altered)" + (st.ok() ? "" : "; " + st.error().message),
                      where);
  return st;
}

class DirectorySource final : public BlobSource {
 public:
  explicit DirectorySource(std::string dir) : dir_(std::move(dir)) {}
  bool has(const std::string& name) const override {
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir_) / name, ec);
  }
  Result<std::string> read(const std::string& name) const override {
    return read_file((fs::path(dir_) / name).string(), kMaxMetadataBytes);
  }
  Status with_archive(const std::string& name, const std::string& digest, bool digest_of_uncompressed,
                      const std::function<Status(archive*)>& use) const override {
    std::string path = (fs::path(dir_) / name).string();
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return make_error(ErrorCode::kIo, "cannot open layer", path);
    auto feed = std::make_unique<HashingFeed>();
    feed->next = [file](char* buf, std::size_t n) -> la_ssize_t {
      std::size_t got = std::fread(buf, 1, n, file);
      return got == 0 && std::ferror(file) ? -1 : static_cast<la_ssize_t>(got);
    };
    Status st = read_layer(*feed, path, digest, digest_of_uncompressed, use);
    std::fclose(file);
    return st;
  }

 private:
  std::string dir_;
};

// Members of an uncompressed or compressed tar (docker save, OCI archive).
// Each access reopens the file and skips to the member: skipping is a seek
// for plain tars, and nothing is ever extracted to disk.
class TarSource final : public BlobSource {
 public:
  static Result<std::unique_ptr<TarSource>> open(const std::string& path) {
    auto src = std::unique_ptr<TarSource>(new TarSource(path));
    VT_TRY(src->scan([&](archive*, const std::string& name) {
      src->members_.insert(name);
      return false;
    }));
    return src;
  }
  bool has(const std::string& name) const override { return members_.count(normal(name)) > 0; }
  Result<std::string> read(const std::string& name) const override {
    std::string out;
    bool found = false;
    Status st = scan([&](archive* a, const std::string& member) {
      if (member != normal(name)) return false;
      found = true;
      char buf[1 << 16];
      for (la_ssize_t n; (n = archive_read_data(a, buf, sizeof buf)) > 0;) {
        if (out.size() + static_cast<std::size_t>(n) > kMaxMetadataBytes) break;
        out.append(buf, static_cast<std::size_t>(n));
      }
      return true;
    });
    if (!st.ok()) return std::move(st).error();
    if (!found) return make_error(ErrorCode::kNotFound, "no member " + name, path_);
    return out;
  }
  Status with_archive(const std::string& name, const std::string& digest, bool digest_of_uncompressed,
                      const std::function<Status(archive*)>& use) const override {
    Status result = make_error(ErrorCode::kNotFound, "no member " + name, path_);
    Status st = scan([&](archive* outer, const std::string& member) {
      if (member != normal(name)) return false;
      auto feed = std::make_unique<HashingFeed>();
      feed->next = [outer](char* buf, std::size_t n) { return archive_read_data(outer, buf, n); };
      result = read_layer(*feed, path_ + ":" + name, digest, digest_of_uncompressed, use);
      return true;
    });
    if (!st.ok()) return st;
    return result;
  }

 private:
  explicit TarSource(std::string path) : path_(std::move(path)) {}
  static std::string normal(const std::string& name) {
    std::string p = image_path(name);
    return p.size() > 1 ? p.substr(1) : p;
  }
  // Calls visit(archive, member) for each member until it returns true.
  template <typename Visit>
  Status scan(Visit visit) const {
    archive* a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    if (archive_read_open_filename(a, path_.c_str(), 1 << 16) != ARCHIVE_OK) {
      Error e = make_error(ErrorCode::kIo, "cannot open image archive: " + archive_message(a), path_);
      archive_read_free(a);
      return e;
    }
    archive_entry* e = nullptr;
    for (;;) {
      int rc = archive_read_next_header(a, &e);
      if (rc == ARCHIVE_EOF) break;
      if (rc < ARCHIVE_WARN) {
        Error err = make_error(ErrorCode::kInvalidInput, "not a readable tar: " + archive_message(a), path_);
        archive_read_free(a);
        return err;
      }
      const char* n = archive_entry_pathname(e);
      if (n && visit(a, normal(n))) break;
    }
    archive_read_free(a);
    return {};
  }

  std::string path_;
  std::set<std::string> members_;
};

std::string blob_path(std::string_view digest) {
  // "sha256:abc" -> "blobs/sha256/abc"
  std::size_t colon = digest.find(':');
  if (colon == std::string_view::npos) return {};
  return "blobs/" + std::string(digest.substr(0, colon)) + "/" + std::string(digest.substr(colon + 1));
}

void read_config(const BlobSource& src, const std::string& name, ImageFacts& facts, std::vector<std::string>& warnings) {
  auto text = src.read(name);
  if (!text.ok()) {
    warnings.push_back("image config: " + text.error().to_string());
    return;
  }
  json::Parser p;
  auto root = p.parse(*text, name);
  if (!root.ok()) {
    warnings.push_back("image config: " + root.error().to_string());
    return;
  }
  if (auto v = root->find("created")) facts.created = v->as_string();
  if (auto v = root->find("architecture")) facts.architecture = v->as_string();
  if (auto v = root->find("os")) facts.os = v->as_string();
  if (auto rootfs = root->find("rootfs"))
    if (auto ids = rootfs->find("diff_ids"); ids && ids->is_array())
      for (auto id : ids->items()) facts.diff_ids.emplace_back(id.as_string());
  if (auto cfg = root->find("config"))
    if (auto labels = cfg->find("Labels"); labels && labels->is_object())
      for (auto m : labels->members()) facts.labels[std::string(m.key)] = m.value.as_string();
}

// docker save: manifest.json lists the config and the layers.
Status read_docker_manifest(const BlobSource& src, Image& img) {
  VT_ASSIGN_OR_RETURN(std::string text, src.read("manifest.json"));
  json::Parser p;
  VT_ASSIGN_OR_RETURN(json::Value root, p.parse(text, "manifest.json"));
  if (!root.is_array() || root.size() == 0)
    return make_error(ErrorCode::kInvalidInput, "expected a non-empty array of images", "manifest.json");
  json::Value first = *root.items().begin();
  auto config = first.find("Config");
  auto layers = first.find("Layers");
  if (!config || !config->is_string() || !layers || !layers->is_array())
    return make_error(ErrorCode::kInvalidInput, "expected Config (string) and Layers (array)", "manifest.json#/0");
  if (auto tags = first.find("RepoTags"); tags && tags->is_array())
    for (auto t : tags->items()) img.facts.repo_tags.emplace_back(t.as_string());
  for (auto l : layers->items()) img.facts.layers.emplace_back(l.as_string());
  std::string config_name(config->as_string());
  std::string digest = config_name;
  if (digest.rfind("blobs/sha256/", 0) == 0) digest = "sha256:" + digest.substr(13);
  else if (digest.size() > 5 && digest.substr(digest.size() - 5) == ".json") digest = "sha256:" + digest.substr(0, digest.size() - 5);
  img.facts.config_digest = digest;
  read_config(src, config_name, img.facts, img.warnings);
  return {};
}

// OCI: index.json -> (image index ->) manifest -> config and layers.
Status read_oci_index(const BlobSource& src, Image& img) {
  VT_ASSIGN_OR_RETURN(std::string text, src.read("index.json"));
  json::Parser p;
  VT_ASSIGN_OR_RETURN(json::Value root, p.parse(text, "index.json"));
  std::string manifest_name;
  std::string where = "index.json";
  for (int depth = 0; depth < 4; ++depth) {
    auto manifests = root.find("manifests");
    if (!manifests || !manifests->is_array() || manifests->size() == 0)
      return make_error(ErrorCode::kInvalidInput, "expected a non-empty 'manifests' array", where);
    json::Value chosen = *manifests->items().begin();
    for (auto m : manifests->items()) {  // prefer linux/amd64 in a multi-platform index
      auto plat = m.find("platform");
      if (plat && plat->find("os") && plat->find("os")->as_string() == "linux" && plat->find("architecture") &&
          plat->find("architecture")->as_string() == "amd64") {
        chosen = m;
        break;
      }
    }
    if (auto ann = chosen.find("annotations"))
      if (auto ref = ann->find("org.opencontainers.image.ref.name")) img.facts.repo_tags.emplace_back(ref->as_string());
    std::string media(chosen.find("mediaType") ? chosen.find("mediaType")->as_string() : "");
    std::string digest(chosen.find("digest") ? chosen.find("digest")->as_string() : "");
    manifest_name = blob_path(digest);
    if (manifest_name.empty()) return make_error(ErrorCode::kInvalidInput, "manifest without a digest", where);
    VT_ASSIGN_OR_RETURN(text, src.read(manifest_name));
    VT_ASSIGN_OR_RETURN(root, p.parse(text, manifest_name));
    where = manifest_name;
    bool is_index = media.find("index") != std::string::npos || media.find("manifest.list") != std::string::npos ||
                    (root.find("manifests") && !root.find("layers"));
    if (!is_index) break;
  }
  auto config = root.find("config");
  auto layers = root.find("layers");
  if (!config || !layers || !layers->is_array())
    return make_error(ErrorCode::kInvalidInput, "expected 'config' and 'layers'", where);
  img.facts.config_digest = config->find("digest") ? std::string(config->find("digest")->as_string()) : "";
  for (auto l : layers->items())
    if (auto d = l.find("digest")) {
      img.facts.layers.push_back(blob_path(d->as_string()));
      img.layer_digests.emplace_back(d->as_string());
    }
  read_config(src, blob_path(img.facts.config_digest), img.facts, img.warnings);
  return {};
}

}  // namespace

bool default_capture(std::string_view path) {
  static constexpr std::string_view kExact[] = {
      "/etc/os-release", "/usr/lib/os-release", "/etc/debian_version", "/etc/alpine-release",
      "/var/lib/dpkg/status", "/lib/apk/db/installed", "/var/lib/rpmmanifest/container-manifest-2",
      "/var/lib/rpm/rpmdb.sqlite", "/var/lib/rpm/rpmdb.sqlite-wal", "/var/lib/rpm/Packages", "/var/lib/rpm/Packages.db",
      "/usr/lib/sysimage/rpm/rpmdb.sqlite", "/usr/lib/sysimage/rpm/rpmdb.sqlite-wal",
      "/usr/lib/sysimage/rpm/Packages", "/usr/lib/sysimage/rpm/Packages.db"};
  for (auto e : kExact)
    if (path == e) return true;
  if (path.rfind("/var/lib/dpkg/status.d/", 0) == 0) return true;
  if (path.rfind("/boot/config-", 0) == 0 || path.rfind("/boot/vmlinuz-", 0) == 0) return true;
  for (std::string_view dir : {"/lib/modules/", "/usr/lib/modules/"}) {
    if (path.rfind(dir, 0) != 0) continue;
    std::string_view rest = path.substr(dir.size());
    std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos) continue;
    std::string_view file = rest.substr(slash + 1);
    if (file == "modules.builtin" || file == "modules.dep" || file == "config" || file == "vmlinuz") return true;
  }
  return false;
}

bool looks_like_image(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return fs::exists(fs::path(path) / "oci-layout", ec) || fs::exists(fs::path(path) / "manifest.json", ec);
  auto src = TarSource::open(path);
  return src.ok() && ((*src)->has("manifest.json") || ((*src)->has("oci-layout") && (*src)->has("index.json")));
}

Result<Image> open_image(const std::string& path, const CapturePredicate& capture, const ImageLimits& limits,
                         const LayerProgress& progress) {
  std::unique_ptr<BlobSource> src;
  std::error_code ec;
  bool dir = fs::is_directory(path, ec);
  if (dir) {
    src = std::make_unique<DirectorySource>(path);
  } else {
    VT_ASSIGN_OR_RETURN(auto tar, TarSource::open(path));
    src = std::move(tar);
  }
  Image img;
  img.fs = std::make_unique<MemoryRootFs>(path);
  if (src->has("manifest.json")) {
    img.facts.format = dir ? "docker-directory" : "docker-archive";
    VT_TRY(read_docker_manifest(*src, img));
  } else if (src->has("index.json")) {
    img.facts.format = dir ? "oci-layout" : "oci-archive";
    VT_TRY(read_oci_index(*src, img));
  } else {
    return make_error(ErrorCode::kUnsupported,
                      "not a container image: no manifest.json (docker save) or index.json (OCI layout)", path);
  }
  LayerBudget budget;
  for (std::size_t i = 0; i < img.facts.layers.size(); ++i) {
    const std::string& layer = img.facts.layers[i];
    std::string where = path + ":" + layer;
    if (progress) progress(i, img.facts.layers.size(), layer);
    // OCI manifests name each blob's digest; docker's config names the
    // digest of each uncompressed layer tar (diff_ids).
    bool oci = i < img.layer_digests.size();
    std::string digest = oci ? img.layer_digests[i] : i < img.facts.diff_ids.size() ? img.facts.diff_ids[i] : "";
    VT_TRY(src->with_archive(layer, digest, !oci, [&](archive* a) {
      return apply_layer(a, where, *img.fs, capture, limits, budget, img.warnings);
    }));
  }
  return img;
}

}  // namespace vt::inventory
