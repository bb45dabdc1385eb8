#include "documents/csaf/product_index.h"

namespace vt::csaf {
namespace {

// The string items of an id list's array, with their positions.
void add_refs(std::vector<ProductRef>& out, const json::Value& array) {
  std::uint32_t i = 0;
  for (json::Value item : array.items()) {
    if (item.is_string()) out.push_back({item.as_string(), array, i});
    ++i;
  }
}

void add_refs(std::vector<ProductRef>& out, const std::optional<ProductIdList>& list) {
  if (list) add_refs(out, list->source);
}

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

void add_reference(std::vector<ProductRef>& out, const json::Value& object, std::string_view member) {
  auto v = object.find(member);
  if (v && v->is_string()) out.push_back({v->as_string(), *v});
}

}  // namespace

std::string ProductRef::pointer() const {
  std::string p = source.pointer();
  if (item != kNotAnItem) json::append_pointer(p, static_cast<std::size_t>(item));
  return p;
}

namespace {

// How many product references the vulnerabilities hold, so that the list
// is allocated once (a 100 MB document has about a million).
std::size_t count_vulnerability_references(const Document& doc) {
  std::size_t n = 0;
  auto add = [&](const std::optional<ProductIdList>& list) {
    if (list) n += list->ids.size();
  };
  for (const auto& v : doc.vulnerabilities) {
    if (v.product_status) {
      const ProductStatus& ps = *v.product_status;
      for (const auto* list : {&ps.first_affected, &ps.first_fixed, &ps.fixed, &ps.known_affected,
                               &ps.known_not_affected, &ps.last_affected, &ps.recommended,
                               &ps.under_investigation})
        add(*list);
    }
    for (const auto& s : v.scores) add(s.products);
    for (const auto& f : v.flags) add(f.product_ids);
    for (const auto& r : v.remediations) add(r.product_ids);
    for (const auto& t : v.threats) add(t.product_ids);
  }
  return n;
}

}  // namespace

ProductIndex index_products(const Document& doc) {
  ProductIndex index;
  if (doc.product_tree) {
    const ProductTree& tree = *doc.product_tree;
    for (const auto& p : tree.full_product_names) define(index, p);
    index_branches(index, tree.branches);
    for (const auto& r : tree.relationships) {
      if (r.full_product_name) define(index, *r.full_product_name);
      add_reference(index.product_references, r.source, "product_reference");
      add_reference(index.product_references, r.source, "relates_to_product_reference");
    }
    for (const auto& g : tree.product_groups) {
      if (g.group_id) {
        index.group_definitions.push_back({*g.group_id, *g.source.find("group_id")});
        index.groups.emplace(*g.group_id, &g);
      }
      add_refs(index.product_references, g.product_ids_source);
    }
  }
  index.product_references.reserve(index.product_references.size() +
                                   count_vulnerability_references(doc));
  for (const auto& v : doc.vulnerabilities) {
    if (v.product_status) {
      const ProductStatus& ps = *v.product_status;
      for (const auto* list : {&ps.first_affected, &ps.first_fixed, &ps.fixed, &ps.known_affected,
                               &ps.known_not_affected, &ps.last_affected, &ps.recommended, &ps.under_investigation})
        add_refs(index.product_references, *list);
    }
    for (const auto& s : v.scores) add_refs(index.product_references, s.products);
    for (const auto& f : v.flags) {
      add_refs(index.product_references, f.product_ids);
      add_refs(index.group_references, f.group_ids);
    }
    for (const auto& r : v.remediations) {
      add_refs(index.product_references, r.product_ids);
      add_refs(index.group_references, r.group_ids);
    }
    for (const auto& t : v.threats) {
      add_refs(index.product_references, t.product_ids);
      add_refs(index.group_references, t.group_ids);
    }
  }
  return index;
}

}  // namespace vt::csaf
