#include "version/purl.h"

#include <algorithm>
#include <cctype>

#include "core/strings.h"

namespace vt::version {
namespace {

using Namespace = PurlTypeRules::Namespace;

struct TypeRules {
  std::string_view type;
  PurlTypeRules rules;
};

// From the purl-spec type definitions (types/*-definition.json, checked by
// purl_conformance_test.cpp): whether a namespace is required or prohibited
// and which parts are case-insensitive (and so lowercased).
// {type, {namespace, lowercase namespace, lowercase name, lowercase version}}
constexpr TypeRules kTypes[] = {
    {"alpm", {Namespace::kRequired, true, true, false}},
    {"apk", {Namespace::kRequired, true, true, false}},
    {"bazel", {Namespace::kProhibited, false, false, false}},
    {"bitbucket", {Namespace::kRequired, true, true, false}},
    {"bitnami", {Namespace::kProhibited, false, true, false}},
    {"brew", {Namespace::kOptional, true, true, false}},
    {"cargo", {Namespace::kProhibited, false, false, false}},
    {"chrome-extension", {Namespace::kProhibited, false, true, false}},
    {"cocoapods", {Namespace::kProhibited, false, false, false}},
    {"composer", {Namespace::kRequired, true, true, false}},
    {"conan", {Namespace::kOptional, false, false, false}},
    {"conda", {Namespace::kProhibited, false, false, false}},
    {"cpan", {Namespace::kOptional, false, false, false}},
    {"cran", {Namespace::kProhibited, false, false, false}},
    {"deb", {Namespace::kRequired, true, true, false}},
    {"docker", {Namespace::kOptional, false, false, false}},
    {"gem", {Namespace::kProhibited, false, false, false}},
    {"generic", {Namespace::kOptional, false, false, false}},
    {"git", {Namespace::kRequired, false, false, false}},
    {"github", {Namespace::kRequired, true, true, false}},
    {"golang", {Namespace::kRequired, false, false, false}},
    {"hackage", {Namespace::kProhibited, false, false, false}},
    {"hex", {Namespace::kOptional, true, true, false}},
    {"huggingface", {Namespace::kRequired, false, false, true}},
    {"julia", {Namespace::kProhibited, false, false, false}},
    {"luarocks", {Namespace::kOptional, true, true, false}},
    {"maven", {Namespace::kRequired, false, false, false}},
    {"mlflow", {Namespace::kProhibited, false, false, false}},
    {"npm", {Namespace::kOptional, false, false, false}},
    {"nuget", {Namespace::kProhibited, false, false, false}},
    {"oci", {Namespace::kProhibited, false, true, true}},
    {"opam", {Namespace::kProhibited, false, false, false}},
    {"otp", {Namespace::kProhibited, false, true, false}},
    {"pub", {Namespace::kProhibited, false, true, false}},
    {"pypi", {Namespace::kProhibited, false, true, true}},
    {"qpkg", {Namespace::kRequired, true, false, false}},
    {"rpm", {Namespace::kRequired, true, false, false}},
    {"swid", {Namespace::kOptional, false, false, false}},
    {"swift", {Namespace::kRequired, false, false, false}},
    {"vcpkg", {Namespace::kProhibited, false, false, false}},
    {"vscode-extension", {Namespace::kRequired, true, true, true}},
    {"yocto", {Namespace::kOptional, true, false, false}},
};

const PurlTypeRules* rules_for(std::string_view type) {
  for (const auto& r : kTypes)
    if (r.type == type) return &r.rules;
  return nullptr;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<std::string> decode(std::string_view s, std::string_view what) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out.push_back(s[i]);
      continue;
    }
    if (i + 2 >= s.size() || hex_value(s[i + 1]) < 0 || hex_value(s[i + 2]) < 0)
      return make_error(ErrorCode::kInvalidInput, "bad percent-encoding in the " + std::string(what));
    out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
    i += 2;
  }
  return out;
}

