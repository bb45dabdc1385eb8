// Loading schema files and compiling them into the node graph.
#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <set>

#include "validation/schema/canonical.h"
#include "validation/schema/codegen.h"
#include "validation/schema/compiled.h"
#include "validation/schema/schema.h"
#include "validation/schema/verdict.h"

namespace vt::validation::schema {
namespace {

namespace fs = std::filesystem;

// Keywords that only annotate: accepted and ignored.
const std::set<std::string_view> kAnnotations = {"$schema",
                                                 "$id",
                                                 "$defs",
                                                 "definitions",
                                                 "$comment",
                                                 "title",
                                                 "description",
                                                 "examples",
                                                 "default",
                                                 "deprecated",
                                                 "readOnly",
                                                 "writeOnly",
                                                 "contentMediaType",
                                                 "contentEncoding",
                                                 "$vocabulary",
                                                 "$anchor",
                                                 "id",
                                                 "javaType",
                                                 "meta:enum",
                                                 "$ref_note"};

struct Doc {
  std::unique_ptr<json::Parser> parser;
  json::Value root;
  std::string path;
  std::string id;  // $id without a fragment
};

std::string strip_fragment(std::string_view uri) {
  return std::string(uri.substr(0, uri.find('#')));
}

class Loader {
 public:
  explicit Loader(bool strict = false) : strict_(strict) {}

  Status add_directory(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      return make_error(ErrorCode::kNotFound, "schema directory not found", dir);
    for (fs::recursive_directory_iterator it(dir, ec), end; it != end; it.increment(ec)) {
      if (ec) break;
      if (it->path().extension() != ".json" || !it->is_regular_file()) continue;
      VT_ASSIGN_OR_RETURN(Doc * d, load_file(it->path().string()));
      (void)d;
    }
    return {};
  }

  Result<Doc*> load_file(const std::string& path) {
    std::string canonical = fs::weakly_canonical(path).string();
    for (auto& d : docs_)
      if (d->path == canonical) return d.get();
    auto doc = std::make_unique<Doc>();
    doc->parser = std::make_unique<json::Parser>();
    doc->path = canonical;
    VT_ASSIGN_OR_RETURN(doc->root, doc->parser->parse_file(canonical));
    if (auto id = doc->root.find("$id"); id && id->is_string())
      doc->id = strip_fragment(id->as_string());
    else if (auto id4 = doc->root.find("id"); id4 && id4->is_string())
      doc->id = strip_fragment(id4->as_string());
    if (!doc->id.empty()) {
      register_id(doc->id, doc.get());
      // FIRST's CVSS schemas carry "?20170531"-style queries in their ids that
      // the $refs pointing at them do not.
      if (auto q = doc->id.find('?'); q != std::string::npos)
        register_id(doc->id.substr(0, q), doc.get());
    }
    docs_.push_back(std::move(doc));
    return docs_.back().get();
  }

  // Two files may claim one id (the CVSS "_strict" variants do): the file
  // named like the id's last segment wins.
  void register_id(const std::string& id, Doc* doc) {
    auto [it, inserted] = by_id_.emplace(id, doc);
    if (inserted) return;
    std::string want = id.substr(id.rfind('/') + 1);
    want = want.substr(0, want.find('?'));
    if (fs::path(doc->path).filename() == want) it->second = doc;
  }

  Result<NodeId> compile(Doc* doc, const json::Value& schema) {
    std::string pointer = schema.pointer();
    auto key = std::make_pair(doc, pointer);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    NodeId id = static_cast<NodeId>(out_.nodes.size());
    out_.nodes.emplace_back();
    cache_.emplace(key, id);  // before the children: recursive schemas refer back
    std::string where = doc->path + "#" + pointer;
    out_.nodes[id].location = where;
    if (schema.is_bool()) {
      out_.nodes[id].always_false = !schema.as_bool();
      return id;
    }
    if (!schema.is_object()) return bad(where, "a schema must be an object or a boolean");
    Node node;
    node.location = where;
    for (auto [k, v] : schema.members()) VT_TRY(keyword(doc, node, k, v, where));
    for (const std::string& r : node.required) {
      std::int32_t index = -1;
      for (std::size_t i = 0; i < node.properties.size() && i < 64; ++i)
        if (node.properties[i].first == r) {
          index = static_cast<std::int32_t>(i);
          break;
        }
      node.required_property.push_back(index);
    }
    // Strict: an object schema that lists its properties allows no others
    // (CSAF 6.2.20's "strict version of the schema").
    if (strict_ && !node.properties.empty() && node.additional_properties == kNoNode &&
        node.pattern_properties.empty())
      node.additional_properties = strict_false_node();
    // draft-04: exclusiveMinimum/Maximum as booleans modify minimum/maximum.
    if (auto ex = schema.find("exclusiveMinimum"); ex && ex->is_bool() && ex->as_bool()) {
      node.exclusive_minimum = node.minimum;
      node.minimum.reset();
    }
    if (auto ex = schema.find("exclusiveMaximum"); ex && ex->is_bool() && ex->as_bool()) {
      node.exclusive_maximum = node.maximum;
      node.maximum.reset();
    }
    // draft-07 tuple form: items [..] with additionalItems for the rest.
    if (auto items = schema.find("items"); items && items->is_array()) {
      node.items = kNoNode;
      if (auto extra = schema.find("additionalItems")) {
        VT_ASSIGN_OR_RETURN(node.items, compile(doc, *extra));
      }
    }
    out_.nodes[id] = std::move(node);
    return id;
  }

