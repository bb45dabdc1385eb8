// What both SBOM writers share: package URLs for inventoried components, the
// output order and the content-derived UUID.
#include <algorithm>
#include <tuple>

#include "core/hash.h"
#include "inventory/sbom.h"
#include "inventory/sbom_detail.h"
#include "version/purl.h"

namespace vt::inventory {

std::string purl_of(const Component& c, const Platform* platform) {
  if (!c.purl.empty()) return c.purl;
  if (c.kind != ComponentKind::kPackage || c.ecosystem.empty() || c.name.empty()) return {};
  version::Purl p;
  p.type = c.ecosystem;
  p.namespace_ = platform ? platform->purl_namespace : "";
  if (p.namespace_.empty()) p.namespace_ = c.ecosystem == "deb" ? "debian" : c.ecosystem == "apk" ? "alpine" : "";
  p.name = c.name;
  p.version = c.version;
  std::string epoch = c.epoch;
  // deb keeps the epoch in the version; the purl, as trivy writes it, in a qualifier.
  if (c.ecosystem == "deb") {
    std::size_t colon = p.version.find(':');
    if (colon != std::string::npos && colon > 0 &&
        std::all_of(p.version.begin(), p.version.begin() + static_cast<std::ptrdiff_t>(colon),
                    [](char ch) { return ch >= '0' && ch <= '9'; })) {
      epoch = p.version.substr(0, colon);
      p.version.erase(0, colon + 1);
    }
  }
  if (!c.arch.empty()) p.qualifiers.emplace_back("arch", c.arch);
  if (platform && !platform->purl_distro.empty()) p.qualifiers.emplace_back("distro", platform->purl_distro);
  if (!epoch.empty() && epoch != "0") p.qualifiers.emplace_back("epoch", epoch);
  auto built = version::build_purl(std::move(p));
  return built.ok() ? built->to_string() : std::string();
}

namespace sbom_detail {

std::vector<const Component*> sorted_components(const Inventory& inv) {
  std::vector<const Component*> out;
  out.reserve(inv.components.size());
  for (const auto& c : inv.components) out.push_back(&c);
  auto key = [](const Component* c) {
    return std::tie(c->kind, c->ecosystem, c->name, c->version, c->epoch, c->arch, c->evidence, c->purl);
  };
  std::stable_sort(out.begin(), out.end(), [&](const Component* a, const Component* b) { return key(a) < key(b); });
  return out;
}

std::string content_uuid(const Inventory& inv, std::string_view format) {
  Hasher h(HashAlgorithm::kSha256);
  auto field = [&h](std::string_view s) {
    h.update(s);
    h.update(std::string_view("\0", 1));
  };
  field(format);
  field(inv.name);
  field(inv.kind);
  if (inv.platform) {
    field(inv.platform->id);
    field(inv.platform->version_id);
  }
  for (const Component* c : sorted_components(inv)) {
    field(to_string(c->kind));
    field(c->ecosystem);
    field(c->name);
    field(c->version);
    field(c->epoch);
    field(c->arch);
    field(c->purl);
    field(c->evidence);
  }
  std::string x = h.hex_final().substr(0, 32);
  x[12] = '5';                                                         // version: name-based (SHA)
  x[16] = "89ab"[std::stoi(std::string(1, x[16]), nullptr, 16) & 3];  // variant: RFC 4122
  return x.substr(0, 8) + "-" + x.substr(8, 4) + "-" + x.substr(12, 4) + "-" + x.substr(16, 4) + "-" + x.substr(20, 12);
}

}  // namespace sbom_detail
}  // namespace vt::inventory
