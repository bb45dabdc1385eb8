#include "documents/csaf/product_index.h"

namespace vt::csaf {
namespace {

void define(ProductIndex& index, const FullProductName& p) {
  if (!p.product_id) return;
  auto id = p.source.find("product_id");
  index.product_definitions.push_back({*p.product_id, *id});
  index.products.emplace(*p.product_id, &p);
}

// Depth first with an explicit stack, in document order.
void index_branches(ProductIndex& index, const std::vector<Branch>& roots) {
  std::vector<const Branch*> stack;
  for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.push_back(&*it);
  while (!stack.empty()) {
    const Branch* b = stack.back();
    stack.pop_back();
    if (b->product) define(index, *b->product);
    for (auto it = b->branches.rbegin(); it != b->branches.rend(); ++it) stack.push_back(&*it);
  }
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
    for (const auto& p : tree.full_product_names) define(index, p);
    index_branches(index, tree.branches);
    for (const auto& r : tree.relationships)
      if (r.full_product_name) define(index, *r.full_product_name);
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
