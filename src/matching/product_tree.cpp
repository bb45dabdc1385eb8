#include "matching/product_tree.h"

#include <cstdint>

#include "core/strings.h"

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
    products_.emplace(r.id,
                      storage_.size() - 1);  // first definition wins (6.1.2 reports the others)
    return &r;
  };
  // Branches depth first with the path; an explicit stack (depth is the
  // document's to choose).
  struct Frame {
    const csaf::Branch* branch;
    const BranchStep* parent;
  };
  std::vector<Frame> stack;
  for (auto it = tree.branches.rbegin(); it != tree.branches.rend(); ++it)
    stack.push_back({&*it, nullptr});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const BranchStep* step = &steps_.emplace_back(
        BranchStep{f.branch->category.value_or(""), f.branch->name.value_or(""), f.parent});
    if (f.branch->product)
      if (ResolvedProduct* r = add(*f.branch->product)) r->branch = step;
    for (auto it = f.branch->branches.rbegin(); it != f.branch->branches.rend(); ++it)
      stack.push_back({&*it, step});
  }
  for (const auto& p : tree.full_product_names) add(p);
  std::vector<std::pair<ResolvedProduct*, const csaf::Relationship*>> relationships;
  for (const auto& rel : tree.relationships) {
    if (!rel.full_product_name) continue;
    if (ResolvedProduct* r = add(*rel.full_product_name)) relationships.emplace_back(r, &rel);
  }
  // Link relationships once every product is known (a relationship may name
  // another relationship's product).
  // Plain names, not a structured binding: the lambda below captures them
  // (clang 14 cannot capture bindings).
  for (const auto& entry : relationships) {
    ResolvedProduct* r = entry.first;
    const csaf::Relationship* rel = entry.second;
    r->relationship = rel->category.value_or("");
    auto link = [&](const std::optional<std::string_view>& id,
                    const char* member) -> const ResolvedProduct* {
      if (!id) return nullptr;
      const ResolvedProduct* to = find(*id);
      if (!to && r->defect.empty())
        r->defect = cat({rel->source.pointer(), "/", member, ": product id \"", *id,
                         "\" is defined nowhere in the product tree (6.1.1)"});
      return to;
    };
    r->component = link(rel->product_reference, "product_reference");
    r->platform = link(rel->relates_to_product_reference, "relates_to_product_reference");
  }
  mark_loops();
  for (const auto& g : tree.product_groups)
    if (g.group_id) groups_[*g.group_id] = g.product_ids;
}

// Relationships form a graph (a product's component and platform); a loop
// in it names no component at all. Depth first with an explicit stack (a
// chain can be a million relationships long), each product visited once.
void ProductTreeIndex::mark_loops() {
  enum : std::uint8_t { kNew, kOnPath, kDone };
  std::unordered_map<const ResolvedProduct*, std::uint8_t> state;
  struct Frame {
    ResolvedProduct* product;
    int next;  // 0: component, 1: platform, 2: finished
  };
  std::vector<Frame> path;
  auto edge = [](const ResolvedProduct* p, int i) { return i == 0 ? p->component : p->platform; };
  for (ResolvedProduct& start : storage_) {
    if (!start.component && !start.platform) continue;
    if (state[&start] != kNew) continue;
    state[&start] = kOnPath;
    path.push_back({&start, 0});
    while (!path.empty()) {
      Frame& f = path.back();
      if (f.next == 2) {
        // Depending on a loop (or on a broken reference inside one) is
        // being unresolvable too.
        for (int i = 0; i < 2; ++i)
          if (const ResolvedProduct* to = edge(f.product, i);
              to && f.product->defect.empty() && !to->defect.empty())
            f.product->defect = cat({"depends on product id \"", to->id, "\": ", to->defect});
        state[f.product] = kDone;
        path.pop_back();
        continue;
      }
      const ResolvedProduct* to = edge(f.product, f.next++);
      if (!to || (!to->component && !to->platform)) continue;
      std::uint8_t& s = state[to];
      if (s == kDone) continue;
      if (s == kOnPath) {
        // Every product from `to` up to here is on the loop.
        std::string ids;
        std::size_t from = path.size();
        while (from > 0 && path[from - 1].product != to) --from;
        if (from > 0) --from;
        for (std::size_t i = from; i < path.size(); ++i)
          ids += cat({"\"", path[i].product->id, "\" -> "});
        ids += cat({"\"", to->id, "\""});
        for (std::size_t i = from; i < path.size(); ++i)
          if (path[i].product->defect.empty())
            path[i].product->defect = cat({"relationships loop: ", ids, " (6.1.3)"});
        continue;
      }
      s = kOnPath;
      path.push_back({&storage_[static_cast<std::size_t>(to - storage_.data())], 0});
    }
  }
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
