// Where each product id and group id of a document is defined and referenced:
// the basis of tests 6.1.1, 6.1.2, 6.1.4, 6.1.5, 6.1.6 and of product tree
// resolution.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.h"

#include "documents/csaf/model.h"

namespace vt::csaf {

struct ProductRef {
  std::string_view id;
  // The string value that names it; for the items of an id list, the list's
  // array with the item's position in `item` (no Value per item: the pointer
  // is built only when a test reports).
  json::Value source;
  static constexpr std::uint32_t kNotAnItem = 0xffffffff;
  std::uint32_t item = kNotAnItem;
  std::string pointer() const;
};

struct ProductIndex {
  // Definitions in document order: full_product_names, branches (depth
  // first), relationships' full_product_name.
  std::vector<ProductRef> product_definitions;
  std::vector<ProductRef> group_definitions;  // product_groups[*].group_id
  // id -> the product's full name definition (first definition wins).
  StringMap<const FullProductName*> products;
  StringMap<const ProductGroup*> groups;
};

ProductIndex index_products(const Document& doc);

// Calls fn(const ProductRef&) for every place that refers to a product id:
// relationships (product_reference, relates_to_product_reference),
// product_groups, then per vulnerability product_status, scores, flags,
// remediations and threats. Walked when asked, not kept: a CISA advisory
// has about 120 references, and a vector of them was built and read once.
template <typename Fn>
void for_each_product_reference(const Document& doc, Fn&& fn);
// Likewise for group ids (flags, remediations, threats).
template <typename Fn>
void for_each_group_reference(const Document& doc, Fn&& fn);

namespace detail {

// fn(ref) for the string items of an id list's array, with their positions.
template <typename Fn>
void each_listed(const json::Value& array, Fn& fn) {
  std::uint32_t i = 0;
  for (json::Value item : array.items()) {
    if (item.is_string()) fn(ProductRef{item.as_string(), array, i});
    ++i;
  }
}
template <typename Fn>
void each_listed(const std::optional<ProductIdList>& list, Fn& fn) {
  if (list) each_listed(list->source, fn);
}
template <typename Fn>
void each_member_ref(const json::Value& object, std::string_view member, Fn& fn) {
  auto v = object.find(member);
  if (v && v->is_string()) fn(ProductRef{v->as_string(), *v});
}

}  // namespace detail

template <typename Fn>
void for_each_product_reference(const Document& doc, Fn&& fn) {
  if (doc.product_tree) {
    for (const auto& r : doc.product_tree->relationships) {
      detail::each_member_ref(r.source, "product_reference", fn);
      detail::each_member_ref(r.source, "relates_to_product_reference", fn);
    }
    for (const auto& g : doc.product_tree->product_groups) detail::each_listed(g.product_ids_source, fn);
  }
  for (const auto& v : doc.vulnerabilities) {
    if (v.product_status) {
      const ProductStatus& ps = *v.product_status;
      for (const auto* list : {&ps.first_affected, &ps.first_fixed, &ps.fixed, &ps.known_affected,
                               &ps.known_not_affected, &ps.last_affected, &ps.recommended, &ps.under_investigation})
        detail::each_listed(*list, fn);
    }
    for (const auto& s : v.scores) detail::each_listed(s.products, fn);
    for (const auto& f : v.flags) detail::each_listed(f.product_ids, fn);
    for (const auto& r : v.remediations) detail::each_listed(r.product_ids, fn);
    for (const auto& t : v.threats) detail::each_listed(t.product_ids, fn);
  }
}

template <typename Fn>
void for_each_group_reference(const Document& doc, Fn&& fn) {
  for (const auto& v : doc.vulnerabilities) {
    for (const auto& f : v.flags) detail::each_listed(f.group_ids, fn);
    for (const auto& r : v.remediations) detail::each_listed(r.group_ids, fn);
    for (const auto& t : v.threats) detail::each_listed(t.group_ids, fn);
  }
}

}  // namespace vt::csaf
