#include "inventory/rpm.h"

#include "inventory/rpm_header.h"
#include "inventory/rpm_storage.h"

namespace vt::inventory {
namespace {

// "util-linux-ng-2.17.2-12.28.el6_9.2.src.rpm" -> name and version-release.
void split_source_rpm(std::string_view srpm, Component& c) {
  for (std::string_view suffix : {".src.rpm", ".nosrc.rpm"}) {
    if (srpm.size() > suffix.size() && srpm.substr(srpm.size() - suffix.size()) == suffix) {
      srpm.remove_suffix(suffix.size());
      break;
    }
  }
  std::size_t rel = srpm.rfind('-');
  if (rel == std::string_view::npos || rel == 0) return;
  std::size_t ver = srpm.rfind('-', rel - 1);
  if (ver == std::string_view::npos) return;
  c.source_name = srpm.substr(0, ver);
  c.source_version = srpm.substr(ver + 1);
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  for (;;) {
    std::size_t j = line.find('\t', i);
    out.push_back(line.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) return out;
    i = j + 1;
  }
}

}  // namespace

const char* to_string(RpmFormat format) {
  switch (format) {
    case RpmFormat::kNone: return "none";
    case RpmFormat::kSqlite: return "sqlite";
    case RpmFormat::kBerkeleyDb: return "bdb";
    case RpmFormat::kNdb: return "ndb";
    case RpmFormat::kManifest: return "rpmmanifest";
  }
  return "none";
}

Collected rpm_components(const std::vector<std::string>& blobs, std::string_view source) {
  Collected out;
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    auto h = parse_rpm_header(blobs[i], std::string(source) + " record " + std::to_string(i));
    if (!h.ok()) {
      out.warnings.push_back(h.error().to_string());
      continue;
    }
    if (h->name == "gpg-pubkey") continue;  // an imported signing key, not software
    Component c;
    c.kind = ComponentKind::kPackage;
    c.ecosystem = "rpm";
    c.name = h->name;
    c.version = h->version + (h->release.empty() ? "" : "-" + h->release);
    c.epoch = h->epoch ? std::to_string(*h->epoch) : "";
    c.release = h->release;
    c.arch = h->arch;
    c.vendor = h->vendor;
    c.status = "installed";
    c.evidence = source;
    split_source_rpm(h->source_rpm, c);
    out.components.push_back(std::move(c));
  }
  return out;
}

Collected parse_rpm_manifest(std::string_view text, std::string_view source) {
  Collected out;
  std::size_t i = 0, line_no = 0;
  while (i < text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view line = text.substr(i, j - i);
    i = j + 1;
    ++line_no;
    if (line.empty()) continue;
    auto f = split_tabs(line);
    if (f.size() < 10) {
      out.warnings.push_back(std::string(source) + ":" + std::to_string(line_no) + ": expected 10 tab-separated fields, found " +
                             std::to_string(f.size()));
      continue;
    }
    Component c;
    c.kind = ComponentKind::kPackage;
    c.ecosystem = "rpm";
    c.name = f[0];
    c.version = f[1];
    std::size_t dash = f[1].rfind('-');
    if (dash != std::string_view::npos) c.release = f[1].substr(dash + 1);
    c.vendor = f[4];
    c.epoch = f[5] == "(none)" ? "" : std::string(f[5]);
    c.arch = f[7];
    c.status = "installed";
    c.evidence = source;
    split_source_rpm(f[9], c);
    out.components.push_back(std::move(c));
  }
  return out;
}

Result<RpmDatabase> read_rpm(const RootFs& fs) {
  RpmDatabase db;
  struct Candidate {
    const char* path;
    RpmFormat format;
  };
  // Newest layouts first; /usr/lib/sysimage/rpm is where rpm >= 4.16 and SUSE keep it.
  static const Candidate kCandidates[] = {
      {"/usr/lib/sysimage/rpm/rpmdb.sqlite", RpmFormat::kSqlite},
      {"/var/lib/rpm/rpmdb.sqlite", RpmFormat::kSqlite},
      {"/usr/lib/sysimage/rpm/Packages.db", RpmFormat::kNdb},
      {"/var/lib/rpm/Packages.db", RpmFormat::kNdb},
      {"/usr/lib/sysimage/rpm/Packages", RpmFormat::kBerkeleyDb},
      {"/var/lib/rpm/Packages", RpmFormat::kBerkeleyDb},
      {"/var/lib/rpmmanifest/container-manifest-2", RpmFormat::kManifest},
  };
  for (const auto& cand : kCandidates) {
    auto bytes = fs.read_file(cand.path, std::uint64_t{2} << 30);
    if (!bytes.ok()) {
      if (bytes.error().code == ErrorCode::kNotFound) continue;
      return std::move(bytes).error();
    }
    db.format = cand.format;
    db.path = cand.path;
    std::string where = fs.describe() + ":" + cand.path;
    if (cand.format == RpmFormat::kManifest) {
      db.packages = parse_rpm_manifest(*bytes, cand.path);
      return db;
    }
    Result<std::vector<std::string>> blobs = std::vector<std::string>{};
    if (cand.format == RpmFormat::kSqlite) {
      auto wal = fs.read_file(std::string(cand.path) + "-wal", std::uint64_t{2} << 30);
      blobs = rpm_blobs_from_sqlite(*bytes, wal.ok() ? std::string_view(*wal) : std::string_view(), where);
    } else if (cand.format == RpmFormat::kNdb) {
      blobs = rpm_blobs_from_ndb(*bytes, where);
    } else {
      blobs = rpm_blobs_from_bdb(*bytes, where);
    }
    if (!blobs.ok()) return std::move(blobs).error();
    db.packages = rpm_components(*blobs, cand.path);
    return db;
  }
  return db;
}

}  // namespace vt::inventory