  Result<NodeId> resolve_ref(Doc* doc, std::string_view ref, const std::string& where) {
    Doc* target = doc;
    std::string_view fragment;
    std::size_t hash = ref.find('#');
    std::string_view base = ref.substr(0, hash);
    if (hash != std::string_view::npos) fragment = ref.substr(hash + 1);
    if (!base.empty()) {
      std::string uri(base);
      if (uri.find("://") == std::string::npos && !doc->id.empty()) {
        // Relative to the referring document's $id.
        uri = doc->id.substr(0, doc->id.rfind('/') + 1) + uri;
      }
      auto it = by_id_.find(uri);
      if (it == by_id_.end()) {
        // A sibling file of that name (schemas often refer to each other by file name).
        fs::path sibling = fs::path(doc->path).parent_path() / std::string(base);
        std::error_code ec;
        if (fs::exists(sibling, ec)) {
          VT_ASSIGN_OR_RETURN(target, load_file(sibling.string()));
        } else {
          return bad(where, "$ref '" + std::string(ref) + "': no loaded schema has $id " + uri);
        }
      } else {
        target = it->second;
      }
    }
    auto value = json::resolve_pointer(target->root, unescape_uri_fragment(fragment));
    if (!value.ok())
      return bad(where,
                 "$ref '" + std::string(ref) + "' points nowhere: " + value.error().to_string());
    return compile(target, *value);
  }

  NodeId strict_false_node() {
    if (strict_false_ == kNoNode) {
      strict_false_ = static_cast<NodeId>(out_.nodes.size());
      out_.nodes.emplace_back();
      out_.nodes.back().always_false = true;
      out_.nodes.back().location = "(strict: no property beyond those the schema lists)";
    }
    return strict_false_;
  }

  Compiled take(NodeId root) {
    out_.root = root;
    for (Node& n : out_.nodes) {
      n.object_keywords = !n.properties.empty() || !n.pattern_properties.empty() ||
                          n.additional_properties != kNoNode || n.property_names != kNoNode ||
                          !n.required.empty() || !n.dependent_required.empty() ||
                          n.min_properties || n.max_properties;
      n.array_keywords = !n.prefix_items.empty() || n.items != kNoNode || n.contains != kNoNode ||
                         n.min_items || n.max_items || n.unique_items;
      n.string_keywords = n.min_length || n.max_length || n.pattern || n.format != Format::kNone;
      n.number_keywords =
          n.minimum || n.maximum || n.exclusive_minimum || n.exclusive_maximum || n.multiple_of;
      const bool applicators = !n.all_of.empty() || !n.any_of.empty() || !n.one_of.empty() ||
                               n.not_ != kNoNode || n.if_ != kNoNode;
      n.enum_or_applicators = !n.enum_values.empty() || n.const_value || applicators;
      n.leaf = !n.always_false && n.ref == kNoNode && !n.object_keywords && !n.array_keywords &&
               !applicators;
      n.string_leaf = n.leaf && n.types == kTypeString;
    }
    for (Node& n : out_.nodes) {
      set_double_bounds(n);
      for (const auto& p : n.properties) n.property_prefixes.push_back(property_prefix(p.first));
      for (const auto& e : n.enum_strings) n.enum_prefixes.push_back(property_prefix(e));
    }
    skip_pure_refs();
    return std::move(out_);
  }

 private:
  static std::string unescape_uri_fragment(std::string_view f) {
    std::string out;
    for (std::size_t i = 0; i < f.size(); ++i) {
      if (f[i] == '%' && i + 2 < f.size()) {
        out += static_cast<char>(std::stoi(std::string(f.substr(i + 1, 2)), nullptr, 16));
        i += 2;
      } else {
        out += f[i];
      }
    }
    return out;
  }

