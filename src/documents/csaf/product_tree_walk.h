// Visiting a product tree: its branches, and every full product name it
// defines. Recursive and without allocation (tests walked the tree with an
// explicit stack, a vector allocated per document and test): the JSON
// layer caps nesting (1,024 levels unless a caller raises it), and the
// model was built by the same recursion (parse.cpp), so the depth of
// branches is already bounded.
#pragma once

#include <vector>

#include "documents/csaf/model.h"

namespace vt::csaf {

// fn(branch) for each branch of `branches` and below: depth first, each
// branch before its children, in document order.
template <typename Fn>
void for_each_branch(const std::vector<Branch>& branches, Fn&& fn) {
  for (const Branch& b : branches) {
    fn(b);
    for_each_branch(b.branches, fn);
  }
}

// fn(full_product_name) for each product the tree defines, in the order of
// the index's definitions: full_product_names, branches' products (as
// for_each_branch), relationships' full_product_name.
template <typename Fn>
void for_each_full_product_name(const ProductTree& tree, Fn&& fn) {
  for (const FullProductName& p : tree.full_product_names) fn(p);
  for_each_branch(tree.branches, [&](const Branch& b) {
    if (b.product) fn(*b.product);
  });
  for (const Relationship& r : tree.relationships)
    if (r.full_product_name) fn(*r.full_product_name);
}

}  // namespace vt::csaf
