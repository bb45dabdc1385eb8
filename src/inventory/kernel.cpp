#include "inventory/kernel.h"

#include <algorithm>
#include <cctype>
#include <map>
#include "core/strings.h"

namespace vt::inventory {
namespace {

template <typename F>
void for_each_line(std::string_view text, F f) {
  std::size_t i = 0, n = 0;
  while (i < text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    f(text.substr(i, j - i), ++n);
    i = j + 1;
  }
}

std::string normal_option(std::string_view option) {
  if (option.rfind("CONFIG_", 0) == 0) return std::string(option);
  return "CONFIG_" + std::string(option);
}

}  // namespace

Result<KernelRelease> parse_kernel_release(std::string_view release) {
  KernelRelease r;
  r.release = std::string(trimmed(release));
  std::size_t i = 0;
  int parts = 0;
  std::vector<std::string> numbers;
  while (i < r.release.size()) {
    std::size_t j = i;
    while (j < r.release.size() && std::isdigit(static_cast<unsigned char>(r.release[j]))) ++j;
    if (j == i) break;
    numbers.push_back(r.release.substr(i, j - i));
    ++parts;
    i = j;
    if (i < r.release.size() && r.release[i] == '.' && i + 1 < r.release.size() &&
        std::isdigit(static_cast<unsigned char>(r.release[i + 1])))
      ++i;
    else
      break;
  }
  if (parts < 2)
    return make_error(ErrorCode::kInvalidInput,
                      "kernel release '" + r.release + "' does not start with a version such as 5.15.146");
  r.version = r.release.substr(0, i);
  r.suffix = r.release.substr(i);
  r.upstream = numbers[0] + "." + numbers[1] + "." + (numbers.size() > 2 ? numbers[2] : "0");
  r.wsl1 = r.suffix.find("-Microsoft") != std::string::npos;
  r.wsl2 = !r.wsl1 && r.suffix.find("-microsoft-standard") != std::string::npos;
  return r;
}

const char* to_string(ConfigState state) {
  switch (state) {
    case ConfigState::kAbsent: return "absent";
    case ConfigState::kNo: return "n";
    case ConfigState::kModule: return "m";
    case ConfigState::kBuiltin: return "y";
    case ConfigState::kValue: return "value";
  }
  return "absent";
}

const KernelConfig::Entry* KernelConfig::find(std::string_view option) const {
  auto it = options.find(normal_option(option));
  return it == options.end() ? nullptr : &it->second;
}

ConfigState KernelConfig::state(std::string_view option) const {
  const Entry* e = find(option);
  if (!e) return ConfigState::kAbsent;
  if (e->value == "y") return ConfigState::kBuiltin;
  if (e->value == "m") return ConfigState::kModule;
  if (e->value == "n") return ConfigState::kNo;
  return ConfigState::kValue;
}

KernelConfig parse_kernel_config(std::string_view text, std::string source) {
  KernelConfig c;
  c.source = std::move(source);
  for_each_line(text, [&](std::string_view line, std::size_t n) {
    line = trimmed(line);
    if (line.rfind("# CONFIG_", 0) == 0) {
      std::size_t end = line.find(" is not set");
      if (end != std::string_view::npos) c.options[std::string(line.substr(2, end - 2))] = {"n", n};
      return;
    }
    if (line.rfind("# Linux/", 0) == 0 && c.header_version.empty()) {
      // "# Linux/x86 6.6.87.1 Kernel Configuration"
      std::size_t sp = line.find(' ', 8);
      std::size_t sp2 = sp == std::string_view::npos ? sp : line.find(' ', sp + 1);
      if (sp2 != std::string_view::npos) c.header_version = line.substr(sp + 1, sp2 - sp - 1);
      return;
    }
    if (line.rfind("CONFIG_", 0) != 0) return;
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) return;
    std::string_view value = line.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    c.options[std::string(line.substr(0, eq))] = {std::string(value), n};
  });
  return c;
}