// Characters written as they are; everything else is percent-encoded.
bool unreserved(char c) {
  if (std::isalnum(static_cast<unsigned char>(c))) return true;
  switch (c) {
    case '.': case '-': case '_': case '~': return true;
    case ':': return true;  // the spec leaves ':' unencoded everywhere
    default: return false;
  }
}

void encode(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : s) {
    if (unreserved(c)) {
      out.push_back(c);
    } else {
      auto u = static_cast<unsigned char>(c);
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
}

bool valid_type(std::string_view t) {
  if (t.empty() || std::isdigit(static_cast<unsigned char>(t[0]))) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
  });
}

bool valid_key(std::string_view k) {
  if (k.empty() || std::isdigit(static_cast<unsigned char>(k[0]))) return false;
  return std::all_of(k.begin(), k.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
  });
}

// Splits on '/', dropping empty segments, decoding each.
Result<std::vector<std::string>> segments(std::string_view s, std::string_view what) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t slash = s.find('/', start);
    if (slash == std::string_view::npos) slash = s.size();
    std::string_view part = s.substr(start, slash - start);
    if (!part.empty()) {
      VT_ASSIGN_OR_RETURN(std::string d, decode(part, what));
      out.push_back(std::move(d));
    }
    start = slash + 1;
  }
  return out;
}

bool has_qualifier(const Purl& p, std::string_view key) {
  return std::any_of(p.qualifiers.begin(), p.qualifiers.end(), [&](const auto& q) { return q.first == key; });
}

// The rules of the type definitions beyond case and namespace presence.
std::string type_problem(const Purl& p) {
  const bool ns = !p.namespace_.empty();
  if (p.type == "conan" && !ns && has_qualifier(p, "channel"))
    return "a conan purl with a channel qualifier needs a namespace (the user)";
  if (p.type == "cran" && p.version.empty()) return "a cran purl needs a version";
  if (p.type == "swift" && p.version.empty()) return "a swift purl needs a version";
  // The current type definition: a cpan purl names a distribution, never a
  // module ("URI::PackageURL").
  if (p.type == "cpan" && p.name.find("::") != std::string::npos)
    return "a cpan purl names a distribution (URI-PackageURL), not a module (URI::PackageURL)";
  if (p.type == "julia" && !has_qualifier(p, "uuid")) return "a julia purl needs the package's uuid qualifier";
  if (p.type == "chrome-extension") {
    if (p.name.size() != 32 || !std::all_of(p.name.begin(), p.name.end(), [](char c) { return c >= 'a' && c <= 'p'; }))
      return "a chrome extension id is 32 letters a-p";
    int dots = 0;
    for (char c : p.version) {
      if (c == '.') ++dots;
      else if (!std::isdigit(static_cast<unsigned char>(c))) return "a chrome extension version is up to four numbers";
    }
    if (dots > 3) return "a chrome extension version is up to four numbers";
  }
  return {};
}

}  // namespace

void normalize(Purl& p) {
  ascii_lower_in_place(p.type);
  if (const PurlTypeRules* r = rules_for(p.type)) {
    if (r->lower_namespace) ascii_lower_in_place(p.namespace_);
    if (r->lower_name) ascii_lower_in_place(p.name);
    if (r->lower_version) ascii_lower_in_place(p.version);
  }
  if (p.type == "pypi") std::replace(p.name.begin(), p.name.end(), '_', '-');
  // pub names are [a-z0-9_]: anything else becomes '_' (type definition).
  if (p.type == "pub")
    for (char& c : p.name)
      if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) c = '_';
  // Repository paths on the big forges are case-insensitive.
  if (p.type == "git" && (p.namespace_ == "github" || p.namespace_ == "github.com" || p.namespace_ == "gitlab.com" ||
                          p.namespace_ == "bitbucket.org")) {
    ascii_lower_in_place(p.namespace_);
    ascii_lower_in_place(p.name);
  }
  // MLflow names are case-insensitive on Databricks only.
  if (p.type == "mlflow")
    for (const auto& [k, v] : p.qualifiers)
      if (k == "repository_url" && v.find("azuredatabricks.net") != std::string::npos)
        ascii_lower_in_place(p.name);
  for (auto& [k, v] : p.qualifiers) ascii_lower_in_place(k);
  std::sort(p.qualifiers.begin(), p.qualifiers.end());
}

