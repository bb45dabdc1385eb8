#include "validation/schema/codegen.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/hash.h"
#include "validation/schema/verdict.h"

namespace vt::validation::schema {
namespace {

// A C++ string literal of `s`: letters and digits as they are, every other
// byte as an octal escape (never more than three digits, so no escape can
// swallow the character after it).
std::string literal(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

// A comment's text: no line break and no end of comment.
std::string comment(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  for (std::size_t at; (at = out.find("*/")) != std::string::npos;) out.replace(at, 2, "* /");
  return out;
}

// A node's location without the directory its schema was read from: the
// text must not depend on where the data directory is.
std::string_view location_in_file(std::string_view location) {
  const std::size_t hash = location.find('#');
  const std::size_t slash = location.rfind('/', hash);
  return slash == std::string_view::npos ? location : location.substr(slash + 1);
}

class Generator {
 public:
  explicit Generator(const Compiled& c) : c_(c) {}

  std::string run() {
    reach(c_.root);
    std::string out;
    for (NodeId id : emitted_)
      out += "static bool n" + std::to_string(id) + "(VerdictContext&, const dom::element&);\n";
    out += "\n";
    for (NodeId id : emitted_) out += function(id);
    out += "bool verdict_for_root(VerdictContext& x, const dom::element& e) {\n  return " +
           call(c_.root, "e") + ";\n}\n";
    return out;
  }

 private:
  // oneOf over object schemas that each require one property with one
  // string value of their own (CVSS 3.0 and 3.1 by "version"): an instance
  // with one of these values can pass only the branch of that value, so
  // the branch's verdict is the oneOf's.
  struct Discriminator {
    std::string property;
    std::vector<std::pair<std::string, NodeId>> cases;  // value, branch
  };

  // `id` past nodes that hold nothing but a $ref.
  NodeId resolve(NodeId id) const {
    for (int hops = 0; hops < 64 && id != kNoNode; ++hops) {
      const Node& n = c_.nodes[id];
      const bool pure_ref = n.ref != kNoNode && !n.always_false && !n.types && !n.object_keywords &&
                            !n.array_keywords && !n.string_keywords && !n.number_keywords &&
                            !n.enum_or_applicators;
      if (!pure_ref) return id;
      id = n.ref;
    }
    return id;
  }

  // The one string a property's schema allows, if that is all it allows.
  std::optional<std::string> single_string(NodeId id) const {
    const Node& q = c_.nodes[resolve(id)];
    if (q.const_string && q.enum_values.empty()) return *q.const_string;
    if (!q.const_value && q.enum_only_strings && q.enum_values.size() == 1 &&
        q.enum_strings.size() == 1)
      return q.enum_strings[0];
    return std::nullopt;
  }

  std::optional<Discriminator> discriminator(const Node& n) const {
    if (n.one_of.size() < 2) return std::nullopt;
    const Node& first = c_.nodes[resolve(n.one_of[0])];
    for (std::size_t r = 0; r < first.required_property.size(); ++r) {
      if (first.required_property[r] < 0) continue;
      Discriminator d;
      d.property = first.required[r];
      std::set<std::string> values;
      for (NodeId branch : n.one_of) {
        const NodeId b = resolve(branch);
        const Node& bn = c_.nodes[b];
        if (bn.types != kTypeObject) break;
        std::optional<std::string> value;
        for (std::size_t i = 0; i < bn.required.size(); ++i) {
          const std::int32_t p = bn.required_property[i];
          if (bn.required[i] == d.property && p >= 0)
            value = single_string(bn.properties[p].second);
        }
        if (!value || !values.insert(*value).second) break;
        d.cases.emplace_back(*value, b);
      }
      if (d.cases.size() == n.one_of.size()) return d;
    }
    return std::nullopt;
  }

  // Whether the generated code checks every keyword of `n` itself; a node
  // with any other keyword is the walk's (probe), with all below it.
  bool handled(const Node& n) const {
    if (n.always_false) return true;
    if (!n.one_of.empty() && !discriminator(n)) return false;
    if (n.not_ != kNoNode || n.if_ != kNoNode) return false;
    if (!n.pattern_properties.empty() || n.property_names != kNoNode ||
        !n.dependent_required.empty())
      return false;
    if (!n.prefix_items.empty() || n.contains != kNoNode) return false;
    if (n.number_keywords && !n.double_bounds) return false;
    if (n.const_value && !n.const_string) return false;
    if (!n.enum_values.empty() && !n.enum_only_strings) return false;
    if (n.properties.size() > 64) return false;  // `seen` is a 64-bit mask
    for (std::int32_t p : n.required_property)
      if (p < 0) return false;  // required but not among the properties
    return true;
  }

  void reach(NodeId id) {
    if (id == kNoNode || !handled(c_.nodes[id]) || !emitted_.insert(id).second) return;
    const Node& n = c_.nodes[id];
    if (n.always_false) return;
    reach(n.ref);
    for (const auto& [name, child] : n.properties) reach(child);
    reach(n.additional_properties);
    reach(n.items);
    for (NodeId s : n.all_of) reach(s);
    for (NodeId s : n.any_of) reach(s);
    if (auto d = discriminator(n))
      for (const auto& [value, branch] : d->cases) reach(branch);
  }

  std::string call(NodeId id, const char* value) const {
    if (emitted_.count(id)) return "n" + std::to_string(id) + "(x, " + value + ")";
    return "x.probe(" + std::to_string(id) + ", " + value + ")";
  }

  std::string function(NodeId id) const {
    const Node& n = c_.nodes[id];
    std::string f = "// " + comment(location_in_file(n.location)) + "\n";
    f += "static bool n" + std::to_string(id) +
         "([[maybe_unused]] VerdictContext& x, const dom::element& e) {\n";
    if (n.always_false) return f + "  return false;\n}\n\n";
    f += "  const verdict::Cursor c(e);\n  const char t = c.tag();\n";
    if (n.types) f += type_check(n.types);
    if (n.ref != kNoNode) f += "  if (!" + call(n.ref, "e") + ") return false;\n";
    if (n.const_string) {
      f += "  if (t != '\"' || !verdict::equals(c.text(), " + literal(*n.const_string) + ", " +
           std::to_string(n.const_string->size()) + ")) return false;\n";
    }
    if (!n.enum_values.empty()) {
      f += "  if (t != '\"') return false;\n  {\n"
           "    const std::string_view s = c.text();\n    if (!(";
      for (std::size_t i = 0; i < n.enum_strings.size(); ++i) {
        f += (i ? " ||\n          " : "") + std::string("verdict::equals(s, ") +
             literal(n.enum_strings[i]) + ", " + std::to_string(n.enum_strings[i].size()) + ")";
      }
      f += ")) return false;\n  }\n";
    }
    if (n.object_keywords) f += object_checks(n);
    if (n.array_keywords) f += array_checks(n);
    if (n.string_keywords) f += string_checks(id, n);
    if (n.number_keywords) {
      // Bounds that a double compares with exactly (load.cpp): a number
      // inside them passes; the walk decides the others.
      f += "  if ((t == 'l' || t == 'u' || t == 'd') && !verdict::within(e, t, " +
           double_text(n.min_d) + ", " + double_text(n.max_d) + ", " +
           double_text(n.exclusive_min_d) + ", " + double_text(n.exclusive_max_d) +
           ")) return x.probe(" + std::to_string(id) + ", e);\n";
    }
    if (auto d = discriminator(n)) f += one_of_checks(id, *d);
    for (NodeId s : n.all_of) f += "  if (!" + call(s, "e") + ") return false;\n";
    if (!n.any_of.empty()) {
      // A branch the generated code cannot prove may still pass: then the
      // walk decides the whole node.
      f += "  if (!(";
      for (std::size_t i = 0; i < n.any_of.size(); ++i)
        f += (i ? " || " : "") + call(n.any_of[i], "e");
      f += ")) return x.probe(" + std::to_string(id) + ", e);\n";
    }
    return f + "  return true;\n}\n\n";
  }

  static std::string double_text(double d) {
    if (std::isinf(d)) return d < 0 ? "-HUGE_VAL" : "HUGE_VAL";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", d);  // hexadecimal: exact
    return buf;
  }

  // The "type" keyword as a test of the tag against the tags its types
  // allow (verdict::kTypeBitsOfTag, which the walk reads at run time);
  // "integer" without "number" also takes doubles without a fraction,
  // which verdict::type_ok decides.
  static std::string type_check(std::uint8_t types) {
    if ((types & kTypeInteger) && !(types & kTypeNumber))
      return "  if (!verdict::type_ok(" + std::to_string(types) + ", t, e)) return false;\n";
    std::string tags;
    for (int tag = 1; tag < 256; ++tag) {
      if (!(verdict::kTypeBitsOfTag[tag] & types)) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%st != %d", tags.empty() ? "" : " && ", tag);
      tags += buf;
    }
    return "  if (" + (tags.empty() ? std::string("true") : tags) + ") return false;\n";
  }

  std::string one_of_checks(NodeId id, const Discriminator& d) const {
    const std::string probe = "return x.probe(" + std::to_string(id) + ", e);";
    std::string f =
        "  {\n    // oneOf: the branch whose " + comment(d.property) + " is the instance's\n";
    f += "    if (t != '{') " + probe + "\n";
    f += "    std::string_view chosen;\n    bool have = false;\n";
    f += "    for (std::size_t i = c.first(), end = c.end(); i < end; i = c.after(i + 1)) {\n";
    f += "      if (!verdict::equals(c.string(i), " + literal(d.property) + ", " +
         std::to_string(d.property.size()) + ")) continue;\n";
    f += "      const verdict::Cursor v(c.element(i + 1));\n";
    f += "      if (v.tag() == '\"') chosen = v.text(), have = true;\n      break;\n    }\n";
    f += "    if (!have) " + probe + "\n";
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
      const auto& [value, branch] = d.cases[i];
      f += std::string(i ? "    else if" : "    if") + " (verdict::equals(chosen, " +
           literal(value) + ", " + std::to_string(value.size()) + ")) {\n      if (!" +
           call(branch, "e") + ") return false;\n    }\n";
    }
    f += "    else " + probe + "\n  }\n";
    return f;
  }

  // The opening of the checks on an object or an array, which count
  // towards the depth, and the bounds on their number of members or items.
  static std::string container_checks(char tag) {
    return std::string("  if (t == '") + tag +
           "') {\n    verdict::DepthGuard guard(x.depth);\n    if (guard.too_deep()) return "
           "false;\n";
  }
  static std::string count_bounds(const std::optional<std::uint64_t>& min,
                                  const std::optional<std::uint64_t>& max) {
    std::string f;
    if (min) f += "    if (count < " + std::to_string(*min) + "ull) return false;\n";
    if (max) f += "    if (count > " + std::to_string(*max) + "ull) return false;\n";
    return f;
  }

  std::string object_checks(const Node& n) const {
    std::string f = container_checks('{');
    f += "    std::uint64_t seen = 0;\n    std::size_t count = 0;\n";
    f += "    for (std::size_t i = c.first(), end = c.end(); i < end; i = c.after(i + 1)) {\n"
         "      ++count;\n      [[maybe_unused]] const dom::element value = c.element(i + 1);\n";
    if (!n.properties.empty()) {
      std::map<std::size_t, std::vector<std::size_t>> by_length;
      for (std::size_t i = 0; i < n.properties.size(); ++i)
        by_length[n.properties[i].first.size()].push_back(i);
      f += "      const std::string_view k = c.string(i);\n      switch (k.size()) {\n";
      for (const auto& [length, indexes] : by_length) {
        f += "        case " + std::to_string(length) + ":\n";
        for (std::size_t i : indexes) {
          const auto& [name, child] = n.properties[i];
          f += "          if (verdict::same_bytes(k.data(), " + literal(name) + ", " +
               std::to_string(length) + ")) {\n            seen |= std::uint64_t{1} << " +
               std::to_string(i) + ";\n            if (!" + call(child, "value") +
               ") return false;\n            continue;\n          }\n";
        }
        f += "          break;\n";
      }
      f += "      }\n";
    }
    if (n.additional_properties != kNoNode)
      f += "      if (!" + call(n.additional_properties, "value") + ") return false;\n";
    f += "    }\n    (void)seen;\n    (void)count;\n";
    if (!n.required_property.empty()) {
      std::uint64_t mask = 0;
      for (std::int32_t p : n.required_property) mask |= std::uint64_t{1} << p;
      f += "    if ((seen & " + std::to_string(mask) + "ull) != " + std::to_string(mask) +
           "ull) return false;\n";
    }
    f += count_bounds(n.min_properties, n.max_properties);
    return f + "  }\n";
  }

  std::string array_checks(const Node& n) const {
    std::string f = container_checks('[');
    f += "    std::size_t count = 0;\n";
    f += "    for (std::size_t i = c.first(), end = c.end(); i < end; i = c.after(i)) {\n"
         "      ++count;\n      [[maybe_unused]] const dom::element item = c.element(i);\n";
    if (n.items != kNoNode) f += "      if (!" + call(n.items, "item") + ") return false;\n";
    f += "    }\n    (void)count;\n";
    f += count_bounds(n.min_items, n.max_items);
    if (n.unique_items) f += "    if (count > 1 && !x.unique(e)) return false;\n";
    return f + "  }\n";
  }

  std::string string_checks(NodeId id, const Node& n) const {
    std::string f = "  if (t == '\"') {\n    const std::string_view s = c.text();\n";
    // In code points, as the walk counts: a string has between size/4 and
    // size of them, so the byte count decides most lengths.
    if (n.min_length && *n.min_length > 0) {
      const std::string m = std::to_string(*n.min_length) + "ull";
      f += "    if ((s.size() + 3) / 4 < " + m + " && verdict::code_points(s) < " + m +
           ") return false;\n";
    }
    if (n.max_length) {
      const std::string m = std::to_string(*n.max_length) + "ull";
      f += "    if (s.size() > " + m + " && verdict::code_points(s) > " + m + ") return false;\n";
    }
    if (n.pattern) {
      f += "    // pattern " + comment(n.pattern_source) + "\n";
      f += "    if (!x.pattern(" + std::to_string(id) + ").search(s)) return false;\n";
    }
    if (n.format != Format::kNone)
      f += "    if (!format_matches(static_cast<Format>(" +
           std::to_string(static_cast<int>(n.format)) + "), s)) return false;\n";
    return f + "  }\n";
  }

  const Compiled& c_;
  std::set<NodeId> emitted_;  // ordered: the text does not depend on the walk's order
};

}  // namespace

std::string generate_verdict_code(const Compiled& compiled) { return Generator(compiled).run(); }

std::string verdict_digest(const Compiled& compiled) {
  return hex_digest(HashAlgorithm::kSha256, generate_verdict_code(compiled));
}

}  // namespace vt::validation::schema