std::vector<LoadedModule> parse_proc_modules(std::string_view text) {
  std::vector<LoadedModule> out;
  for_each_line(text, [&](std::string_view line, std::size_t) {
    std::vector<std::string_view> f;
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      std::size_t j = line.find(' ', i);
      if (j == std::string_view::npos) j = line.size();
      if (j > i) f.push_back(line.substr(i, j - i));
      i = j;
    }
    if (f.size() < 5) return;
    LoadedModule m;
    m.name = f[0];
    m.size = std::strtoull(std::string(f[1]).c_str(), nullptr, 10);
    m.state = f[4];
    out.push_back(std::move(m));
  });
  return out;
}

std::vector<std::string> parse_module_list(std::string_view text) {
  std::vector<std::string> out;
  for_each_line(text, [&](std::string_view line, std::size_t) {
    line = trimmed(line);
    std::size_t colon = line.find(':');
    if (colon != std::string_view::npos) line = line.substr(0, colon);
    if (line.empty()) return;
    std::size_t slash = line.rfind('/');
    std::string_view file = slash == std::string_view::npos ? line : line.substr(slash + 1);
    std::size_t ko = file.find(".ko");
    if (ko == std::string_view::npos) return;
    std::string name(file.substr(0, ko));
    // The kernel treats '-' and '_' in module names alike; /proc/modules shows '_'.
    std::replace(name.begin(), name.end(), '-', '_');
    out.push_back(std::move(name));
  });
  return out;
}

Result<std::vector<InstalledKernel>> read_installed_kernels(const RootFs& fs) {
  std::map<std::string, InstalledKernel> by_release;
  auto kernel = [&](const std::string& release) -> InstalledKernel& {
    auto& k = by_release[release];
    k.release = release;
    return k;
  };
  if (auto boot = fs.list_dir("/boot"); boot.ok()) {
    for (const auto& name : *boot) {
      if (name.rfind("vmlinuz-", 0) == 0 && name.size() > 8) {
        auto& k = kernel(name.substr(8));
        k.image_path = "/boot/" + name;
        k.evidence.push_back(k.image_path);
      } else if (name.rfind("config-", 0) == 0 && name.size() > 7) {
        auto& k = kernel(name.substr(7));
        std::string path = "/boot/" + name;
        if (auto text = fs.read_file(path, 16 << 20); text.ok()) k.config = parse_kernel_config(*text, path);
        k.evidence.push_back(path);
      }
    }
  }
  for (const char* base : {"/lib/modules", "/usr/lib/modules"}) {
    auto dirs = fs.list_dir(base);
    if (!dirs.ok()) continue;
    // /lib is often a link to /usr/lib: read each real directory once.
    for (const auto& release : *dirs) {
      std::string dir = std::string(base) + "/" + release;
      auto st = fs.stat(dir);
      if (!st.ok() || st->type != FileType::kDirectory) continue;
      auto& k = kernel(release);
      if (std::find(k.evidence.begin(), k.evidence.end(), dir) != k.evidence.end()) continue;
      k.evidence.push_back(dir);
      if (k.modules_builtin.empty())
        if (auto t = fs.read_file(dir + "/modules.builtin", 16 << 20); t.ok()) k.modules_builtin = parse_module_list(*t);
      if (k.modules_built.empty())
        if (auto t = fs.read_file(dir + "/modules.dep", 64 << 20); t.ok()) k.modules_built = parse_module_list(*t);
      if (!k.config)
        if (auto t = fs.read_file(dir + "/config", 16 << 20); t.ok()) k.config = parse_kernel_config(*t, dir + "/config");
      if (k.image_path.empty() && fs.exists(dir + "/vmlinuz")) k.image_path = dir + "/vmlinuz";
    }
  }
  std::vector<InstalledKernel> out;
  for (auto& [release, k] : by_release) out.push_back(std::move(k));
  return out;
}

}  // namespace vt::inventory