Result<Purl> parse_purl(std::string_view text) {
  auto bad = [&](std::string what) {
    return make_error(ErrorCode::kInvalidInput, what + " in package URL \"" + std::string(text) + "\"");
  };
  Purl p;
  std::string_view rest = text;
  if (std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    std::string_view sub = rest.substr(hash + 1);
    for (std::size_t start = 0; start <= sub.size();) {
      std::size_t slash = sub.find('/', start);
      if (slash == std::string_view::npos) slash = sub.size();
      std::string_view raw = sub.substr(start, slash - start);
      start = slash + 1;
      // Only literal "." and ".." are dropped: encoded ones are names.
      if (raw.empty() || raw == "." || raw == "..") continue;
      VT_ASSIGN_OR_RETURN(std::string s, decode(raw, "subpath"));
      if (s.find('/') != std::string::npos) return bad("a subpath segment contains an encoded '/'");
      if (!p.subpath.empty()) p.subpath.push_back('/');
      p.subpath += s;
    }
    rest = rest.substr(0, hash);
  }
  if (std::size_t q = rest.find('?'); q != std::string_view::npos) {
    std::string_view qs = rest.substr(q + 1);
    rest = rest.substr(0, q);
    std::size_t start = 0;
    while (start <= qs.size()) {
      std::size_t amp = qs.find('&', start);
      if (amp == std::string_view::npos) amp = qs.size();
      std::string_view pair = qs.substr(start, amp - start);
      start = amp + 1;
      if (pair.empty()) continue;
      std::size_t eq = pair.find('=');
      if (eq == std::string_view::npos) return bad("a qualifier without '='");
      std::string key(pair.substr(0, eq));
      ascii_lower_in_place(key);
      if (!valid_key(key)) return bad("the qualifier key \"" + key + "\" is not valid");
      VT_ASSIGN_OR_RETURN(std::string value, decode(pair.substr(eq + 1), "qualifier " + key));
      if (value.empty()) continue;  // an empty value is the same as no qualifier
      for (const auto& [k, v] : p.qualifiers)
        if (k == key) return bad("the qualifier \"" + key + "\" appears twice");
      p.qualifiers.emplace_back(std::move(key), std::move(value));
    }
  }
  std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return bad("no \"pkg:\" scheme");
  std::string scheme(rest.substr(0, colon));
  ascii_lower_in_place(scheme);
  if (scheme != "pkg") return bad("the scheme is \"" + scheme + "\", expected \"pkg\"");
  rest = rest.substr(colon + 1);
  while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return bad("no name");
  p.type = std::string(rest.substr(0, slash));
  ascii_lower_in_place(p.type);
  if (!valid_type(p.type)) return bad("the type \"" + p.type + "\" is not valid");
  rest = rest.substr(slash + 1);
  // The version follows the last '/': an npm scope's '@' is part of the namespace.
  const std::size_t name_slash = rest.rfind('/');
  if (std::size_t at = rest.rfind('@');
      at != std::string_view::npos && (name_slash == std::string_view::npos || at > name_slash)) {
    VT_ASSIGN_OR_RETURN(p.version, decode(rest.substr(at + 1), "version"));
    rest = rest.substr(0, at);
  }
  // git: the namespace is the host, the name the repository path under it.
  std::size_t last = p.type == "git" ? rest.find('/') : rest.rfind('/');
  std::string_view name = last == std::string_view::npos ? rest : rest.substr(last + 1);
  if (p.type == "git") {
    VT_ASSIGN_OR_RETURN(auto parts, segments(name, "name"));
    for (const auto& part : parts) {
      if (part.find('/') != std::string::npos) return bad("a name segment contains an encoded '/'");
      p.name += (p.name.empty() ? "" : "/") + part;
    }
  } else {
    VT_ASSIGN_OR_RETURN(p.name, decode(name, "name"));
  }
  if (p.name.empty()) return bad("no name");
  if (last != std::string_view::npos) {
    VT_ASSIGN_OR_RETURN(auto parts, segments(rest.substr(0, last), "namespace"));
    for (const auto& s : parts) {
      if (s.find('/') != std::string::npos) return bad("a namespace segment contains an encoded '/'");
      if (!p.namespace_.empty()) p.namespace_.push_back('/');
      p.namespace_ += s;
    }
  }
  if (const PurlTypeRules* r = rules_for(p.type)) {
    if (r->ns == Namespace::kRequired && p.namespace_.empty()) return bad("type " + p.type + " needs a namespace");
    if (r->ns == Namespace::kProhibited && !p.namespace_.empty())
      return bad("type " + p.type + " has no namespace");
  }
  normalize(p);
  if (std::string problem = type_problem(p); !problem.empty()) return bad(problem);
  return p;
}

