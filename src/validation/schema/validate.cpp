// Walking an instance against the compiled graph. The simdjson DOM is read
// directly; no path is kept: a finding's JSON pointer is worked out from its
// element's place on the tape, only when a failure is reported.
#include <absl/container/flat_hash_set.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <span>

#include "core/string_hash.h"
#include "json/dom_tape.h"
#include "json/writer.h"
#include "validation/schema/canonical.h"
#include "validation/schema/compiled.h"
#include "validation/schema/distinct_items.h"
#include "validation/schema/formats.h"
#include "validation/schema/schema.h"
#include "validation/schema/verdict.h"

namespace vt::validation::schema {
namespace {

namespace dom = simdjson::dom;

using json::string_of;

constexpr int kMaxDepth = 4096;  // schema applications on one path: cycles in the graph stop here

const char* type_name(dom::element_type t) {
  switch (t) {
    case dom::element_type::ARRAY:
      return "an array";
    case dom::element_type::OBJECT:
      return "an object";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
      return "a number";
    case dom::element_type::STRING:
      return "a string";
    case dom::element_type::BOOL:
      return "a boolean";
    case dom::element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

std::string expected_types(std::uint8_t types) {
  std::vector<std::string> names;
  if (types & kTypeObject) names.push_back("an object");
  if (types & kTypeArray) names.push_back("an array");
  if (types & kTypeString) names.push_back("a string");
  if (types & kTypeNumber)
    names.push_back("a number");
  else if (types & kTypeInteger)
    names.push_back("an integer");
  if (types & kTypeBoolean) names.push_back("a boolean");
  if (types & kTypeNull) names.push_back("null");
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i ? (i + 1 == names.size() ? " or " : ", ") : "") + names[i];
  return out;
}

// Shortest decimal text of a JSON number element (as json::Value does).
std::string number_text(const dom::element& e) {
  char buf[64];
  std::to_chars_result r{};
  if (e.is_int64())
    r = std::to_chars(buf, buf + sizeof buf, e.get_int64().value_unsafe());
  else if (e.is_uint64())
    r = std::to_chars(buf, buf + sizeof buf, e.get_uint64().value_unsafe());
  else
    r = std::to_chars(buf, buf + sizeof buf, e.get_double().value_unsafe());
  return std::string(buf, r.ptr);
}

std::string quote_text(std::string_view s) {
  std::string out;
  json::append_quoted(out, s.size() > 80 ? s.substr(0, 80) : s);
  if (s.size() > 80) out.insert(out.size() - 1, "...");
  return out;
}

class Walker {
 public:
  Walker(const Compiled& c, const json::Value& instance, std::vector<Finding>* out)
      : c_(c), instance_(instance), out_(out) {}
  ~Walker() {
    // A huge array's scratch is not kept for the small documents after it.
    constexpr std::size_t kKeep = std::size_t{1} << 16;
    if (strings_.empty() && strings_.capacity() > kKeep) std::vector<std::string_view>().swap(strings_);
    if (hashes_.capacity() > kKeep) std::vector<std::size_t>().swap(hashes_);
  }

  bool visit(NodeId id, const dom::element& e) {
    if (++depth_ > kMaxDepth) {
      --depth_;
      fail(e, "schema recursion deeper than " + std::to_string(kMaxDepth) + " levels");
      return false;
    }
    bool ok = visit_node(c_.nodes[id], e);
    --depth_;
    return ok;
  }

  // uniqueItems over `items` as check_array() decides it, for the
  // generated code (verdict.h): strings among strings by value, the other
  // items by canonical text.
  bool all_unique(const dom::array& items) {
    const std::size_t strings_start = strings_.size();
    std::optional<absl::flat_hash_set<std::string, StringHash, std::equal_to<>>> seen;
    bool unique = true;
    for (dom::element item : items) {
      if (item.is_string()) {
        strings_.push_back(string_of(item));
      } else if (!(seen ? *seen : seen.emplace()).insert(canonical_here(item)).second) {
        unique = false;
        break;
      }
    }
    if (unique && strings_.size() > strings_start)
      unique = !first_duplicate(std::span(strings_).subspan(strings_start));
    strings_.resize(strings_start);
    return unique;
  }

 private:
  // A finding at `at`, the value the failing keyword judged. Its pointer is
  // computed here, from the element's place in the document: the walk keeps
  // no path, which cost a push and a pop per member and item of every value.
  void fail(const dom::element& at, std::string message) {
    if (!out_) return;
    out_->push_back(Finding{"schema", instance_.pointer_of(at), std::move(message)});
  }

  // Verdict-only mode (out_ == nullptr, inside oneOf/anyOf/not/if/contains):
  // the first failure decides, so no message is built and the walk stops.
  bool reporting() const { return out_ != nullptr; }

  // Whether `id` accepts `e`, without findings.
  bool probe(NodeId id, const dom::element& e) { return collect(id, e, nullptr); }

  // Runs `id` on `e` into `scratch` (nullptr: verdict only); returns whether it passed.
  bool collect(NodeId id, const dom::element& e, std::vector<Finding>* scratch) {
    std::vector<Finding>* saved = out_;
    out_ = scratch;
    bool ok = visit(id, e);
    out_ = saved;
    return ok;
  }

  // A member's or item's value. A leaf node is checked without a call to
  // visit() and visit_node(): their bookkeeping and their frames, sized for
  // every keyword, cost more than a leaf's own checks.
  [[gnu::always_inline]] bool visit_child(NodeId id, const dom::element& e) {
    const Node& n = c_.nodes[id];
    if (n.leaf && depth_ < kMaxDepth) {
      // A string against a string leaf: what check_keywords() would do for
      // it, without its call (the most common value and node of a document).
      if (n.string_leaf && e.is_string()) {
        bool ok = !n.enum_or_applicators || check_enum(n, e);  // a leaf's: enum or const
        if (!ok && !reporting()) return false;
        if (n.string_keywords) ok &= check_string(n, e, string_of(e));
        return ok;
      }
      return check_type(n, e) && check_keywords(n, e);
    }
    return visit(id, e);
  }

  bool visit_node(const Node& n, const dom::element& e) {
    if (n.always_false) {
      fail(e, "no value is allowed here");
      return false;
    }
    bool ok = true;
    if (n.ref != kNoNode) ok &= visit(n.ref, e);
    if (!ok && !reporting()) return false;
    if (!check_type(n, e)) return false;  // the other keywords would only repeat it
    ok &= check_keywords(n, e);
    if (!ok && !reporting()) return false;
    if (!n.enum_or_applicators) return ok;  // the usual node: nothing below applies
    for (NodeId s : n.all_of) {
      ok &= visit(s, e);
      if (!ok && !reporting()) return false;
    }
    if (!n.any_of.empty()) ok &= check_any_of(n, e);
    if (!n.one_of.empty()) ok &= check_one_of(n, e);
    if (!ok && !reporting()) return false;
    if (n.not_ != kNoNode) {
      if (probe(n.not_, e)) {
        fail(e, "must not match the schema at " + c_.nodes[n.not_].location);
        ok = false;
      }
    }
    if (n.if_ != kNoNode) {
      if (probe(n.if_, e)) {
        if (n.then_ != kNoNode) ok &= visit(n.then_, e);
      } else if (n.else_ != kNoNode) {
        ok &= visit(n.else_, e);
      }
    }
    return ok;
  }

  // The type keyword; a mismatch is reported here.
  [[gnu::always_inline]] bool check_type(const Node& n, const dom::element& e) {
    if (!n.types || type_matches(n, e)) return true;
    return type_mismatch(n, e);
  }
  [[gnu::noinline, gnu::cold]] bool type_mismatch(const Node& n, const dom::element& e) {
    if (reporting())
      fail(e, std::string("expected ") + expected_types(n.types) + ", found " + type_name(e.type()));
    return false;
  }

  // enum/const, then the keywords of the value's own kind.
  bool check_keywords(const Node& n, const dom::element& e) {
    bool ok = true;
    if (n.enum_or_applicators && (!n.enum_values.empty() || n.const_value)) ok &= check_enum(n, e);
    if (!ok && !reporting()) return false;
    const dom::element_type t = e.type();
    // The node's keyword kinds first, then the value's type: a node has
    // keywords of the kind its type declares, so these branches follow the
    // node and are predicted, where a switch on the value's type was an
    // indirect jump mispredicted at every change of type.
    if (n.object_keywords && t == dom::element_type::OBJECT) {
      dom::object obj;
      if (!e.get_object().get(obj)) ok &= check_object(n, e, obj);
    } else if (n.array_keywords && t == dom::element_type::ARRAY) {
      dom::array arr;
      if (!e.get_array().get(arr)) ok &= check_array(n, e, arr);
    } else if (n.string_keywords && t == dom::element_type::STRING) {
      ok &= check_string(n, e, string_of(e));
    } else if (n.number_keywords && (t == dom::element_type::INT64 || t == dom::element_type::UINT64 ||
                                     t == dom::element_type::DOUBLE)) {
      ok &= check_number(n, e);
    }
    return ok;
  }

  // Canonical JSON of the value (object members sorted, numbers by value)
  // for enum, const and uniqueItems; strings, the common case, directly.
  static void canonical(std::string& out, const dom::element& e, int depth) {
    switch (e.type()) {
      case dom::element_type::STRING:
        json::append_quoted(out, string_of(e));
        return;
      case dom::element_type::BOOL:
        out += e.get_bool().value_unsafe() ? "true" : "false";
        return;
      case dom::element_type::NULL_VALUE:
        out += "null";
        return;
      case dom::element_type::ARRAY: {
        out += '[';
        dom::array arr;
        if (e.get_array().get(arr)) return;
        for (dom::element item : arr) {
          if (depth < 2048) canonical(out, item, depth + 1);
          out += ',';
        }
        out += ']';
        return;
      }
      case dom::element_type::OBJECT: {
        std::vector<std::pair<std::string_view, dom::element>> members;
        dom::object obj;
        if (e.get_object().get(obj)) return;
        for (dom::key_value_pair f : obj) members.emplace_back(f.key, f.value);
        std::sort(members.begin(), members.end(),
                  [](auto& a, auto& b) { return a.first < b.first; });
        out += '{';
        for (auto& [k, val] : members) {
          json::append_quoted(out, k);
          out += ':';
          if (depth < 2048) canonical(out, val, depth + 1);
          out += ',';
        }
        out += '}';
        return;
      }
      default:
        out += canonical_number_text(number_text(e));
    }
  }
  static std::string canonical_here(const dom::element& e) {
    std::string out;
    canonical(out, e, 0);
    return out;
  }

  bool check_enum(const Node& n, const dom::element& e) {
    if (n.const_string && n.enum_values.empty() && e.is_string() && string_of(e) == *n.const_string)
      return true;  // "version": "3.1" and the like: no canonical text needed
    if (!n.const_value && n.enum_only_strings && e.is_string()) {
      // The common case (category, status, ...): no allocation.
      std::string_view s = string_of(e);
      const std::uint64_t prefix = property_prefix(s);
      for (std::size_t i = 0; i < n.enum_prefixes.size(); ++i)
        if (n.enum_prefixes[i] == prefix && same_name_after_prefix(n.enum_strings[i], s)) return true;
    }
    return check_enum_canonically(n, e);
  }
  // enum/const on the value's canonical text: values other than strings,
  // and every failure. Out of line (and below, the other checks' reporting
  // halves): building messages inline gave every value's check the frame
  // and register saves of the message code.
  [[gnu::noinline]] bool check_enum_canonically(const Node& n, const dom::element& e) {
    std::string mine = canonical_here(e);
    if (n.const_value && mine != *n.const_value) {
      if (!reporting()) return false;
      fail(e, "must be " + *n.const_value);
      return false;
    }
    if (!n.enum_values.empty() &&
        std::find(n.enum_values.begin(), n.enum_values.end(), mine) == n.enum_values.end()) {
      std::string list;
      for (std::size_t i = 0; i < n.enum_values.size() && i < 12; ++i)
        list += (i ? ", " : "") + n.enum_values[i];
      if (n.enum_values.size() > 12) list += ", ...";
      fail(e, mine + " is not one of: " + list);
      return false;
    }
    return true;
  }

  // The index of `key` in n.properties, or -1. The scan starts at `from`,
  // the property after the last one matched, and wraps around: producers
  // write members in the schema's order (CSAF's is alphabetical, and so are
  // most documents), so the first comparison usually finds the name.
  static std::ptrdiff_t find_property(const Node& n, std::string_view key, std::size_t from) {
    const std::uint64_t prefix = property_prefix(key);
    const std::size_t count = n.property_prefixes.size();
    const std::uint64_t* prefixes = n.property_prefixes.data();
    for (std::size_t i = from; i < count; ++i) {
      if (prefixes[i] != prefix) continue;
      if (same_name_after_prefix(n.properties[i].first, key)) return static_cast<std::ptrdiff_t>(i);
    }
    for (std::size_t i = 0; i < from && i < count; ++i) {
      if (prefixes[i] != prefix) continue;
      if (same_name_after_prefix(n.properties[i].first, key)) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  }

  bool check_object(const Node& n, const dom::element& e, const dom::object& obj) {
    bool ok = true;
    std::size_t count = 0;
    std::uint64_t matched = 0;  // bit i: properties[i] is present (the first 64)
    std::size_t next = 0;       // where find_property() starts
    for (dom::key_value_pair field : obj) {
      ++count;
      bool known = false;
      const std::string_view key = field.key;
      const std::ptrdiff_t i = find_property(n, key, next);
      if (i >= 0) {
        known = true;
        next = static_cast<std::size_t>(i) + 1;
        if (i < 64) matched |= std::uint64_t{1} << i;
        ok &= visit_child(n.properties[static_cast<std::size_t>(i)].second, field.value);
      }
      for (const auto& [re, id] : n.pattern_properties) {
        if (re->search(field.key)) {
          known = true;
          ok &= visit_child(id, field.value);
        }
      }
      if (!known && n.additional_properties != kNoNode) {
        if (c_.nodes[n.additional_properties].always_false) {
          if (!reporting()) return false;
          fail(field.value, "property " + quote_text(field.key) + " is not allowed here");
          ok = false;
        } else {
          ok &= visit_child(n.additional_properties, field.value);
        }
      }
      if (n.property_names != kNoNode) {
        // The name itself is the instance: check it as a string.
        simdjson::dom::parser p;
        std::string quoted_name;
        json::append_quoted(quoted_name, field.key);
        dom::element name_element;
        if (!p.parse(quoted_name).get(name_element) && !probe(n.property_names, name_element)) {
          fail(field.value, "property name " + quote_text(field.key) + " is not allowed");
          ok = false;
        }
      }
      if (!ok && !reporting()) return false;
    }
    for (std::size_t i = 0; i < n.required.size(); ++i) {
      const std::string& r = n.required[i];
      const std::int32_t p = n.required_property[i];
      if (p >= 0 && (matched >> p & 1)) continue;
      dom::element ignored;
      if (p >= 0 || obj.at_key(r).get(ignored)) {
        if (!reporting()) return false;
        fail(e, "missing required property " + quote_text(r));
        ok = false;
      }
    }
    for (const auto& [name, deps] : n.dependent_required) {
      dom::element ignored;
      if (obj.at_key(name).get(ignored)) continue;
      for (const auto& d : deps)
        if (obj.at_key(d).get(ignored)) {
          fail(e, "property " + quote_text(d) + " is required when " + quote_text(name) +
               " is present");
          ok = false;
        }
    }
    if (n.min_properties && count < *n.min_properties) {
      fail(e, "must have at least " + std::to_string(*n.min_properties) + " properties, has " +
           std::to_string(count));
      ok = false;
    }
    if (n.max_properties && count > *n.max_properties) {
      fail(e, "must have at most " + std::to_string(*n.max_properties) + " properties, has " +
           std::to_string(count));
      ok = false;
    }
    return ok;
  }

  // A string that occurs twice in `items` (the smallest such, as sorting
  // finds it), or nullopt. Decided first on hashes: distinct hashes prove
  // distinct strings, so the usual list (product ids sharing a long prefix)
  // costs one hash per item and a sort of integers; only a hash collision or
  // a real duplicate sorts the strings themselves.
  std::optional<std::string_view> first_duplicate(std::span<std::string_view> items) {
    hashes_.clear();
    for (std::string_view s : items) hashes_.push_back(StringHash()(s));
    std::sort(hashes_.begin(), hashes_.end());
    if (std::adjacent_find(hashes_.begin(), hashes_.end()) == hashes_.end()) return std::nullopt;
    std::sort(items.begin(), items.end());
    auto dup = std::adjacent_find(items.begin(), items.end());
    if (dup == items.end()) return std::nullopt;
    return *dup;
  }

  bool check_array(const Node& n, const dom::element& e, const dom::array& arr) {
    bool ok = true;
    std::size_t i = 0, matches = 0;
    // uniqueItems over strings: collected on the walker's stack of strings
    // (nested arrays push above and pop before this one continues).
    const std::size_t strings_start = strings_.size();
    // Over anything else: canonical text, in a hash set (a tree compared
    // the long common prefixes of similar objects, Red Hat's relationships
    // or notes, again at every level), made for the first such item only.
    std::optional<absl::flat_hash_set<std::string, StringHash, std::equal_to<>>> seen;
    bool duplicate_reported = false;
    for (dom::element item : arr) {
      if (i < n.prefix_items.size())
        ok &= visit_child(n.prefix_items[i], item);
      else if (n.items != kNoNode) {
        if (c_.nodes[n.items].always_false) {
          fail(item, "no more than " + std::to_string(n.prefix_items.size()) + " items are allowed");
          ok = false;
        } else {
          ok &= visit_child(n.items, item);
        }
      }
      if (n.contains != kNoNode && probe(n.contains, item)) ++matches;
      if (n.unique_items) {
        if (item.is_string()) {
          strings_.push_back(string_of(item));
        } else if (!(seen ? *seen : seen.emplace()).insert(canonical_here(item)).second &&
                   !duplicate_reported) {
          fail(item, "duplicate item: all items must be unique");
          duplicate_reported = true;
          ok = false;
        }
      }
      ++i;
      if (!ok && !reporting()) {
        strings_.resize(strings_start);
        return false;
      }
    }
    if (strings_.size() > strings_start && !duplicate_reported) {
      if (auto dup = first_duplicate(std::span(strings_).subspan(strings_start))) {
        fail(e, "duplicate item " + quote_text(*dup) + ": all items must be unique");
        ok = false;
      }
    }
    strings_.resize(strings_start);
    if (n.min_items && i < *n.min_items) {
      fail(e, "must have at least " + std::to_string(*n.min_items) + " items, has " +
           std::to_string(i));
      ok = false;
    }
    if (n.max_items && i > *n.max_items) {
      fail(e, "must have at most " + std::to_string(*n.max_items) + " items, has " +
           std::to_string(i));
      ok = false;
    }
    if (n.contains != kNoNode) {
      std::uint64_t min = n.min_contains.value_or(1);
      if (matches < min || (n.max_contains && matches > *n.max_contains)) {
        fail(e, "must contain " + std::to_string(min) + " or more items matching the schema at " +
             c_.nodes[n.contains].location + ", has " + std::to_string(matches));
        ok = false;
      }
    }
    return ok;
  }

  // Whether `s` passes the node's string keywords; when it does not, the
  // full check below runs again and words each failure. Inline in the walk
  // (the common value): GCC stopped inlining it as check_array grew.
  [[gnu::always_inline]] bool check_string(const Node& n, const dom::element& e,
                                           std::string_view s) {
    const bool length_ok = !may_be_too_short(n, s) && !may_be_too_long(n, s);
    if (length_ok && (!n.pattern || n.pattern->search(s)) && format_matches(n.format, s)) return true;
    return report_string(n, e, s);
  }
  // A string has between size/4 and size code points: most lengths are
  // decided by the byte count alone, without counting (notes and
  // descriptions run to kilobytes). These say when it does not decide.
  static bool may_be_too_short(const Node& n, std::string_view s) {
    return n.min_length && (s.size() + 3) / 4 < *n.min_length;
  }
  static bool may_be_too_long(const Node& n, std::string_view s) {
    return n.max_length && s.size() > *n.max_length;
  }
  [[gnu::noinline, gnu::cold]] bool report_string(const Node& n, const dom::element& e, std::string_view s) {
    // With the length decided by the byte count, the pattern or the format
    // failed: a verdict without words (inside oneOf: a CVSS 3.1 vector
    // against the 3.0 schema, in every v3 score) needs no second match.
    if (!reporting() && !may_be_too_short(n, s) && !may_be_too_long(n, s)) return false;
    bool ok = true;
    if (may_be_too_short(n, s) || may_be_too_long(n, s)) {
      std::size_t len = verdict::code_points(s);
      if (!reporting() &&
          ((n.min_length && len < *n.min_length) || (n.max_length && len > *n.max_length)))
        return false;
      if (n.min_length && len < *n.min_length) {
        fail(e, "must be at least " + std::to_string(*n.min_length) + " characters long, is " +
             std::to_string(len));
        ok = false;
      }
      if (n.max_length && len > *n.max_length) {
        fail(e, "must be at most " + std::to_string(*n.max_length) + " characters long, is " +
             std::to_string(len));
        ok = false;
      }
    }
    if (n.pattern && !n.pattern->search(s)) {
      if (!reporting()) return false;
      fail(e, quote_text(s) + " does not match the pattern " + n.pattern_source);
      ok = false;
    }
    if (!ok && !reporting()) return false;
    switch (n.format) {
      case Format::kNone:
        break;
      case Format::kDateTime:
        if (!is_date_time(s))
          fail(e, quote_text(s) + " is not an RFC 3339 date-time (e.g. 2024-01-31T12:00:00Z)"),
              ok = false;
        break;
      case Format::kDate:
        if (!is_date(s))
          fail(e, quote_text(s) + " is not an RFC 3339 full-date (YYYY-MM-DD)"), ok = false;
        break;
      case Format::kUri:
        if (!is_uri(s)) fail(e, quote_text(s) + " is not an absolute URI (RFC 3986)"), ok = false;
        break;
      case Format::kUriReference:
        if (!is_uri_reference(s))
          fail(e, quote_text(s) + " is not a URI reference (RFC 3986)"), ok = false;
        break;
      case Format::kEmail:
        if (!is_email(s)) fail(e, quote_text(s) + " is not an email address"), ok = false;
        break;
      case Format::kUuid:
        if (!is_uuid(s)) fail(e, quote_text(s) + " is not a UUID"), ok = false;
        break;
    }
    return ok;
  }

  bool check_number(const Node& n, const dom::element& e) {
    if (!n.minimum && !n.maximum && !n.exclusive_minimum && !n.exclusive_maximum && !n.multiple_of)
      return true;
    // A value within the bounds passes here; one outside goes on to the
    // decimal comparison, which words the failure.
    if (n.double_bounds && verdict::within(e, static_cast<char>(e.type()), n.min_d, n.max_d,
                                           n.exclusive_min_d, n.exclusive_max_d))
      return true;
    return check_number_as_decimal(n, e);
  }
  [[gnu::noinline]] bool check_number_as_decimal(const Node& n, const dom::element& e) {
    std::string text = number_text(e);
    auto d = Decimal::parse(text);
    if (!d) return true;
    bool ok = true;
    auto bound = [&](const std::optional<Decimal>& b, auto bad, const char* what) {
      if (b && bad(compare(*d, *b))) {
        fail(e, text + " must be " + what);
        ok = false;
      }
    };
    bound(
        n.minimum, [](int c) { return c < 0; }, "at least the minimum");
    bound(
        n.maximum, [](int c) { return c > 0; }, "at most the maximum");
    bound(
        n.exclusive_minimum, [](int c) { return c <= 0; }, "greater than the exclusive minimum");
    bound(
        n.exclusive_maximum, [](int c) { return c >= 0; }, "less than the exclusive maximum");
    if (n.multiple_of && !is_multiple_of(*d, *n.multiple_of)) {
      fail(e, text + " is not a multiple of the required step");
      ok = false;
    }
    return ok;
  }

  // How far an alternative that failed is from passing, for "closest:": an
  // alternative of the wrong type ranks behind every one of the right type
  // (its single "expected ..." finding says nothing useful).
  std::size_t distance(NodeId id, const dom::element& e,
                       const std::vector<Finding>& findings) const {
    const Node* n = &c_.nodes[id];
    for (int hops = 0; hops < 8 && !n->types && n->ref != kNoNode; ++hops) n = &c_.nodes[n->ref];
    return type_matches(*n, e) ? findings.size() : findings.size() + (std::size_t{1} << 32);
  }

  static bool type_matches(const Node& n, const dom::element& e) {
    return !n.types || verdict::type_ok(n.types, static_cast<char>(e.type()), e);
  }

  // The findings of the failed alternative closest to passing (error path
  // only: the alternatives are walked again, this time collecting).
  std::vector<Finding> closest(const std::vector<NodeId>& alternatives, const dom::element& e) {
    std::vector<Finding> best;
    std::size_t best_distance = 0;
    bool have_best = false;
    for (NodeId s : alternatives) {
      std::vector<Finding> scratch;
      if (collect(s, e, &scratch)) continue;
      std::size_t d = distance(s, e, scratch);
      if (!have_best || d < best_distance)
        best = std::move(scratch), best_distance = d, have_best = true;
    }
    return best;
  }

  bool check_any_of(const Node& n, const dom::element& e) {
    for (NodeId s : n.any_of)
      if (probe(s, e)) return true;
    if (!reporting()) return false;
    std::vector<Finding> best = closest(n.any_of, e);
    fail(e, "matches none of the " + std::to_string(n.any_of.size()) +
         " allowed alternatives (anyOf); closest:");
    out_->insert(out_->end(), best.begin(), best.end());
    return false;
  }

  bool check_one_of(const Node& n, const dom::element& e) {
    std::size_t passed = 0;
    for (NodeId s : n.one_of) {
      if (probe(s, e)) ++passed;
      if (passed > 1 && !reporting()) return false;
    }
    if (passed == 1) return true;
    if (!reporting()) return false;
    if (passed > 1) {
      fail(e, "matches " + std::to_string(passed) +
           " of the alternatives, exactly one is allowed (oneOf)");
      return false;
    }
    std::vector<Finding> best = closest(n.one_of, e);
    fail(e, "matches none of the " + std::to_string(n.one_of.size()) +
         " alternatives (oneOf); closest:");
    out_->insert(out_->end(), best.begin(), best.end());
    return false;
  }

  const Compiled& c_;
  const json::Value& instance_;  // for pointers
  std::vector<Finding>* out_;
  // Scratch, kept per thread across documents: a Walker lives for one
  // document, and growing these anew each time cost five allocations per
  // CSAF document. A Walker leaves strings_ as it found it (a stack).
  struct Scratch {
    std::vector<std::string_view> strings;
    std::vector<std::size_t> hashes;
  };
  static Scratch& scratch() {
    thread_local Scratch s;
    return s;
  }
  std::vector<std::string_view>& strings_ = scratch().strings;
  std::vector<std::size_t>& hashes_ = scratch().hashes;  // for first_duplicate()
  int depth_ = 0;
};

}  // namespace

bool VerdictContext::probe(NodeId id, const simdjson::dom::element& e) {
  return Walker(compiled_, instance_, nullptr).visit(id, e);
}

bool VerdictContext::unique(const simdjson::dom::element& array) {
  // Items that look different are different; alike ones are compared as
  // the walk compares them.
  if (proven_distinct(array)) return true;
  simdjson::dom::array items;
  return !array.get_array().get(items) && Walker(compiled_, instance_, nullptr).all_unique(items);
}

bool Validator::validate(const json::Value& instance, std::vector<Finding>& out) const {
  // Most documents are valid: proven so by the generated code, they need no
  // walk. The others are walked, which finds and words every failure.
  if (proven_valid(instance)) return true;
  return validate_by_walk(instance, out);
}

bool Validator::validate_by_walk(const json::Value& instance, std::vector<Finding>& out) const {
  // Findings name their values' pointers in the whole document, so those
  // below `instance` start with its own.
  Walker walker(*compiled_, instance, &out);
  return walker.visit(compiled_->root, instance.raw());
}

bool Validator::proven_valid(const json::Value& instance) const {
  if (!verdict_) return false;
  VerdictContext context(*compiled_, instance);
  return verdict_(context, instance.raw());
}

}  // namespace vt::validation::schema