  static Error bad(const std::string& where, std::string message) {
    return make_error(ErrorCode::kUnsupported, std::move(message), where);
  }

  static Result<std::uint64_t> count(const json::Value& v, const std::string& where,
                                     std::string_view k) {
    if (!v.is_integer() || v.as_double() < 0)
      return bad(where, std::string(k) + " must be a non-negative integer");
    return static_cast<std::uint64_t>(v.as_int64());
  }

  Result<std::optional<Decimal>> number(const json::Value& v, const std::string& where,
                                        std::string_view k) {
    if (v.is_bool())
      return std::optional<Decimal>();  // draft-04 exclusive flags, handled by the caller
    auto d = v.is_number() ? Decimal::parse(v.number_text()) : std::nullopt;
    if (!d) return bad(where, std::string(k) + " must be a number");
    return d;
  }

  Result<std::vector<NodeId>> list(Doc* doc, const json::Value& v, const std::string& where,
                                   std::string_view k) {
    if (!v.is_array() || v.size() == 0)
      return bad(where, std::string(k) + " must be a non-empty array of schemas");
    std::vector<NodeId> out;
    for (json::Value s : v.items()) {
      VT_ASSIGN_OR_RETURN(NodeId n, compile(doc, s));
      out.push_back(n);
    }
    return out;
  }

