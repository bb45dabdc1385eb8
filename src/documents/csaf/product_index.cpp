#include "documents/csaf/product_index.h"

#include "documents/csaf/product_tree_walk.h"

namespace vt::csaf {
namespace {

void define(ProductIndex& index, const FullProductName& p) {
  if (!p.product_id) return;
  auto id = p.source.find("product_id");
  index.product_definitions.push_back({*p.product_id, *id});
  index.products.emplace(*p.product_id, &p);
}

}  // namespace

std::string ProductRef::pointer() const {
  std::string p = source.pointer();
  if (item != kNotAnItem) json::append_pointer(p, static_cast<std::size_t>(item));
  return p;
}

ProductIndex index_products(const Document& doc) {
  ProductIndex index;
  if (doc.product_tree) {
    const ProductTree& tree = *doc.product_tree;
    for_each_full_product_name(tree, [&](const FullProductName& p) { define(index, p); });
    for (const auto& g : tree.product_groups) {
      if (g.group_id) {
        index.group_definitions.push_back({*g.group_id, *g.source.find("group_id")});
        index.groups.emplace(*g.group_id, &g);
      }
    }
  }
  return index;
}

}  // namespace vt::csaf
