// The CWE list and the BCP 47 subtag registry, read once into hash tables.
// Language tags are checked in two steps: the RFC 5646 well-formedness
// grammar (section 2.1), then validity (section 2.2.9): every subtag is
// registered, at most one extlang and with its registered prefix, no
// duplicate variants or extension singletons, and only the extensions the
// data lists. Variant prefixes are a SHOULD in RFC 5646 and are not checked.
#include "validation/catalogues.h"
#include "validation/schema/schema.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "core/string_hash.h"
#include "core/strings.h"
#include "json/json.h"

namespace vt::validation {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

bool all_of(std::string_view s, bool (*pred)(char)) {
  return std::all_of(s.begin(), s.end(), pred);
}

// Grandfathered tags are listed in the RFC 5646 grammar itself (irregular
// and regular); the registry data keeps no text for them.
constexpr std::array<std::string_view, 26> kGrandfathered = {
    "en-gb-oed", "i-ami",     "i-bnn",     "i-default",  "i-enochian",  "i-hak",  "i-klingon",
    "i-lux",     "i-mingo",   "i-navajo",  "i-pwn",      "i-tao",       "i-tay",  "i-tsu",
    "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn",
    "zh-guoyu",  "zh-hakka",  "zh-min",    "zh-min-nan", "zh-xiang"};

bool is_grandfathered(std::string_view lowered) {
  return std::find(kGrandfathered.begin(), kGrandfathered.end(), lowered) != kGrandfathered.end();
}

// One subtag type of the registry: exact subtags plus private-use ranges.
struct SubtagSet {
  std::unordered_set<std::string> exact;
  std::vector<std::pair<std::string, std::string>> ranges;  // "qaa".."qtz"

  bool contains(std::string_view lowered) const {
    if (exact.count(std::string(lowered)) != 0) return true;
    for (const auto& [lo, hi] : ranges) {
      if (lowered.size() == lo.size() && lo <= lowered && lowered <= hi) return true;
    }
    return false;
  }
  void add(std::string_view subtag) {
    const std::string s = ascii_lowered(subtag);
    const auto dots = s.find("..");
    if (dots == std::string::npos) {
      exact.insert(s);
    } else {
      ranges.emplace_back(s.substr(0, dots), s.substr(dots + 2));
    }
  }
};

// A tag split per the RFC 5646 `langtag` production (lowercased views).
struct LangTag {
  std::string_view language;
  std::vector<std::string_view> extlangs;
  std::string_view script, region;
  std::vector<std::string_view> variants;
  std::vector<char> singletons;
  bool private_use_only = false;
};

// Well-formedness per RFC 5646 section 2.1 (grandfathered tags handled by
// the caller). Returns false for anything the grammar does not produce.
bool parse_langtag(std::string_view lowered, LangTag& out) {
  std::vector<std::string_view> subtags;
  std::size_t start = 0;
  while (true) {
    const std::size_t dash = lowered.find('-', start);
    const std::string_view part = lowered.substr(
        start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    if (part.empty() || part.size() > 8 || !all_of(part, is_alnum)) return false;
    subtags.push_back(part);
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }

  std::size_t i = 0;
  const std::size_t n = subtags.size();
  auto private_use_from = [&](std::size_t at) {
    // "x" 1*("-" 1*8alphanum): at least one subtag after the x.
    return at + 1 < n;  // each subtag is already 1..8 alphanumerics
  };

  if (subtags[0] == "x") {
    out.private_use_only = true;
    return private_use_from(0);
  }
  // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
  if (subtags[0].size() < 2 || !all_of(subtags[0], is_alpha)) return false;
  out.language = subtags[i++];
  if (out.language.size() <= 3) {
    while (i < n && out.extlangs.size() < 3 && subtags[i].size() == 3 &&
           all_of(subtags[i], is_alpha)) {
      out.extlangs.push_back(subtags[i++]);
    }
  }
  if (i < n && subtags[i].size() == 4 && all_of(subtags[i], is_alpha)) out.script = subtags[i++];
  if (i < n && ((subtags[i].size() == 2 && all_of(subtags[i], is_alpha)) ||
                (subtags[i].size() == 3 && all_of(subtags[i], is_digit)))) {
    out.region = subtags[i++];
  }
  while (i < n &&
         ((subtags[i].size() >= 5) || (subtags[i].size() == 4 && is_digit(subtags[i][0])))) {
    out.variants.push_back(subtags[i++]);
  }
  while (i < n && subtags[i].size() == 1 && subtags[i] != "x") {
    out.singletons.push_back(subtags[i][0]);
    ++i;
    const std::size_t first = i;
    while (i < n && subtags[i].size() >= 2) ++i;
    if (i == first) return false;  // a singleton needs at least one subtag
  }
  if (i < n && subtags[i] == "x") {
    if (!private_use_from(i)) return false;
    i = n;
  }
  return i == n;
}

Result<json::Value> parse_data_file(json::Parser& parser, const std::string& path) {
  auto root = parser.parse_file(path);
  if (!root) {
    return make_error(root.error().code, "cannot read catalogue: " + root.error().message, path);
  }
  return root;
}

}  // namespace

struct Catalogues::Impl {
  // Looked up by std::string_view (transparent hash and equality: no key
  // copied per lookup).
  template <typename V>
  using ByName = absl::flat_hash_map<std::string, V, StringHash, std::equal_to<>>;
  ByName<std::string> cwe_names;  // "CWE-79" -> name
  // Every name each weakness had in any catalogue version 1.0 ... current.
  ByName<std::vector<std::string>> cwe_all_names;
  SubtagSet languages, scripts, regions, variants;
  std::unordered_map<std::string, std::vector<std::string>> extlang_prefixes;
  std::unordered_set<char> extension_singletons;

