#include "output/inventory_output.h"

#include <algorithm>
#include <cstdio>

#include "json/writer.h"

namespace vt::output {
namespace {

void write_component(json::Writer& w, const inventory::Component& c) {
  w.begin_object().member("kind", inventory::to_string(c.kind)).member("name", c.name).member("version", c.version);
  if (!c.epoch.empty()) w.member("epoch", c.epoch);
  if (!c.release.empty()) w.member("release", c.release);
  if (!c.arch.empty()) w.member("arch", c.arch);
  if (!c.ecosystem.empty()) w.member("ecosystem", c.ecosystem);
  if (!c.source_name.empty()) w.member("source_name", c.source_name).member("source_version", c.source_version);
  if (!c.purl.empty()) w.member("purl", c.purl);
  if (!c.status.empty()) w.member("status", c.status);
  w.member("evidence", c.evidence).end_object();
}

void write_kernel(json::Writer& w, const inventory::InstalledKernel& k) {
  w.begin_object().member("release", k.release);
  if (auto r = inventory::parse_kernel_release(k.release); r.ok())
    w.member("upstream", r->upstream).member("wsl2", r->wsl2);
  if (!k.image_path.empty()) w.member("image", k.image_path);
  if (k.config) w.member("config", k.config->source).member("config_options", static_cast<std::uint64_t>(k.config->options.size()));
  w.member("modules_builtin", static_cast<std::uint64_t>(k.modules_builtin.size()))
      .member("modules_built", static_cast<std::uint64_t>(k.modules_built.size()));
  w.key("evidence").begin_array();
  for (const auto& e : k.evidence) w.value(e);
  w.end_array().end_object();
}

}  // namespace

std::string render_inventory_json(const std::vector<inventory::Inventory>& inventories) {
  json::Writer w;
  w.begin_object().member("schema", "vextriage.inventory/1").key("artifacts").begin_array();
  for (const auto& inv : inventories) {
    w.begin_object().member("name", inv.name).member("source", inv.source).member("kind", inv.kind);
    if (inv.platform) {
      const auto& p = *inv.platform;
      w.key("platform").begin_object().member("id", p.id).member("version_id", p.version_id)
          .member("pretty_name", p.pretty_name).member("lineage", inventory::to_string(p.lineage))
          .member("evidence", p.os_release.source).end_object();
    } else {
      w.key("platform").null();
    }
    if (inv.image) {
      const auto& im = *inv.image;
      w.key("image").begin_object().member("format", im.format).member("config_digest", im.config_digest)
          .member("created", im.created).member("architecture", im.architecture).member("os", im.os);
      w.key("repo_tags").begin_array();
      for (const auto& t : im.repo_tags) w.value(t);
      w.end_array().key("labels").begin_object();
      for (const auto& [k, v] : im.labels) w.member(k, v);
      w.end_object().member("layers", static_cast<std::uint64_t>(im.layers.size())).end_object();
    }
    w.key("package_databases").begin_array();
    for (const auto& db : inv.databases)
      w.begin_object().member("ecosystem", db.ecosystem).member("format", db.format).member("path", db.path)
          .member("packages", static_cast<std::uint64_t>(db.packages)).end_object();
    w.end_array().key("components").begin_array();
    for (const auto& c : inv.components) write_component(w, c);
    w.end_array().key("kernels").begin_array();
    for (const auto& k : inv.kernels) write_kernel(w, k);
    w.end_array().key("warnings").begin_array();
    for (const auto& m : inv.warnings) w.value(m);
    w.end_array().end_object();
  }
  w.end_array().end_object();
  return w.take() + "\n";
}

std::string render_inventory_table(const std::vector<inventory::Inventory>& inventories, bool color) {
  std::string out;
  const char* bold = color ? "\033[1m" : "";
  const char* reset = color ? "\033[0m" : "";
  char line[512];
  for (const auto& inv : inventories) {
    out += std::string(bold) + inv.name + reset + " (" + inv.kind + ", " + inv.source + ")\n";
    out += "  platform: " +
           (inv.platform ? inv.platform->pretty_name + " [" + inv.platform->id + " " + inv.platform->version_id +
                               ", lineage " + inventory::to_string(inv.platform->lineage) + "]"
                         : std::string("unknown (no os-release)")) +
           "\n";
    for (const auto& db : inv.databases)
      out += "  database: " + db.format + " " + db.path + " (" + std::to_string(db.packages) + " packages)\n";
    if (inv.databases.empty()) out += "  database: none found: absence of a package proves nothing here\n";
    if (inv.running) {
      const auto& rs = *inv.running;
      out += "  running:  " + rs.kernel_release + (rs.wsl ? " (WSL)" : "") +
             (rs.kernel_config ? ", config " + rs.kernel_config->source : std::string(", no config")) + ", " +
             std::to_string(rs.loaded_modules.size()) + " modules loaded, collected " + rs.collected_at + "\n";
    }
    for (const auto& k : inv.kernels)
      out += "  kernel:   " + k.release + (k.config ? " (config " + k.config->source + ")" : std::string(" (no config)")) + "\n";
    std::vector<const inventory::Component*> sorted;
    for (const auto& c : inv.components)
      if (c.kind == inventory::ComponentKind::kPackage) sorted.push_back(&c);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->name < b->name; });
    if (!sorted.empty()) {
      std::snprintf(line, sizeof line, "  %-40s %-32s %-10s %s\n", "PACKAGE", "VERSION", "ARCH", "SOURCE");
      out += line;
    }
    for (const auto* c : sorted) {
      std::string version = c->epoch.empty() ? c->version : c->epoch + ":" + c->version;
      std::snprintf(line, sizeof line, "  %-40s %-32s %-10s %s\n", c->name.c_str(), version.c_str(), c->arch.c_str(),
                    c->source_name.c_str());
      out += line;
    }
    for (const auto& w : inv.warnings) out += "  warning: " + w + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace vt::output
