#include "inventory/snapshot.h"

#include "inventory/decompress.h"
#include "json/json.h"
#include "json/writer.h"

namespace vt::inventory {
namespace {

constexpr std::string_view kSchema = "vextriage.snapshot/1";

std::string first_line(std::string_view s) {
  std::size_t end = s.find('\n');
  std::string_view l = s.substr(0, end);
  while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
  return std::string(l);
}

std::string read_proc(const RootFs& root, const char* path, std::vector<std::string>& warnings) {
  auto text = root.read_file(path, 1 << 20);
  if (!text.ok()) {
    warnings.push_back("could not read " + std::string(path) + ": " + text.error().message);
    return {};
  }
  return *text;
}

}  // namespace

Result<Inventory> collect_snapshot(const RootFs& root, const CollectOptions& options) {
  VT_ASSIGN_OR_RETURN(Inventory inv, inventory_root(root, "", "/", "snapshot"));
  RunningSystem rs;
  rs.collected_at = options.collected_at;
  rs.machine = options.machine;
  rs.kernel_release = first_line(read_proc(root, "/proc/sys/kernel/osrelease", inv.warnings));
  rs.hostname = first_line(read_proc(root, "/proc/sys/kernel/hostname", inv.warnings));
  rs.boot_id = first_line(read_proc(root, "/proc/sys/kernel/random/boot_id", inv.warnings));
  inv.name = rs.hostname;
  if (auto r = parse_kernel_release(rs.kernel_release); r.ok()) rs.wsl = r->wsl2 || r->wsl1;
  if (root.exists("/proc/sys/fs/binfmt_misc/WSLInterop")) rs.wsl = true;
  if (auto modules = root.read_file("/proc/modules", 16 << 20); modules.ok())
    rs.loaded_modules = parse_proc_modules(*modules);
  else
    inv.warnings.push_back("could not read /proc/modules: " + modules.error().message);
  // The running kernel's configuration: /proc/config.gz (CONFIG_IKCONFIG_PROC),
  // else the distribution's /boot/config-<release>.
  if (auto gz = root.read_file("/proc/config.gz", 16 << 20); gz.ok()) {
    auto text = decompress(*gz, 64 << 20, "/proc/config.gz");
    if (text.ok()) rs.kernel_config = parse_kernel_config(*text, "/proc/config.gz");
    else inv.warnings.push_back(text.error().to_string());
  }
  if (!rs.kernel_config && !rs.kernel_release.empty()) {
    std::string path = "/boot/config-" + rs.kernel_release;
    if (auto text = root.read_file(path, 16 << 20); text.ok()) rs.kernel_config = parse_kernel_config(*text, path);
  }
  if (!rs.kernel_config)
    inv.warnings.push_back("no configuration found for the running kernel (/proc/config.gz, /boot/config-" +
                           rs.kernel_release + ")");
  inv.running = std::move(rs);
  return inv;
}

bool looks_like_snapshot(std::string_view text) {
  return text.find(kSchema) != std::string_view::npos && text.find("\"schema\"") != std::string_view::npos;
}

std::string write_snapshot_json(const Inventory& inv) {
  json::Writer w;
  w.begin_object().member("schema", kSchema).member("name", inv.name);
  if (inv.running) {
    const auto& rs = *inv.running;
    w.key("host").begin_object().member("hostname", rs.hostname).member("boot_id", rs.boot_id)
        .member("collected_at", rs.collected_at).member("kernel_release", rs.kernel_release)
        .member("machine", rs.machine).member("wsl", rs.wsl).end_object();
    w.key("loaded_modules").begin_array();
    for (const auto& m : rs.loaded_modules)
      w.begin_object().member("name", m.name).member("size", m.size).member("state", m.state).end_object();
    w.end_array();
    if (rs.kernel_config) {
      // As key/value pairs in file order is not kept; a map serialises the facts.
      w.key("kernel_config").begin_object().member("source", rs.kernel_config->source)
          .member("version", rs.kernel_config->header_version).key("options").begin_object();
      for (const auto& [k, e] : rs.kernel_config->options) w.member(k, e.value);
      w.end_object().end_object();
    }
  }
  w.key("os_release").begin_object();
  if (inv.platform) {
    w.member("source", inv.platform->os_release.source).key("fields").begin_object();
    for (const auto& [k, v] : inv.platform->os_release.fields) w.member(k, v);
    w.end_object();
  }
  w.end_object();
  w.key("package_databases").begin_array();
  for (const auto& db : inv.databases)
    w.begin_object().member("ecosystem", db.ecosystem).member("format", db.format).member("path", db.path)
        .member("packages", static_cast<std::uint64_t>(db.packages)).end_object();
  w.end_array().key("packages").begin_array();
  for (const auto& c : inv.components) {
    if (c.kind != ComponentKind::kPackage) continue;
    w.begin_object().member("ecosystem", c.ecosystem).member("name", c.name).member("version", c.version)
        .member("epoch", c.epoch).member("release", c.release).member("arch", c.arch)
        .member("source_name", c.source_name).member("source_version", c.source_version)
        .member("vendor", c.vendor).member("status", c.status).member("evidence", c.evidence).end_object();
  }
  w.end_array().key("installed_kernels").begin_array();
  for (const auto& k : inv.kernels) {
    w.begin_object().member("release", k.release).member("image", k.image_path).key("evidence").begin_array();
    for (const auto& e : k.evidence) w.value(e);
    w.end_array().end_object();
  }
  w.end_array().key("warnings").begin_array();
  for (const auto& m : inv.warnings) w.value(m);
  w.end_array().end_object();
  return w.take() + "\n";
}

Result<Inventory> read_snapshot_json(std::string_view text, const std::string& where) {
  json::Parser parser;
  VT_ASSIGN_OR_RETURN(json::Value root, parser.parse(text, where));
  auto bad = [&](const json::Value& v, std::string what) {
    return make_error(ErrorCode::kInvalidInput, what, where + "#" + v.pointer());
  };
  if (!root.is_object() || !root.find("schema") || root.find("schema")->as_string() != kSchema)
    return bad(root, "expected a vextriage snapshot (\"schema\": \"" + std::string(kSchema) + "\")");
  Inventory inv;
  inv.kind = "snapshot";
  inv.source = where;
  auto str = [](const json::Value& obj, std::string_view key) {
    auto v = obj.find(key);
    return v ? std::string(v->as_string()) : std::string();
  };
  inv.name = str(root, "name");
  if (auto host = root.find("host"); host && host->is_object()) {
    RunningSystem rs;
    rs.hostname = str(*host, "hostname");
    rs.boot_id = str(*host, "boot_id");
    rs.collected_at = str(*host, "collected_at");
    rs.kernel_release = str(*host, "kernel_release");
    rs.machine = str(*host, "machine");
    rs.wsl = host->find("wsl") && host->find("wsl")->as_bool();
    if (auto mods = root.find("loaded_modules"); mods && mods->is_array())
      for (auto m : mods->items())
        rs.loaded_modules.push_back({str(m, "name"), m.find("size") ? static_cast<std::uint64_t>(m.find("size")->as_int64()) : 0,
                                     str(m, "state")});
    if (auto cfg = root.find("kernel_config"); cfg && cfg->is_object()) {
      KernelConfig kc;
      kc.source = str(*cfg, "source");
      kc.header_version = str(*cfg, "version");
      if (auto opts = cfg->find("options"); opts && opts->is_object())
        for (auto m : opts->members()) kc.options[std::string(m.key)] = {std::string(m.value.as_string()), 0};
      rs.kernel_config = std::move(kc);
    }
    inv.running = std::move(rs);
  }
  if (auto os = root.find("os_release"); os && os->find("fields")) {
    OsRelease rel;
    rel.source = str(*os, "source");
    for (auto m : os->find("fields")->members()) rel.fields.emplace_back(std::string(m.key), std::string(m.value.as_string()));
    inv.platform = platform_from(std::move(rel));
  }
  if (auto dbs = root.find("package_databases"); dbs && dbs->is_array())
    for (auto d : dbs->items())
      inv.databases.push_back({str(d, "ecosystem"), str(d, "format"), str(d, "path"),
                               static_cast<std::size_t>(d.find("packages") ? d.find("packages")->as_int64() : 0)});
  auto packages = root.find("packages");
  if (!packages || !packages->is_array()) return bad(root, "expected a 'packages' array");
  for (auto p : packages->items()) {
    Component c;
    c.kind = ComponentKind::kPackage;
    c.ecosystem = str(p, "ecosystem");
    c.name = str(p, "name");
    if (c.name.empty()) return bad(p, "package without a name");
    c.version = str(p, "version");
    c.epoch = str(p, "epoch");
    c.release = str(p, "release");
    c.arch = str(p, "arch");
    c.source_name = str(p, "source_name");
    c.source_version = str(p, "source_version");
    c.vendor = str(p, "vendor");
    c.status = str(p, "status");
    c.evidence = str(p, "evidence");
    inv.components.push_back(std::move(c));
  }
  if (auto ks = root.find("installed_kernels"); ks && ks->is_array())
    for (auto k : ks->items()) {
      InstalledKernel ik;
      ik.release = str(k, "release");
      ik.image_path = str(k, "image");
      inv.kernels.push_back(std::move(ik));
    }
  if (inv.running && !inv.running->kernel_release.empty()) {
    Component c;
    c.kind = ComponentKind::kKernel;
    c.name = "linux";
    c.version = inv.running->kernel_release;
    c.evidence = "/proc/sys/kernel/osrelease";
    inv.components.push_back(std::move(c));
  }
  if (auto ws = root.find("warnings"); ws && ws->is_array())
    for (auto w : ws->items()) inv.warnings.emplace_back(w.as_string());
  return inv;
}

}  // namespace vt::inventory
