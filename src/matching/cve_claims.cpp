#include "matching/cve_claims.h"

#include <algorithm>

#include "core/strings.h"
#include "documents/cve/record.h"

namespace vt::matching {
namespace {

bool is_linux_kernel(const cve::Affected& entry) {
  return ascii_lowered(entry.vendor) == "linux" && ascii_lowered(entry.product) == "linux";
}

bool unspecified(const std::string& v) { return v.empty() || v == "n/a" || v == "unspecified" || v == "*"; }

// "5.15.*" as an upper bound: everything before 5.16.
std::string next_series(const std::string& wildcard) {
  std::string prefix = wildcard.substr(0, wildcard.size() - 2);  // drop ".*"
  const std::size_t dot = prefix.rfind('.');
  std::string last = dot == std::string::npos ? prefix : prefix.substr(dot + 1);
  if (last.empty() || last.size() > 9 || !std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return {};
  const std::string head = dot == std::string::npos ? "" : prefix.substr(0, dot + 1);
  return head + std::to_string(std::stoull(last) + 1);
}

// One versions[] item as a vers range over `scheme`, or "" when it cannot be
// expressed (git commit ranges: no order a release could be placed in; a
// lone version).
std::string range_of(const cve::VersionSpan& v, const std::string& scheme) {
  if (v.version_type == "git") return {};
  const std::string& from = v.version;
  if (unspecified(from)) return {};
  // Some CNAs write "< 4.1.108.Final" into version itself.
  if (from[0] == '<' || from[0] == '>' || from[0] == '=') {
    std::string t = "vers:" + scheme + "/";
    for (char c : from)
      if (c != ' ') t.push_back(c);
    return t;
  }
  std::string lower_bound = from == "0" ? "" : ">=" + from;
  std::string upper;
  if (!v.less_than.empty() && v.less_than != "*") {
    upper = "<" + v.less_than;
  } else if (!v.less_than_or_equal.empty() && v.less_than_or_equal != "*") {
    if (v.less_than_or_equal.size() > 2 && v.less_than_or_equal.ends_with(".*")) {
      std::string next = next_series(v.less_than_or_equal);
      if (next.empty()) return {};
      upper = "<" + next;
    } else {
      upper = "<=" + v.less_than_or_equal;
    }
  } else if (v.less_than.empty() && v.less_than_or_equal.empty()) {
    return "";  // a single version
  }
  if (lower_bound.empty() && upper.empty()) return "vers:" + scheme + "/*";
  std::string t = "vers:" + scheme + "/" + lower_bound;
  if (!upper.empty()) t += (lower_bound.empty() ? "" : "|") + upper;
  return t;
}

std::string ecosystem_of(const cve::Affected& e) {
  const std::string url = ascii_lowered(e.collection_url);
  if (url.find("npmjs") != std::string::npos) return "npm";
  if (url.find("pypi") != std::string::npos) return "pypi";
  if (url.find("maven") != std::string::npos) return "maven";
  if (url.find("crates.io") != std::string::npos) return "cargo";
  if (url.find("rubygems") != std::string::npos) return "gem";
  if (url.find("pkg.go.dev") != std::string::npos || url.find("proxy.golang.org") != std::string::npos) return "golang";
  if (url.find("nuget") != std::string::npos) return "nuget";
  if (url.find("packagist") != std::string::npos) return "composer";
  return "generic";
}

// The record's versionType as a vers type with an ordering in src/version;
// "custom" and anything unknown compare as generic versions.
std::string scheme_of(const std::string& version_type) {
  for (std::string_view known : {"semver", "maven", "pypi", "rpm", "deb", "apk"})
    if (version_type == known) return version_type;
  if (version_type == "python") return "pypi";
  return "generic";
}

}  // namespace

Result<std::vector<Claim>> claims_from_cve_record(const json::Value& root, const std::string& path) {
  auto record = cve::parse_record(root);
  if (!record.ok()) return make_error(record.error().code, record.error().message, path + "#" + record.error().where);
  if (record->state == "REJECTED")
    return make_error(ErrorCode::kUnsupported, record->cve_id + " is a REJECTED record: it states nothing", path);
  SourceRef base;
  base.path = path;
  base.format = "cve";
  base.document_id = record->cve_id;
  base.publisher = record->assigner;
  base.revision = record->date_updated.empty() ? record->date_published : record->date_updated;
  base.updated = base.revision;
  std::vector<Claim> out;
  for (const cve::Affected& entry : record->affected) {
    const bool kernel = is_linux_kernel(entry);
    Claim proto;
    proto.vulnerability = record->cve_id;
    proto.source = base;
    proto.product = ascii_lowered(entry.vendor) == ascii_lowered(entry.product)
                        ? entry.product
                        : entry.vendor + " " + entry.product;
    if (kernel) {
      proto.ecosystem = "linux-kernel";
      proto.name = "linux";
    } else {
      proto.name = ascii_lowered(entry.package_name.empty() ? entry.product : entry.package_name);
      proto.ecosystem = ecosystem_of(entry);
      if (!entry.cpes.empty()) proto.cpe = entry.cpes.front();
      if (unspecified(proto.name)) continue;  // nothing to match
    }
    proto.program_files = entry.program_files;
    bool any = false;
    for (const cve::VersionSpan& v : entry.versions) {
      const bool git = v.version_type == "git";
      if (git) continue;  // commit ranges cannot be placed among releases (docs/statements.md)
      const std::string scheme = kernel ? "generic" : scheme_of(v.version_type);
      std::string range = range_of(v, scheme);
      const std::string& from = v.version;
      // A lone version the kernel CNA marks affected, with the
      // unaffected spans beside it: "affected from here on".
      if (range.empty() && kernel && v.status == "affected" && !unspecified(from) && v.less_than.empty() &&
          v.less_than_or_equal.empty())
        range = "vers:generic/>=" + from;
      Claim c = proto;
      c.source.pointer = v.source.pointer();
      if (range.empty()) {
        if (unspecified(from)) continue;
        c.version = from;
        c.status = v.status == "affected"     ? ClaimStatus::kAffected
                   : v.status == "unaffected" ? ClaimStatus::kFixed
                                              : ClaimStatus::kUnderInvestigation;
        out.push_back(std::move(c));
        any = true;
        continue;
      }
      c.vers = range;
      if (v.status == "affected") {
        c.status = ClaimStatus::kAffected;
        // The first version past an affected "lessThan" span is its fix.
        if (!v.less_than.empty() && v.less_than != "*") c.fixed_version = v.less_than;
      } else if (v.status == "unaffected") {
        // Below the version that introduced the flaw: never affected. A
        // span from a backport on: fixed, at its first version.
        if (from == "0") {
          c.status = ClaimStatus::kNotAffected;
        } else {
          c.status = ClaimStatus::kFixed;
          if (from[0] != '<' && from[0] != '>' && from[0] != '=') c.fixed_version = from;
        }
      } else {
        c.status = ClaimStatus::kUnderInvestigation;  // "unknown"
      }
      out.push_back(std::move(c));
      any = true;
    }
    if (!any && entry.default_status == "affected") {
      Claim c = proto;  // every version, as far as the record says
      c.status = ClaimStatus::kAffected;
      c.source.pointer = entry.source.pointer();
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace vt::matching
