// CPE name matching (NISTIR 7696 §6): attribute comparison per Table 6-2 and
// the name-level relations built on it. Comparison is case-insensitive.
// A leading or trailing run of n '?' matches up to n characters, as in the
// NIST reference implementation the suite comes from.
#include <algorithm>

#include "core/strings.h"
#include "version/cpe.h"
#include "version/cpe_value.h"

namespace vt::version {
namespace {

using cpe_detail::Shape;
using cpe_detail::Token;

bool lead_ok(const Shape& s, std::size_t skipped) {
  switch (s.lead) {
    case Shape::Edge::kNone: return skipped == 0;
    case Shape::Edge::kStar: return true;
    case Shape::Edge::kQuestions: return skipped <= s.lead_count;
  }
  return false;
}

bool trail_ok(const Shape& s, std::size_t left) {
  switch (s.trail) {
    case Shape::Edge::kNone: return left == 0;
    case Shape::Edge::kStar: return true;
    case Shape::Edge::kQuestions: return left <= s.trail_count;
  }
  return false;
}

// Whether the wildcard pattern `source` matches the plain value `target`.
bool matches(const std::string& source, const std::string& target) {
  std::vector<Token> pattern, value;
  Shape shape;
  if (!cpe_detail::tokenize(source, pattern) || !cpe_detail::shape_of(pattern, shape)) return false;
  if (!cpe_detail::tokenize(target, value)) return false;
  const std::size_t body = shape.body_end - shape.body_begin;
  if (body == 0) return value.size() <= shape.lead_count;  // "???"
  if (value.size() < body) return false;
  for (std::size_t at = 0; at + body <= value.size(); ++at) {
    bool same = true;
    for (std::size_t k = 0; k < body && same; ++k) same = pattern[shape.body_begin + k].c == value[at + k].c;
    if (same && lead_ok(shape, at) && trail_ok(shape, value.size() - at - body)) return true;
  }
  return false;
}

}  // namespace

std::string_view to_string(CpeRelation r) {
  switch (r) {
    case CpeRelation::kDisjoint: return "DISJOINT";
    case CpeRelation::kSubset: return "SUBSET";
    case CpeRelation::kSuperset: return "SUPERSET";
    case CpeRelation::kEqual: return "EQUAL";
    case CpeRelation::kUndefined: return "UNDEFINED";
  }
  return "?";
}

CpeRelation compare_values(const CpeValue& source, const CpeValue& target) {
  if (target.has_wildcards()) return CpeRelation::kUndefined;
  if (source.kind == target.kind && (source.kind != CpeValue::Kind::kString ||
                                     ascii_lowered(source.text) == ascii_lowered(target.text)))
    return CpeRelation::kEqual;
  if (source.is_any()) return CpeRelation::kSuperset;
  if (target.is_any()) return CpeRelation::kSubset;
  if (source.is_na() || target.is_na()) return CpeRelation::kDisjoint;
  if (!source.has_wildcards()) return CpeRelation::kDisjoint;
  return matches(ascii_lowered(source.text), ascii_lowered(target.text)) ? CpeRelation::kSuperset
                                                                         : CpeRelation::kDisjoint;
}

std::array<CpeRelation, kCpeAttributeCount> compare_wfns(const Wfn& source, const Wfn& target) {
  std::array<CpeRelation, kCpeAttributeCount> out{};
  for (std::size_t i = 0; i < kCpeAttributeCount; ++i) out[i] = compare_values(source.values[i], target.values[i]);
  return out;
}

namespace {
template <typename Pred>
bool all_of(const Wfn& source, const Wfn& target, Pred pred) {
  const auto r = compare_wfns(source, target);
  return std::all_of(r.begin(), r.end(), pred);
}
}  // namespace

bool cpe_disjoint(const Wfn& source, const Wfn& target) {
  const auto r = compare_wfns(source, target);
  return std::find(r.begin(), r.end(), CpeRelation::kDisjoint) != r.end();
}

bool cpe_equal(const Wfn& source, const Wfn& target) {
  return all_of(source, target, [](CpeRelation r) { return r == CpeRelation::kEqual; });
}

bool cpe_subset(const Wfn& source, const Wfn& target) {
  return all_of(source, target, [](CpeRelation r) { return r == CpeRelation::kSubset || r == CpeRelation::kEqual; });
}

bool cpe_superset(const Wfn& source, const Wfn& target) {
  return all_of(source, target,
                [](CpeRelation r) { return r == CpeRelation::kSuperset || r == CpeRelation::kEqual; });
}

CpeRelation compare_names(const Wfn& source, const Wfn& target) {
  const auto r = compare_wfns(source, target);
  auto all = [&](auto pred) { return std::all_of(r.begin(), r.end(), pred); };
  if (all([](CpeRelation x) { return x == CpeRelation::kEqual; })) return CpeRelation::kEqual;
  if (all([](CpeRelation x) { return x == CpeRelation::kSuperset || x == CpeRelation::kEqual; }))
    return CpeRelation::kSuperset;
  if (all([](CpeRelation x) { return x == CpeRelation::kSubset || x == CpeRelation::kEqual; }))
    return CpeRelation::kSubset;
  if (std::find(r.begin(), r.end(), CpeRelation::kDisjoint) != r.end()) return CpeRelation::kDisjoint;
  return CpeRelation::kUndefined;
}

}  // namespace vt::version
