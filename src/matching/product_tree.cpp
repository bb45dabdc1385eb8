#include "matching/product_tree.h"

namespace vt::matching {
namespace {

std::size_t count_branch_products(const std::vector<csaf::Branch>& branches) {
  std::size_t n = 0;
  std::vector<const csaf::Branch*> stack;
  for (const auto& b : branches) stack.push_back(&b);
  while (!stack.empty()) {
    const csaf::Branch* b = stack.back();
    stack.pop_back();
    if (b->product) ++n;
    for (const auto& c : b->branches) stack.push_back(&c);
  }
  return n;
}

}  // namespace

ProductTreeIndex::ProductTreeIndex(const csaf::Document& doc) {
  if (!doc.product_tree) return;
  const csaf::ProductTree& tree = *doc.product_tree;
  storage_.reserve(count_branch_products(tree.branches) + tree.full_product_names.size() +
                   tree.relationships.size());
  products_.reserve(storage_.capacity());
  auto add = [this](const csaf::FullProductName& p) -> ResolvedProduct* {
    if (!p.product_id) return nullptr;
    storage_.push_back({});
    ResolvedProduct& r = storage_.back();
    r.id = *p.product_id;
    r.name = p.name.value_or("");
    r.helper = p.product_identification_helper ? &*p.product_identification_helper : nullptr;
    r.source = p.source;
    products_.emplace(r.id, storage_.size() - 1);  // first definition wins (6.1.2 reports the others)
    return &r;
  };
  // Branches depth first with the path; an explicit stack (depth is the
  // document's to choose).
  struct Frame {
    const csaf::Branch* branch;
    std::size_t depth;
  };
  std::vector<std::pair<std::string_view, std::string_view>> path;
  std::vector<Frame> stack;
  for (auto it = tree.branches.rbegin(); it != tree.branches.rend(); ++it) stack.push_back({&*it, 0});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    path.resize(f.depth);
    path.emplace_back(f.branch->category.value_or(""), f.branch->name.value_or(""));
    if (f.branch->product)
      if (ResolvedProduct* r = add(*f.branch->product)) r->branches = path;
    for (auto it = f.branch->branches.rbegin(); it != f.branch->branches.rend(); ++it)
      stack.push_back({&*it, f.depth + 1});
  }
  for (const auto& p : tree.full_product_names) add(p);
  std::vector<std::pair<ResolvedProduct*, const csaf::Relationship*>> relationships;
  for (const auto& rel : tree.relationships) {
    if (!rel.full_product_name) continue;
    if (ResolvedProduct* r = add(*rel.full_product_name)) relationships.emplace_back(r, &rel);
  }
  // Link relationships once every product is known (a relationship may name
  // another relationship's product; a cycle simply stays a cycle of
  // pointers, which resolve() callers walk with a depth limit).
  for (auto [r, rel] : relationships) {
    r->relationship = rel->category.value_or("");
    if (rel->product_reference) r->component = find(*rel->product_reference);
    if (rel->relates_to_product_reference) r->platform = find(*rel->relates_to_product_reference);
  }
  for (const auto& g : tree.product_groups)
    if (g.group_id) groups_[*g.group_id] = g.product_ids;
}

const ResolvedProduct* ProductTreeIndex::find(std::string_view id) const {
  auto it = products_.find(id);
  return it == products_.end() ? nullptr : &storage_[it->second];
}

const std::vector<std::string_view>& ProductTreeIndex::group(std::string_view group_id) const {
  static const std::vector<std::string_view> kNone;
  auto it = groups_.find(group_id);
  return it == groups_.end() ? kNone : it->second;
}

}  // namespace vt::matching
