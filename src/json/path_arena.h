// Bump allocation of JSON pointer steps, reset with each parse: giving every
// value its pointer costs one small allocation per visited child.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "json/json.h"

namespace vt::json {

class PathArena {
 public:
  const PathNode* child(const PathNode* parent, std::string_view key) {
    PathNode* n = allocate();
    n->parent = parent;
    n->key = key.data() ? key.data() : "";
    n->key_length = static_cast<std::uint32_t>(key.size());
    return n;
  }
  const PathNode* child(const PathNode* parent, std::size_t index) {
    PathNode* n = allocate();
    n->parent = parent;
    n->key = nullptr;
    n->index = static_cast<std::uint32_t>(index);
    return n;
  }
  // Frees everything but the first block, which is kept for reuse.
  void reset() {
    if (blocks_.size() > 1) blocks_.resize(1);
    used_ = 0;
  }

 private:
  static constexpr std::size_t kBlock = 4096;
  PathNode* allocate() {
    if (blocks_.empty() || used_ == kBlock) {
      blocks_.push_back(std::make_unique<PathNode[]>(kBlock));
      used_ = 0;
    }
    return &blocks_.back()[used_++];
  }
  std::vector<std::unique_ptr<PathNode[]>> blocks_;
  std::size_t used_ = 0;
};

}  // namespace vt::json
