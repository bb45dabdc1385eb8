#include "inventory/os_release.h"

#include <algorithm>
#include "core/strings.h"

namespace vt::inventory {
namespace {

// Blanks around a line, a key or a value; CR too (files written on Windows).
constexpr std::string_view kBlanks = " \t\r";

// Shell-like value: "double" (\" \\ \$ \` escapes), 'single' (literal), or bare.
std::string unquote(std::string_view v) {
  std::string out;
  char quote = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (quote == 0 && (c == '"' || c == '\'')) {
      quote = c;
    } else if (quote != 0 && c == quote) {
      quote = 0;
    } else if (c == '\\' && quote != '\'' && i + 1 < v.size()) {
      out += v[++i];
    } else if (quote == 0 && c == '#') {
      break;  // an unquoted comment after the value
    } else {
      out += c;
    }
  }
  return std::string(trimmed(out, kBlanks));
}

bool in(std::string_view id, std::initializer_list<std::string_view> ids) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::string_view OsRelease::get(std::string_view key) const {
  for (const auto& [k, v] : fields)
    if (k == key) return v;
  return {};
}

std::vector<std::string> OsRelease::id_like() const {
  std::vector<std::string> out;
  std::string_view s = get("ID_LIKE");
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

OsRelease parse_os_release(std::string_view text, std::string source) {
  OsRelease out;
  out.source = std::move(source);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view line = trimmed(text.substr(i, j - i), kBlanks);
    i = j + 1;
    if (line.empty() || line[0] == '#') continue;
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view key = trimmed(line.substr(0, eq), kBlanks);
    if (key.find(' ') != std::string_view::npos) continue;
    std::string value = unquote(trimmed(line.substr(eq + 1), kBlanks));
    // A repeated key: the last one wins, as when the shell sources the file.
    auto it = std::find_if(out.fields.begin(), out.fields.end(), [&](auto& f) { return f.first == key; });
    if (it != out.fields.end()) it->second = std::move(value);
    else out.fields.emplace_back(std::string(key), std::move(value));
  }
  return out;
}

const char* to_string(Lineage lineage) {
  switch (lineage) {
    case Lineage::kUnknown: return "unknown";
    case Lineage::kMicrosoft: return "microsoft";
    case Lineage::kDebian: return "debian";
    case Lineage::kAlpine: return "alpine";
    case Lineage::kRhel: return "rhel";
    case Lineage::kSuse: return "suse";
    case Lineage::kWolfi: return "wolfi";
    case Lineage::kPhoton: return "photon";
    case Lineage::kOther: return "other";
  }
  return "unknown";
}

Lineage lineage_of(std::string_view id, const std::vector<std::string>& id_like) {
  if (in(id, {"azurelinux", "mariner", "cbl-mariner"})) return Lineage::kMicrosoft;
  if (in(id, {"alpine", "postmarketos"})) return Lineage::kAlpine;
  if (in(id, {"wolfi", "chainguard"})) return Lineage::kWolfi;
  if (in(id, {"photon"})) return Lineage::kPhoton;
  if (in(id, {"debian", "ubuntu", "linuxmint", "raspbian", "kali", "devuan", "pengwin", "pop", "elementary"}))
    return Lineage::kDebian;
  if (in(id, {"rhel", "centos", "rocky", "almalinux", "ol", "fedora", "amzn", "scientific", "eurolinux",
              "cloudlinux", "miraclelinux", "clearos", "tencentos", "openEuler", "fedoraremixforwsl"}))
    return Lineage::kRhel;
  if (in(id, {"sles", "sled", "opensuse", "opensuse-leap", "opensuse-tumbleweed", "sle-micro", "sl-micro",
              "suse-microos", "opensuse-microos"}))
    return Lineage::kSuse;
  // Derivatives say whom they are like.
  for (const auto& like : id_like) {
    if (like == "debian" || like == "ubuntu") return Lineage::kDebian;
    if (like == "rhel" || like == "fedora" || like == "centos") return Lineage::kRhel;
    if (like == "suse" || like == "sles" || like == "opensuse") return Lineage::kSuse;
    if (like == "alpine") return Lineage::kAlpine;
  }
  if (id.empty()) return Lineage::kUnknown;
  return Lineage::kOther;
}

Platform platform_from(OsRelease os) {
  Platform p;
  p.id = std::string(os.id());
  p.version_id = std::string(os.version_id());
  p.pretty_name = std::string(os.get("PRETTY_NAME"));
  p.lineage = lineage_of(p.id, os.id_like());
  // purl conventions (purl-spec types rpm/deb/apk and what trivy/syft emit):
  // the namespace is the vendor, the distro qualifier is "<id>-<version>".
  std::string ns = p.id;
  std::string distro_id = p.id;
  if (p.id == "mariner") {
    ns = "cbl-mariner";
    distro_id = "cbl-mariner";
  } else if (p.id == "rhel") {
    ns = "redhat";
  } else if (p.id == "ol") {
    ns = "oracle";
  } else if (p.id == "amzn") {
    ns = "amazon";
  } else if (p.id.rfind("opensuse", 0) == 0 || p.id == "sles" || p.id == "sled") {
    ns = p.id == "sles" || p.id == "sled" ? "suse" : "opensuse";
  }
  p.purl_namespace = ns;
  p.purl_distro = p.version_id.empty() ? distro_id : distro_id + "-" + p.version_id;
  p.os_release = std::move(os);
  return p;
}

Result<std::optional<Platform>> read_platform(const RootFs& fs) {
  for (const char* path : {"/etc/os-release", "/usr/lib/os-release"}) {
    auto text = fs.read_file(path, 1 << 20);
    if (!text.ok()) {
      if (text.error().code == ErrorCode::kNotFound) continue;
      return std::move(text).error();
    }
    Platform p = platform_from(parse_os_release(*text, path));
    if (p.version_id.empty() && p.id == "debian") {
      // Distroless and testing images carry the version only here ("10.8", "bookworm/sid").
      if (auto dv = fs.read_file("/etc/debian_version", 4096); dv.ok()) {
        std::string v(trimmed(*dv, kBlanks));
        if (!v.empty() && v.find('/') == std::string::npos) {
          p.version_id = v.substr(0, v.find('.'));
          p.purl_distro = "debian-" + p.version_id;
        }
      }
    }
    if (p.version_id.empty() && p.id == "alpine") {
      if (auto ar = fs.read_file("/etc/alpine-release", 4096); ar.ok()) {
        p.version_id = std::string(trimmed(*ar, kBlanks));
        p.purl_distro = "alpine-" + p.version_id;
      }
    }
    return std::optional<Platform>(std::move(p));
  }
  return std::optional<Platform>();
}

}  // namespace vt::inventory