std::string Purl::to_string() const {
  std::string out = "pkg:" + type + "/";
  if (!namespace_.empty()) {
    std::size_t start = 0;
    while (start <= namespace_.size()) {
      std::size_t slash = namespace_.find('/', start);
      if (slash == std::string::npos) slash = namespace_.size();
      encode(out, std::string_view(namespace_).substr(start, slash - start));
      out.push_back('/');
      start = slash + 1;
    }
  }
  if (type == "git") {  // path segments of the repository stay separated
    std::size_t start = 0;
    while (start <= name.size()) {
      std::size_t slash = name.find('/', start);
      if (slash == std::string::npos) slash = name.size();
      if (start) out.push_back('/');
      encode(out, std::string_view(name).substr(start, slash - start));
      start = slash + 1;
    }
  } else {
    encode(out, name);
  }
  if (!version.empty()) {
    out.push_back('@');
    encode(out, version);
  }
  bool first = true;
  for (const auto& [k, v] : qualifiers) {
    if (v.empty()) continue;
    out.push_back(first ? '?' : '&');
    first = false;
    out += k;
    out.push_back('=');
    encode(out, v);
  }
  if (!subpath.empty()) {
    out.push_back('#');
    std::size_t start = 0;
    while (start <= subpath.size()) {
      std::size_t slash = subpath.find('/', start);
      if (slash == std::string::npos) slash = subpath.size();
      if (start) out.push_back('/');
      std::string_view seg = std::string_view(subpath).substr(start, slash - start);
      if (seg == "." || seg == "..") {
        for (std::size_t i = 0; i < seg.size(); ++i) out += "%2E";  // a literal one would be dropped
      } else {
        encode(out, seg);
      }
      start = slash + 1;
    }
  }
  return out;
}

Result<Purl> build_purl(Purl p) {
  normalize(p);
  // Empty qualifier values mean "absent" in the specification.
  std::erase_if(p.qualifiers, [](const auto& q) { return q.second.empty(); });
  for (std::size_t i = 1; i < p.qualifiers.size(); ++i)
    if (p.qualifiers[i].first == p.qualifiers[i - 1].first)
      return make_error(ErrorCode::kInvalidInput, "the qualifier \"" + p.qualifiers[i].first + "\" appears twice");
  VT_ASSIGN_OR_RETURN(Purl reparsed, parse_purl(p.to_string()));
  if (!(reparsed == p))
    return make_error(ErrorCode::kInvalidInput, "the components do not survive a round trip: " + p.to_string());
  return reparsed;
}

std::optional<PurlTypeRules> purl_type_rules(std::string_view type) {
  if (const PurlTypeRules* r = rules_for(type)) return *r;
  return std::nullopt;
}

std::optional<std::string_view> Purl::qualifier(std::string_view key) const {
  for (const auto& [k, v] : qualifiers)
    if (k == key) return std::string_view(v);
  return std::nullopt;
}

}  // namespace vt::version
