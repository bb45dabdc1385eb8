#include "json/pointer_index.h"

#include "json/json.h"

namespace vt::json {

namespace dom = simdjson::dom;

void PointerIndex::reset(const dom::element& root) {
  std::lock_guard<std::mutex> lock(mutex_);
  root_ = root;
  root_index_ = tape_index(root);
  built_.store(false, std::memory_order_release);
  scans_.store(0, std::memory_order_relaxed);
  // A huge document's table is not kept for the small ones that follow.
  if (steps_.capacity() > (std::size_t{1} << 20)) std::vector<Step>().swap(steps_);
  steps_.clear();
}

void PointerIndex::build() const {
  // Depth-first, with an explicit stack (documents may nest 1,024 deep);
  // tape indices grow in visiting order, so the table only grows at its end.
  struct Pending {
    dom::element element;
    Step step;
  };
  std::vector<Pending> stack;
  stack.push_back({root_, {}});
  std::vector<Pending> children;
  while (!stack.empty()) {
    Pending p = stack.back();
    stack.pop_back();
    const std::size_t at = tape_index(p.element);
    if (at >= steps_.size()) steps_.resize(at + 1);
    steps_[at] = p.step;
    const auto parent = static_cast<std::uint32_t>(at);
    children.clear();
    dom::object obj;
    dom::array arr;
    if (!p.element.get_object().get(obj)) {
      for (auto it = obj.begin(); it != obj.end(); ++it)
        children.push_back(
            {it.value(), {parent, static_cast<std::uint32_t>(it.key_length()), it.key_c_str()}});
    } else if (!p.element.get_array().get(arr)) {
      std::uint32_t i = 0;
      for (dom::element item : arr) children.push_back({item, {parent, i++, nullptr}});
    }
    // Pushed in reverse so that they are visited in document order.
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

std::string PointerIndex::scan(std::size_t at) const {
  // Each container's children lie on the tape in order: the one holding
  // `at` is the last child that starts at or before it.
  std::string out;
  dom::element cur = root_;
  while (tape_index(cur) != at) {
    dom::object obj;
    dom::array arr;
    bool found = false;
    if (!cur.get_object().get(obj)) {
      std::string_view key;
      dom::element child;
      for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (tape_index(it.value()) > at) break;
        key = it.key(), child = it.value(), found = true;
      }
      if (found) append_pointer(out, key), cur = child;
    } else if (!cur.get_array().get(arr)) {
      std::size_t i = 0, position = 0;
      dom::element child;
      for (dom::element item : arr) {
        if (tape_index(item) > at) break;
        child = item, position = i++, found = true;
      }
      if (found) append_pointer(out, position), cur = child;
    }
    if (!found) break;  // not below this document's root: nothing sensible to name
  }
  return out;
}

std::string PointerIndex::pointer_of(const dom::element& e) const {
  const std::size_t at = tape_index(e);
  if (at == root_index_) return {};
  if (!built_.load(std::memory_order_acquire) &&
      scans_.fetch_add(1, std::memory_order_relaxed) < kScansBeforeIndex)
    return scan(at);
  if (!built_.load(std::memory_order_acquire)) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!built_.load(std::memory_order_relaxed)) {
      build();
      built_.store(true, std::memory_order_release);
    }
  }
  std::vector<std::uint32_t> chain;  // leaf first
  for (std::size_t i = at; i < steps_.size() && steps_[i].parent != kNone; i = steps_[i].parent)
    chain.push_back(static_cast<std::uint32_t>(i));
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Step& s = steps_[*it];
    if (s.key)
      append_pointer(out, std::string_view(s.key, s.index));
    else
      append_pointer(out, static_cast<std::size_t>(s.index));
  }
  return out;
}

}  // namespace vt::json
