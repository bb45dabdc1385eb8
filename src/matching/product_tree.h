// CSAF product tree resolution: every product id to its full product name,
// the branch path that leads to it (vendor / product_name / product_version
// ...), its identification helper, and for relationships the component and
// the platform it relates. Never by parsing product ids.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "documents/csaf/model.h"

namespace vt::matching {

// One branch of the tree, linked to its parent: a million products under
// one product_name share their path instead of each copying it.
struct BranchStep {
  std::string_view category, name;
  const BranchStep* parent = nullptr;  // nullptr at the root
};

struct ResolvedProduct {
  std::string_view id;
  std::string_view name;               // the full product name as written
  const BranchStep* branch = nullptr;  // the branch defining it (walk `parent` up to the root)
  const csaf::ProductIdentificationHelper* helper = nullptr;
  // A relationship's product: `component` <category> `platform`.
  std::string_view relationship;
  const ResolvedProduct* component = nullptr;
  const ResolvedProduct* platform = nullptr;
  json::Value source;  // the full_product_name object
  // Why a relationship's product cannot be resolved, "" when it can: a
  // reference to an id defined nowhere (6.1.1), or a loop of relationships
  // (6.1.3; a relationship that depends on a loop is in it too).
  std::string defect;
};

class ProductTreeIndex {
 public:
  explicit ProductTreeIndex(const csaf::Document& doc);
  // nullptr when the id is defined nowhere (a document error, 6.1.1).
  const ResolvedProduct* find(std::string_view id) const;
  // Product ids of a group (empty when unknown).
  const std::vector<std::string_view>& group(std::string_view group_id) const;
  std::size_t size() const { return products_.size(); }

 private:
  void mark_loops();
  std::vector<ResolvedProduct> storage_;
  std::deque<BranchStep> steps_;  // stable addresses  // reserved up front: pointers stay valid
  std::unordered_map<std::string_view, std::size_t> products_;
  std::unordered_map<std::string_view, std::vector<std::string_view>> groups_;
};

}  // namespace vt::matching
