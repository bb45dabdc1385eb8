// Where each product id and group id of a document is defined and referenced:
// the basis of tests 6.1.1, 6.1.2, 6.1.4, 6.1.5, 6.1.6 and of product tree
// resolution.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "documents/csaf/model.h"

namespace vt::csaf {

struct ProductRef {
  std::string_view id;
  json::Value source;  // the string value that names it (pointer for errors)
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
  std::unordered_map<std::string_view, const FullProductName*> products;
  std::unordered_map<std::string_view, const ProductGroup*> groups;
};

ProductIndex index_products(const Document& doc);

}  // namespace vt::csaf
