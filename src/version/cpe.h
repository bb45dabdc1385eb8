// CPE 2.3 names (NISTIR 7695) and name matching (NISTIR 7696): the
// well-formed name (WFN) model with the logical values ANY and NA, binding
// to and unbinding from the 2.3 formatted string and the 2.2 URI (with the
// edition packing of the extended attributes), and attribute- and
// name-level comparison with the `*` and `?` wildcards.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace vt::version {

// One WFN attribute value. A string is kept in the WFN's own form: letters,
// digits and `_` as they are, every other character quoted with `\`
// ("8\.0\.6001"), and unquoted `*` / `?` are wildcards (only at either end).
struct CpeValue {
  enum class Kind { kAny, kNa, kString };
  Kind kind = Kind::kAny;
  std::string text;  // only for kString

  static CpeValue any() { return {}; }
  static CpeValue na() { return {Kind::kNa, {}}; }
  // Takes a value already in WFN form; see make_cpe_value to check one.
  static CpeValue string(std::string wfn_text) { return {Kind::kString, std::move(wfn_text)}; }

  bool is_any() const { return kind == Kind::kAny; }
  bool is_na() const { return kind == Kind::kNa; }
  bool has_wildcards() const;
  friend bool operator==(const CpeValue&, const CpeValue&) = default;
};

// Checks a WFN string value: printable ASCII, no unquoted punctuation other
// than the wildcards, `*` only alone at an end, `?` only in runs at the ends.
Result<CpeValue> make_cpe_value(std::string_view wfn_text);

enum class CpeAttribute {
  kPart, kVendor, kProduct, kVersion, kUpdate, kEdition,
  kLanguage, kSwEdition, kTargetSw, kTargetHw, kOther,
};
inline constexpr std::size_t kCpeAttributeCount = 11;
std::string_view attribute_name(CpeAttribute a);  // "sw_edition", ...

struct Wfn {
  std::array<CpeValue, kCpeAttributeCount> values;  // all ANY by default

  CpeValue& operator[](CpeAttribute a) { return values[static_cast<std::size_t>(a)]; }
  const CpeValue& operator[](CpeAttribute a) const { return values[static_cast<std::size_t>(a)]; }
  // The NISTIR 7695 §5.4 display form with all eleven attributes:
  // wfn:[part="a",vendor="microsoft",version=ANY,...]
  std::string to_string() const;
  friend bool operator==(const Wfn&, const Wfn&) = default;
};

// Reads the display form; attributes left out are ANY. Part must be a, o or h.
Result<Wfn> parse_wfn(std::string_view text);

// cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*
std::string bind_to_formatted_string(const Wfn& wfn);
Result<Wfn> unbind_formatted_string(std::string_view text);

// cpe:/a:microsoft:internet_explorer:8.0.6001:beta (CPE 2.2 URI; the
// extended attributes packed into the edition as ~ed~sw~tsw~thw~other).
std::string bind_to_uri(const Wfn& wfn);
Result<Wfn> unbind_uri(std::string_view text);

// Either binding, told apart by the prefix.
Result<Wfn> parse_cpe(std::string_view text);

// NISTIR 7696 Table 6-2: how a source attribute value relates to a target
// one (case-insensitive). A target with wildcards makes it undefined.
enum class CpeRelation { kDisjoint, kSubset, kSuperset, kEqual, kUndefined };
std::string_view to_string(CpeRelation r);
CpeRelation compare_values(const CpeValue& source, const CpeValue& target);
std::array<CpeRelation, kCpeAttributeCount> compare_wfns(const Wfn& source, const Wfn& target);

// Name-level relations of NISTIR 7696 §6.2: disjoint when some attribute is,
// equal when all are, subset (superset) when all are subset (superset) or equal.
bool cpe_disjoint(const Wfn& source, const Wfn& target);
bool cpe_equal(const Wfn& source, const Wfn& target);
bool cpe_subset(const Wfn& source, const Wfn& target);
bool cpe_superset(const Wfn& source, const Wfn& target);

// The name-level relation in one value: kEqual, kSuperset, kSubset or
// kDisjoint as above (in that order of precedence), kUndefined otherwise
// (names that overlap without one containing the other, or a target with
// wildcards). A CPE applicability check is "kSuperset or kEqual".
CpeRelation compare_names(const Wfn& source, const Wfn& target);

}  // namespace vt::version
