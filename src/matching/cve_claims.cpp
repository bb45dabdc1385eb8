#include "matching/cve_claims.h"

#include <algorithm>
#include <cctype>

namespace vt::matching {
namespace {

std::string str(const json::Value& o, std::string_view key) {
  auto v = o.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_linux_kernel(const json::Value& entry) {
  return lower(str(entry, "vendor")) == "linux" && lower(str(entry, "product")) == "linux";
}

// "5.15.*" as an upper bound: everything before 5.16.
std::string next_series(const std::string& wildcard) {
  std::string prefix = wildcard.substr(0, wildcard.size() - 2);  // drop ".*"
  const std::size_t dot = prefix.rfind('.');
  std::string last = dot == std::string::npos ? prefix : prefix.substr(dot + 1);
  if (last.empty() || !std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
  const std::string head = dot == std::string::npos ? "" : prefix.substr(0, dot + 1);
  return head + std::to_string(std::stoull(last) + 1);
}

// One versions[] item as a vers range over `scheme`, or "" when it cannot be
// expressed (git commit ranges: no order a release could be placed in).
std::string range_of(const json::Value& v, const std::string& scheme) {
  const std::string type = str(v, "versionType");
  if (type == "git") return {};
  const std::string from = str(v, "version");
  const std::string less = str(v, "lessThan");
  const std::string less_eq = str(v, "lessThanOrEqual");
  if (from.empty() || from == "n/a" || from == "unspecified") return {};
  // Some CNAs write "< 4.1.108.Final" into version itself.
  if (from[0] == '<' || from[0] == '>' || from[0] == '=') {
    std::string t = "vers:" + scheme + "/";
    for (char c : from)
      if (c != ' ') t.push_back(c);
    return t;
  }
  std::string lower_bound = from == "0" ? "" : ">=" + from;
  std::string upper;
  if (!less.empty() && less != "*") {
    upper = "<" + less;
  } else if (!less_eq.empty() && less_eq != "*") {
    if (less_eq.size() > 2 && less_eq.substr(less_eq.size() - 2) == ".*") {
      std::string next = next_series(less_eq);
      if (next.empty()) return {};
      upper = "<" + next;
    } else {
      upper = "<=" + less_eq;
    }
  } else if (less.empty() && less_eq.empty()) {
    // A single version: exactly that one, except that the kernel CNA's
    // affected "3.8" with defaultStatus means "from 3.8 on".
    return "";
  }
  if (lower_bound.empty() && upper.empty()) return "vers:" + scheme + "/*";
  std::string t = "vers:" + scheme + "/" + lower_bound;
  if (!upper.empty()) t += (lower_bound.empty() ? "" : "|") + upper;
  return t;
}

}  // namespace

Result<std::vector<Claim>> claims_from_cve_record(const json::Value& root, const std::string& path) {
  auto meta = root.find("cveMetadata");
  auto cna = root.find("containers") ? root.find("containers")->find("cna") : std::nullopt;
  if (!meta || !cna || !meta->is_object() || !cna->is_object())
    return make_error(ErrorCode::kInvalidInput, "a CVE JSON 5 record needs cveMetadata and containers.cna", path);
  SourceRef base;
  base.path = path;
  base.format = "cve";
  base.document_id = str(*meta, "cveId");
  base.publisher = str(*meta, "assignerShortName");
  base.revision = str(*meta, "dateUpdated");
  base.updated = base.revision;
  if (base.document_id.empty())
    return make_error(ErrorCode::kInvalidInput, "no cveMetadata.cveId", path + "#" + meta->pointer());
  std::vector<Claim> out;
  auto affected = cna->find("affected");
  if (!affected || !affected->is_array()) return out;
  for (json::Value entry : affected->items()) {
    if (!entry.is_object()) continue;
    const bool kernel = is_linux_kernel(entry);
    Claim proto;
    proto.vulnerability = base.document_id;
    proto.source = base;
    proto.product = str(entry, "vendor") == str(entry, "product") ? str(entry, "product")
                                                                   : str(entry, "vendor") + " " + str(entry, "product");
    if (kernel) {
      proto.ecosystem = "linux-kernel";
      proto.name = "linux";
    } else {
      const std::string package = str(entry, "packageName");
      proto.name = lower(package.empty() ? str(entry, "product") : package);
      const std::string collection = str(entry, "collectionURL");
      proto.ecosystem = collection.find("npmjs") != std::string::npos   ? "npm"
                        : collection.find("pypi") != std::string::npos  ? "pypi"
                        : collection.find("maven") != std::string::npos ? "maven"
                                                                         : "generic";
      if (proto.name.empty() || proto.name == "n/a") continue;  // nothing to match
    }
    if (auto files = entry.find("programFiles"); files && files->is_array())
      for (json::Value f : files->items())
        if (f.is_string()) proto.program_files.push_back(std::string(f.as_string()));
    const std::string default_status = str(entry, "defaultStatus");
    auto versions = entry.find("versions");
    bool any = false;
    if (versions && versions->is_array()) {
      for (json::Value v : versions->items()) {
        if (!v.is_object()) continue;
        const std::string status = str(v, "status");
        const std::string scheme = kernel ? "generic" : (str(v, "versionType") == "semver" ? "semver" : "generic");
        std::string range = range_of(v, scheme);
        const std::string from = str(v, "version");
        if (range.empty() && str(v, "versionType") != "git" && !from.empty() && from != "n/a" &&
            str(v, "lessThan").empty() && str(v, "lessThanOrEqual").empty()) {
          // A lone version: with defaultStatus "unaffected" the kernel CNA
          // means "affected from here on" (ended by the unaffected spans).
          if (kernel && status == "affected") range = "vers:generic/>=" + from;
        }
        if (range.empty()) {
          if (from.empty() || str(v, "versionType") == "git") continue;
          Claim c = proto;
          c.version = from;
          c.status = status == "affected" ? ClaimStatus::kAffected : ClaimStatus::kFixed;
          c.source.pointer = v.pointer();
          out.push_back(std::move(c));
          any = true;
          continue;
        }
        Claim c = proto;
        c.vers = range;
        c.source.pointer = v.pointer();
        if (status == "affected") {
          c.status = ClaimStatus::kAffected;
          if (!str(v, "lessThan").empty() && str(v, "lessThan") != "*") c.fixed_version = str(v, "lessThan");
        } else if (status == "unaffected") {
          // Below the version that introduced the flaw: never affected. A
          // span after a backport: fixed.
          c.status = (from == "0") ? ClaimStatus::kNotAffected : ClaimStatus::kFixed;
        } else {
          c.status = ClaimStatus::kUnderInvestigation;  // "unknown"
        }
        out.push_back(std::move(c));
        any = true;
      }
    }
    if (!any && default_status == "affected") {
      Claim c = proto;  // every version, as far as the record says
      c.status = ClaimStatus::kAffected;
      c.source.pointer = entry.pointer();
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace vt::matching
