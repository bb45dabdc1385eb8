// Package URLs (package-url/purl-spec): parse, canonicalise, build.
// "pkg:rpm/azurelinux/openssh@9.8p1-4.azl3?arch=x86_64&distro=azurelinux-3.0"
// Components are kept decoded; to_string() writes the canonical form
// (lowercase type, sorted lowercase qualifier keys, the type's case rules,
// minimal percent-encoding), so parse(to_string(p)) == p.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace vt::version {

struct Purl {
  std::string type, namespace_, name, version;
  std::vector<std::pair<std::string, std::string>> qualifiers;  // sorted by key, keys lowercase
  std::string subpath;

  std::string to_string() const;
  std::optional<std::string_view> qualifier(std::string_view key) const;

  // The qualifiers the specification gives a meaning for every type.
  std::optional<std::string_view> arch() const { return qualifier("arch"); }
  std::optional<std::string_view> epoch() const { return qualifier("epoch"); }
  std::optional<std::string_view> distro() const { return qualifier("distro"); }
  std::optional<std::string_view> upstream() const { return qualifier("upstream"); }
  std::optional<std::string_view> repository_url() const { return qualifier("repository_url"); }
  friend bool operator==(const Purl&, const Purl&) = default;
};

// Strict parse per the specification; errors say which part is wrong.
Result<Purl> parse_purl(std::string_view text);

// Applies the type's normalisation (case folding, pypi's `_` -> `-`) and
// sorts the qualifiers; parse_purl already returns normalised values.
void normalize(Purl& purl);

// What a purl type definition (purl-spec types/*-definition.json) says about
// the components; types without one follow the generic rules.
struct PurlTypeRules {
  enum class Namespace { kOptional, kRequired, kProhibited };
  Namespace ns = Namespace::kOptional;
  bool lower_namespace = false;  // case-insensitive, so lowercased
  bool lower_name = false;
  bool lower_version = false;
};
std::optional<PurlTypeRules> purl_type_rules(std::string_view type);

// Builds a purl from decoded components: normalises them and checks the
// result the way parse_purl checks text (so the value round-trips).
Result<Purl> build_purl(Purl components);

}  // namespace vt::version