  Status keyword(Doc* doc, Node& n, std::string_view k, const json::Value& v,
                 const std::string& where) {
    if (k == "type") {
      auto bit = [&](std::string_view t) -> Result<std::uint8_t> {
        if (t == "null") return std::uint8_t{kTypeNull};
        if (t == "boolean") return std::uint8_t{kTypeBoolean};
        if (t == "object") return std::uint8_t{kTypeObject};
        if (t == "array") return std::uint8_t{kTypeArray};
        if (t == "number") return std::uint8_t{kTypeNumber};
        if (t == "string") return std::uint8_t{kTypeString};
        if (t == "integer") return std::uint8_t{kTypeInteger};
        return bad(where, "unknown type '" + std::string(t) + "'");
      };
      if (v.is_string()) {
        VT_ASSIGN_OR_RETURN(n.types, bit(v.as_string()));
      } else if (v.is_array()) {
        for (json::Value t : v.items()) {
          VT_ASSIGN_OR_RETURN(std::uint8_t b, bit(t.as_string()));
          n.types |= b;
        }
      } else {
        return bad(where, "type must be a string or an array");
      }
    } else if (k == "$ref") {
      if (!v.is_string()) return bad(where, "$ref must be a string");
      VT_ASSIGN_OR_RETURN(n.ref, resolve_ref(doc, v.as_string(), where));
    } else if (k == "properties") {
      if (!v.is_object()) return bad(where, "properties must be an object");
      for (auto [name, s] : v.members()) {
        VT_ASSIGN_OR_RETURN(NodeId id, compile(doc, s));
        n.properties.emplace_back(std::string(name), id);
      }
    } else if (k == "patternProperties") {
      for (auto [pattern, s] : v.members()) {
        VT_ASSIGN_OR_RETURN(auto re, EcmaRegex::compile(pattern));
        VT_ASSIGN_OR_RETURN(NodeId id, compile(doc, s));
        n.pattern_properties.emplace_back(std::move(re), id);
      }
    } else if (k == "additionalProperties") {
      VT_ASSIGN_OR_RETURN(n.additional_properties, compile(doc, v));
    } else if (k == "propertyNames") {
      VT_ASSIGN_OR_RETURN(n.property_names, compile(doc, v));
    } else if (k == "required") {
      if (!v.is_array())
        return bad(where, "required must be an array");  // draft-03 booleans are not supported
      for (json::Value r : v.items()) n.required.emplace_back(r.as_string());
    } else if (k == "dependentRequired" || (k == "dependencies" && v.is_object())) {
      for (auto [name, deps] : v.members()) {
        if (!deps.is_array())
          return bad(where, std::string(k) + " with schema values is not supported");
        std::vector<std::string> names;
        for (json::Value d : deps.items()) names.emplace_back(d.as_string());
        n.dependent_required.emplace_back(std::string(name), std::move(names));
      }
    } else if (k == "minProperties") {
      VT_ASSIGN_OR_RETURN(n.min_properties, count(v, where, k));
    } else if (k == "maxProperties") {
      VT_ASSIGN_OR_RETURN(n.max_properties, count(v, where, k));
    } else if (k == "items") {
      if (v.is_array()) {
        for (json::Value s : v.items()) {
          VT_ASSIGN_OR_RETURN(NodeId id, compile(doc, s));
          n.prefix_items.push_back(id);
        }
      } else {
        VT_ASSIGN_OR_RETURN(n.items, compile(doc, v));
      }
    } else if (k == "prefixItems") {
      VT_ASSIGN_OR_RETURN(n.prefix_items, list(doc, v, where, k));
    } else if (k == "additionalItems") {
      // Used with the array form of items; wired in compile().
    } else if (k == "contains") {
      VT_ASSIGN_OR_RETURN(n.contains, compile(doc, v));
    } else if (k == "minContains") {
      VT_ASSIGN_OR_RETURN(n.min_contains, count(v, where, k));
    } else if (k == "maxContains") {
      VT_ASSIGN_OR_RETURN(n.max_contains, count(v, where, k));
    } else if (k == "minItems") {
      VT_ASSIGN_OR_RETURN(n.min_items, count(v, where, k));
    } else if (k == "maxItems") {
      VT_ASSIGN_OR_RETURN(n.max_items, count(v, where, k));
    } else if (k == "uniqueItems") {
      n.unique_items = v.as_bool();
    } else if (k == "minLength") {
      VT_ASSIGN_OR_RETURN(n.min_length, count(v, where, k));
    } else if (k == "maxLength") {
      VT_ASSIGN_OR_RETURN(n.max_length, count(v, where, k));
    } else if (k == "pattern") {
      if (!v.is_string()) return bad(where, "pattern must be a string");
      n.pattern_source = v.as_string();
      VT_ASSIGN_OR_RETURN(n.pattern, EcmaRegex::compile(v.as_string()));
    } else if (k == "format") {
      std::string_view f = v.as_string();
      if (f == "date-time")
        n.format = Format::kDateTime;
      else if (f == "date")
        n.format = Format::kDate;
      else if (f == "uri")
        n.format = Format::kUri;
      else if (f == "uri-reference" || f == "iri-reference")
        n.format = Format::kUriReference;
      else if (f == "email" || f == "idn-email")
        n.format = Format::kEmail;
      else if (f == "uuid")
        n.format = Format::kUuid;
      // Other formats are annotations only, as JSON Schema 2020-12 allows.
    } else if (k == "minimum") {
      VT_ASSIGN_OR_RETURN(n.minimum, number(v, where, k));
    } else if (k == "maximum") {
      VT_ASSIGN_OR_RETURN(n.maximum, number(v, where, k));
    } else if (k == "exclusiveMinimum") {
      VT_ASSIGN_OR_RETURN(auto x, number(v, where, k));
      if (x) n.exclusive_minimum = x;
    } else if (k == "exclusiveMaximum") {
      VT_ASSIGN_OR_RETURN(auto x, number(v, where, k));
      if (x) n.exclusive_maximum = x;
    } else if (k == "multipleOf") {
      VT_ASSIGN_OR_RETURN(n.multiple_of, number(v, where, k));
      if (!n.multiple_of || n.multiple_of->mantissa <= 0)
        return bad(where, "multipleOf must be greater than 0");
    } else if (k == "enum") {
      if (!v.is_array()) return bad(where, "enum must be an array");
      n.enum_only_strings = true;
      for (json::Value e : v.items()) {
        n.enum_values.push_back(canonical_json(e));
        if (e.is_string())
          n.enum_strings.emplace_back(e.as_string());
        else
          n.enum_only_strings = false;
      }
    } else if (k == "const") {
      n.const_value = canonical_json(v);
      if (v.is_string()) n.const_string = std::string(v.as_string());
    } else if (k == "allOf") {
      VT_ASSIGN_OR_RETURN(n.all_of, list(doc, v, where, k));
    } else if (k == "anyOf") {
      VT_ASSIGN_OR_RETURN(n.any_of, list(doc, v, where, k));
    } else if (k == "oneOf") {
      VT_ASSIGN_OR_RETURN(n.one_of, list(doc, v, where, k));
    } else if (k == "not") {
      VT_ASSIGN_OR_RETURN(n.not_, compile(doc, v));
    } else if (k == "if") {
      VT_ASSIGN_OR_RETURN(n.if_, compile(doc, v));
    } else if (k == "then") {
      VT_ASSIGN_OR_RETURN(n.then_, compile(doc, v));
    } else if (k == "else") {
      VT_ASSIGN_OR_RETURN(n.else_, compile(doc, v));
    } else if (kAnnotations.count(k) == 0) {
      if (k == "unevaluatedProperties" || k == "unevaluatedItems" || k == "$dynamicRef" ||
          k == "$recursiveRef" || k == "dependentSchemas" || k == "dependencies")
        return bad(where, "unsupported keyword '" + std::string(k) + "'");
      // Unknown words are annotations in JSON Schema: ignored.
    }
    return {};
  }