  std::shared_ptr<const schema::Validator> cvss_v2, cvss_v30, cvss_v31, csaf, csaf_strict;

  Status load_cwe(json::Parser& parser, const std::string& path);
  Status load_cwe_history(json::Parser& parser, const std::string& path);
  Status load_subtags(json::Parser& parser, const std::string& path);
  Status load_extensions(json::Parser& parser, const std::string& path);
  bool valid_langtag(const LangTag& tag) const;
};

Status Catalogues::Impl::load_cwe(json::Parser& parser, const std::string& path) {
  VT_ASSIGN_OR_RETURN(json::Value root, parse_data_file(parser, path));
  if (!root.is_array()) {
    return make_error(ErrorCode::kInvalidInput, "expected an array of {id, name}", path);
  }
  for (json::Value item : root.items()) {
    const auto id = item.find("id");
    const auto name = item.find("name");
    if (!id || !name || !id->is_string() || !name->is_string()) {
      return make_error(ErrorCode::kInvalidInput, "expected {id, name} strings",
                        path + "#" + item.pointer());
    }
    cwe_names.emplace(std::string(id->as_string()), std::string(name->as_string()));
  }
  if (cwe_names.empty()) {
    return make_error(ErrorCode::kInvalidInput, "the CWE catalogue is empty", path);
  }
  return {};
}

Status Catalogues::Impl::load_cwe_history(json::Parser& parser, const std::string& path) {
  VT_ASSIGN_OR_RETURN(json::Value root, parse_data_file(parser, path));
  if (!root.is_object()) {
    return make_error(ErrorCode::kInvalidInput, "expected {\"<version>\": {\"weaknesses\": [...]}}",
                      path);
  }
  for (auto [version, entry] : root.members()) {
    const auto weaknesses = entry.find("weaknesses");
    if (!weaknesses || !weaknesses->is_array()) {
      return make_error(ErrorCode::kInvalidInput, "expected a \"weaknesses\" array",
                        path + "#" + entry.pointer());
    }
    for (json::Value item : weaknesses->items()) {
      const auto id = item.find("id");
      const auto name = item.find("name");
      if (!id || !name || !id->is_string() || !name->is_string()) continue;
      auto& names = cwe_all_names[std::string(id->as_string())];
      std::string n(name->as_string());
      while (!n.empty() && (n.back() == ' ' || n.back() == '\t')) n.pop_back();
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
    }
  }
  return {};
}

Status Catalogues::Impl::load_subtags(json::Parser& parser, const std::string& path) {
  VT_ASSIGN_OR_RETURN(json::Value root, parse_data_file(parser, path));
  const auto records = root.find("subtags");
  if (!records || !records->is_array()) {
    return make_error(ErrorCode::kInvalidInput, "expected {\"subtags\": [...]}", path);
  }
  for (json::Value record : records->items()) {
    const auto type = record.find("type");
    const auto subtag = record.find("subtag");
    if (!type || !subtag || !type->is_string() || !subtag->is_string()) {
      return make_error(ErrorCode::kInvalidInput, "expected {type, subtag} strings",
                        path + "#" + record.pointer());
    }
    const std::string_view t = type->as_string();
    const std::string_view s = subtag->as_string();
    if (s.empty()) continue;  // grandfathered/redundant records carry no text
    if (t == "language") {
      languages.add(s);
    } else if (t == "script") {
      scripts.add(s);
    } else if (t == "region") {
      regions.add(s);
    } else if (t == "variant") {
      variants.add(s);
    } else if (t == "extlang") {
      auto& prefixes = extlang_prefixes[ascii_lowered(s)];
      if (const auto list = record.find("prefix"); list && list->is_array()) {
        for (json::Value p : list->items()) prefixes.push_back(ascii_lowered(p.as_string()));
      }
    }
  }
  if (languages.exact.empty()) {
    return make_error(ErrorCode::kInvalidInput, "no language subtags found", path);
  }
  return {};
}

Status Catalogues::Impl::load_extensions(json::Parser& parser, const std::string& path) {
  VT_ASSIGN_OR_RETURN(json::Value root, parse_data_file(parser, path));
  if (!root.is_array()) {
    return make_error(ErrorCode::kInvalidInput, "expected an array of {identifier}", path);
  }
  for (json::Value item : root.items()) {
    const auto id = item.find("identifier");
    if (!id || id->as_string().size() != 1) {
      return make_error(ErrorCode::kInvalidInput, "expected a one-letter identifier",
                        path + "#" + item.pointer());
    }
    extension_singletons.insert(ascii_lowered(id->as_string())[0]);
  }
  return {};
}

bool Catalogues::Impl::valid_langtag(const LangTag& tag) const {
  if (tag.private_use_only) return true;
  if (!languages.contains(tag.language)) return false;
  // RFC 5646 2.2.2: only the first extlang position may be used, and an
  // extlang's record names the one language it may follow.
  if (tag.extlangs.size() > 1) return false;
  for (std::string_view ext : tag.extlangs) {
    const auto it = extlang_prefixes.find(std::string(ext));
    if (it == extlang_prefixes.end()) return false;
    if (std::find(it->second.begin(), it->second.end(), tag.language) == it->second.end()) {
      return false;
    }
  }
  if (!tag.script.empty() && !scripts.contains(tag.script)) return false;
  if (!tag.region.empty() && !regions.contains(tag.region)) return false;
  for (std::size_t i = 0; i < tag.variants.size(); ++i) {
    if (!variants.contains(tag.variants[i])) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (tag.variants[j] == tag.variants[i]) return false;
    }
  }
  for (std::size_t i = 0; i < tag.singletons.size(); ++i) {
    if (extension_singletons.count(tag.singletons[i]) == 0) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (tag.singletons[j] == tag.singletons[i]) return false;
    }
  }
  return true;
}

