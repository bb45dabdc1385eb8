// Recognising an SBOM and the helpers both readers share: what a purl says
// about a component, the platform, and the package databases an SBOM stands for.
#include <map>
#include <set>

#include "core/strings.h"
#include "inventory/sbom.h"
#include "inventory/sbom_detail.h"
#include "version/purl.h"

namespace vt::inventory {

Result<Inventory> read_cyclonedx(const json::Value& root, const std::string& where);
Result<Inventory> read_spdx(const json::Value& root, const std::string& where);

namespace sbom_detail {

std::string str(const json::Value& obj, std::string_view key) {
  if (!obj.is_object()) return {};
  auto v = obj.find(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (ch < '0' || ch > '9') return false;
  return true;
}

}  // namespace

void complete_from_purl(Component& c, const std::string& where, std::vector<std::string>& warnings) {
  std::string purl_version;
  if (!c.purl.empty()) {
    auto p = version::parse_purl(c.purl);
    if (!p.ok()) {
      warnings.push_back(where + ": purl '" + c.purl + "' not understood (" + p.error().message + "), kept as written");
    } else {
      c.ecosystem = p->type;
      purl_version = p->version;
      if (c.version.empty()) c.version = p->version;
      if (auto arch = p->arch(); arch && c.arch.empty()) c.arch = std::string(*arch);
      if (auto epoch = p->epoch(); epoch && c.epoch.empty() && c.ecosystem == "rpm") c.epoch = std::string(*epoch);
      // deb keeps the epoch inside the version, as dpkg shows it.
      if (auto epoch = p->epoch(); epoch && c.ecosystem == "deb" && c.version.find(':') == std::string::npos &&
                                   *epoch != "0")
        c.version = std::string(*epoch) + ":" + c.version;
    }
  }
  if (c.ecosystem == "rpm") {
    // SPDX writers put the epoch into versionInfo ("1:1.0.2k-19.el7").
    std::size_t colon = c.version.find(':');
    if (colon != std::string::npos && all_digits(std::string_view(c.version).substr(0, colon))) {
      if (c.epoch.empty()) c.epoch = c.version.substr(0, colon);
      c.version.erase(0, colon + 1);
    }
    // Some writers give only the upstream version ("4.2.46") where the purl
    // has version-release ("4.2.46-31.el7"): rpm needs both.
    if (c.version.find('-') == std::string::npos && purl_version.rfind(c.version + "-", 0) == 0)
      c.version = purl_version;
    std::size_t dash = c.version.rfind('-');
    if (dash != std::string::npos && c.release.empty()) c.release = c.version.substr(dash + 1);
  }
}

Platform platform_of(std::string id, std::string version, std::string source,
                     std::vector<std::pair<std::string, std::string>> extra_fields) {
  OsRelease os;
  os.source = std::move(source);
  if (!extra_fields.empty()) {
    os.fields = std::move(extra_fields);
  } else {
    // SBOM writers name the distribution by its os-release ID ("centos",
    // "ubuntu"), some by its display name ("Alpine Linux"): keep a usable ID.
    std::string lowered;
    for (char ch : id) lowered += ch == ' ' ? '-' : ascii_lower(ch);
    if (lowered == "alpine-linux") lowered = "alpine";
    if (lowered == "cbl-mariner") lowered = "mariner";
    if (lowered == "azure-linux") lowered = "azurelinux";
    os.fields = {{"ID", lowered}};
    if (!version.empty()) os.fields.emplace_back("VERSION_ID", version);
    os.fields.emplace_back("PRETTY_NAME", version.empty() ? id : id + " " + version);
  }
  return platform_from(std::move(os));
}

void platform_from_distro_qualifiers(Inventory& inv, const std::string& where) {
  if (inv.platform) return;
  std::set<std::string> distros;
  for (const auto& c : inv.components) {
    if (c.ecosystem != "rpm" && c.ecosystem != "deb" && c.ecosystem != "apk") continue;
    auto p = version::parse_purl(c.purl);
    if (!p.ok()) continue;
    auto d = p->distro();
    if (!d) return;  // a package that does not say: no agreement
    distros.insert(std::string(*d));
  }
  if (distros.size() != 1) return;
  const std::string& d = *distros.begin();
  // "centos-7.6.1810", "cbl-mariner-2.0", "debian-12": the version is the
  // part after the last '-' when it starts with a digit.
  std::size_t dash = d.rfind('-');
  if (dash != std::string::npos && dash + 1 < d.size() && d[dash + 1] >= '0' && d[dash + 1] <= '9')
    inv.platform = platform_of(d.substr(0, dash), d.substr(dash + 1), where + " (purl distro qualifier)");
}

void add_databases(Inventory& inv, const std::string& format, const std::string& where, bool complete) {
  std::map<std::string, std::size_t> counts;
  for (const auto& c : inv.components)
    if (c.kind == ComponentKind::kPackage) ++counts[c.ecosystem];
  if (counts.empty()) counts[""] = 0;
  for (const auto& [ecosystem, n] : counts) inv.databases.push_back({ecosystem, format, where, n, complete});
}

}  // namespace sbom_detail

SbomFormat sniff_sbom(std::string_view text) {
  if (text.find("\"bomFormat\"") != std::string_view::npos) return SbomFormat::kCycloneDx;
  if (text.find("\"spdxVersion\"") != std::string_view::npos) return SbomFormat::kSpdx;
  return SbomFormat::kNone;
}

Result<Inventory> read_sbom(std::string_view text, const std::string& where) {
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(text, where));
  if (!root.is_object()) return make_error(ErrorCode::kInvalidInput, "expected a JSON object (an SBOM)", where + "#");
  if (auto f = root.find("bomFormat")) {
    if (!f->is_string() || f->as_string() != "CycloneDX")
      return make_error(ErrorCode::kUnsupported, "bomFormat: expected \"CycloneDX\"", where + "#/bomFormat");
    return read_cyclonedx(root, where);
  }
  if (root.find("spdxVersion")) return read_spdx(root, where);
  return make_error(ErrorCode::kUnsupported,
                    "neither a CycloneDX (bomFormat) nor an SPDX 2.x (spdxVersion) document", where + "#");
}

}  // namespace vt::inventory
