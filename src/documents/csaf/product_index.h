// Where each product id and group id of a document is defined and referenced:
// the basis of tests 6.1.1, 6.1.2, 6.1.4, 6.1.5, 6.1.6 and of product tree
// resolution.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "core/string_hash.h"

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
  // Every place that refers to a product id or group id (product_status,
  // flags, remediations, scores, threats, product_groups, relationships).
  std::vector<ProductRef> product_references;
  std::vector<ProductRef> group_references;

  // id -> the product's full name definition (first definition wins).
  absl::flat_hash_map<std::string_view, const FullProductName*, StringHash> products;
  absl::flat_hash_map<std::string_view, const ProductGroup*, StringHash> groups;
};

ProductIndex index_products(const Document& doc);

}  // namespace vt::csaf