Catalogues::Catalogues() : impl_(std::make_unique<Impl>()) {}
Catalogues::~Catalogues() = default;

Result<std::shared_ptr<const Catalogues>> Catalogues::load(const std::string& data_dir) {
  std::shared_ptr<Catalogues> catalogues(new Catalogues());
  json::Parser parser;
  VT_TRY(catalogues->impl_->load_cwe(parser, data_dir + "/cwe/cwec.json"));
  VT_TRY(catalogues->impl_->load_cwe_history(parser, data_dir + "/cwe/cwec_all_versions.json"));
  VT_TRY(catalogues->impl_->load_subtags(parser, data_dir + "/bcp47/subtags.json"));
  VT_TRY(catalogues->impl_->load_extensions(parser, data_dir + "/bcp47/extensions.json"));
  const std::string first = data_dir + "/schemas/csaf/2.0/referenced_schema/first";
  VT_ASSIGN_OR_RETURN(catalogues->impl_->cvss_v2,
                      schema::Validator::load(first + "/cvss-v2.0.json", {first}));
  VT_ASSIGN_OR_RETURN(catalogues->impl_->cvss_v30,
                      schema::Validator::load(first + "/cvss-v3.0.json", {first}));
  VT_ASSIGN_OR_RETURN(catalogues->impl_->cvss_v31,
                      schema::Validator::load(first + "/cvss-v3.1.json", {first}));
  const std::string csaf_dir = data_dir + "/schemas/csaf/2.0";
  VT_ASSIGN_OR_RETURN(catalogues->impl_->csaf,
                      schema::Validator::load(csaf_dir + "/csaf_json_schema.json", {csaf_dir}));
  VT_ASSIGN_OR_RETURN(
      catalogues->impl_->csaf_strict,
      schema::Validator::load(csaf_dir + "/csaf_json_schema.json", {csaf_dir}, {.strict = true}));
  return std::shared_ptr<const Catalogues>(std::move(catalogues));
}

std::optional<std::string_view> Catalogues::cwe_name(std::string_view cwe_id) const {
  const auto it = impl_->cwe_names.find(cwe_id);
  if (it == impl_->cwe_names.end()) return std::nullopt;
  return std::string_view(it->second);
}

bool Catalogues::cwe_had_name(std::string_view cwe_id, std::string_view name) const {
  const auto it = impl_->cwe_all_names.find(cwe_id);
  return it != impl_->cwe_all_names.end() &&
         std::find(it->second.begin(), it->second.end(), name) != it->second.end();
}

bool Catalogues::cwe_existed(std::string_view cwe_id) const {
  return impl_->cwe_all_names.contains(cwe_id);
}

bool Catalogues::is_valid_language_tag(std::string_view tag) const {
  if (tag.empty()) return false;
  const std::string lowered = ascii_lowered(tag);
  if (is_grandfathered(lowered)) return true;
  LangTag parsed;
  return parse_langtag(lowered, parsed) && impl_->valid_langtag(parsed);
}

const schema::Validator* Catalogues::cvss_schema(std::string_view version) const {
  if (version == "2.0") return impl_->cvss_v2.get();
  if (version == "3.0") return impl_->cvss_v30.get();
  if (version == "3.1") return impl_->cvss_v31.get();
  return nullptr;
}

const schema::Validator* Catalogues::csaf_schema(bool strict) const {
  return strict ? impl_->csaf_strict.get() : impl_->csaf.get();
}

bool Catalogues::is_known_language(std::string_view subtag) const {
  const std::string lowered = ascii_lowered(subtag);
  return is_grandfathered(lowered) || impl_->languages.contains(lowered);
}

}  // namespace vt::validation