  // A subschema that is only {"$ref": ...} applies its target and nothing
  // else: members and items point straight at the target, one schema
  // application less per value. (Not into `false`: the walker words an
  // item or member forbidden by `false` itself.)
  bool is_pure_ref(const Node& n) const {
    return n.ref != kNoNode && !n.always_false && !n.types && !n.object_keywords &&
           !n.array_keywords && !n.string_keywords && !n.number_keywords && n.enum_values.empty() &&
           !n.const_value && n.all_of.empty() && n.any_of.empty() && n.one_of.empty() &&
           n.not_ == kNoNode && n.if_ == kNoNode && n.then_ == kNoNode && n.else_ == kNoNode;
  }
  NodeId past_pure_refs(NodeId id) const {
    for (int hops = 0; hops < 64 && id != kNoNode && is_pure_ref(out_.nodes[id]); ++hops) {
      const NodeId next = out_.nodes[id].ref;
      if (out_.nodes[next].always_false) break;
      id = next;
    }
    return id;
  }
  void skip_pure_refs() {
    for (Node& n : out_.nodes) {
      for (auto& [name, id] : n.properties) id = past_pure_refs(id);
      for (auto& [re, id] : n.pattern_properties) id = past_pure_refs(id);
      for (NodeId& id : n.prefix_items) id = past_pure_refs(id);
      n.additional_properties = past_pure_refs(n.additional_properties);
      n.items = past_pure_refs(n.items);
    }
  }

  // The bound as a double when that double is exactly the bound and an
  // integer of at most 2^52 (then the shortest text of any double lies on
  // the same side of it as the double itself).
  static std::optional<double> exact_double(const std::optional<Decimal>& bound, double absent) {
    if (!bound) return absent;
    const double b = bound->approx;
    if (std::floor(b) != b || std::fabs(b) > 4503599627370496.0) return std::nullopt;
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, b);
    auto back = Decimal::parse(std::string_view(buf, r.ptr - buf));
    if (!back || compare(*back, *bound) != 0) return std::nullopt;
    return b;
  }
  static void set_double_bounds(Node& n) {
    if (!n.number_keywords || n.multiple_of) return;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    auto lo = exact_double(n.minimum, -kInf), hi = exact_double(n.maximum, kInf);
    auto xlo = exact_double(n.exclusive_minimum, -kInf);
    auto xhi = exact_double(n.exclusive_maximum, kInf);
    if (!lo || !hi || !xlo || !xhi) return;
    n.double_bounds = true;
    n.min_d = *lo, n.max_d = *hi, n.exclusive_min_d = *xlo, n.exclusive_max_d = *xhi;
  }

  std::vector<std::unique_ptr<Doc>> docs_;
  std::map<std::string, Doc*> by_id_;
  std::map<std::pair<Doc*, std::string>, NodeId> cache_;
  Compiled out_;
  bool strict_ = false;
  NodeId strict_false_ = kNoNode;
};

}  // namespace

Validator::Validator(std::unique_ptr<Compiled> compiled, VerdictFn verdict)
    : compiled_(std::move(compiled)), verdict_(verdict) {}
Validator::~Validator() = default;

Result<std::unique_ptr<Compiled>> compile_schema_file(const std::string& schema_path,
                                                      const std::vector<std::string>& search_dirs,
                                                      bool strict) {
  Loader loader(strict);
  for (const auto& dir : search_dirs) VT_TRY(loader.add_directory(dir));
  VT_ASSIGN_OR_RETURN(Doc * doc, loader.load_file(schema_path));
  VT_ASSIGN_OR_RETURN(NodeId root, loader.compile(doc, doc->root));
  return std::make_unique<Compiled>(loader.take(root));
}

Result<std::shared_ptr<const Validator>> Validator::load(
    const std::string& schema_path, const std::vector<std::string>& search_dirs,
    const LoadOptions& options) {
  VT_ASSIGN_OR_RETURN(std::unique_ptr<Compiled> compiled,
                      compile_schema_file(schema_path, search_dirs, options.strict));
  VerdictFn verdict = nullptr;
  if (options.compiled && verdict_digest(*compiled) == std::string_view(options.compiled->digest))
    verdict = options.compiled->fn;
  return std::shared_ptr<const Validator>(new Validator(std::move(compiled), verdict));
}

}  // namespace vt::validation::schema
