// 6.1.3 Circular Definition of Product ID: a product_id defined by a
// relationship (/product_tree/relationships[]/full_product_name/product_id)
// "does not end up in a circle", i.e. it is not reachable from itself
// through product_reference / relates_to_product_reference of relationships.
// Cycles are found with an iterative Tarjan SCC pass: linear, no recursion.
#include <algorithm>
#include <deque>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/string_map.h"
#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

struct Graph {
  StringMap<int> node_of;  // relationship-defined ids
  std::vector<std::string_view> ids;
  // The edges of node v are targets[first[v] .. first[v + 1]), in the order
  // of the relationships: one array for all, where a vector per node cost
  // an allocation per relationship (Red Hat's trees have thousands).
  std::vector<std::size_t> first;
  std::vector<int> targets;
  std::span<const int> edges(int v) const {
    return std::span<const int>(targets).subspan(first[v], first[v + 1] - first[v]);
  }
};

Graph build_graph(const std::vector<csaf::Relationship>& relationships) {
  Graph g;
  for (const csaf::Relationship& r : relationships) {
    if (r.full_product_name && r.full_product_name->product_id &&
        g.node_of.emplace(*r.full_product_name->product_id, static_cast<int>(g.ids.size())))
      g.ids.push_back(*r.full_product_name->product_id);
  }
  std::vector<std::pair<int, int>> pairs;  // (from, to), in the relationships' order
  for (const csaf::Relationship& r : relationships) {
    if (!r.full_product_name || !r.full_product_name->product_id) continue;
    const int from = *g.node_of.find(*r.full_product_name->product_id);
    for (const csaf::Text& target : {r.product_reference, r.relates_to_product_reference}) {
      if (!target) continue;
      if (const int* to = g.node_of.find(*target)) pairs.emplace_back(from, *to);
    }
  }
  // Counting sort by source, stable: each node keeps its edges' order.
  g.first.assign(g.ids.size() + 1, 0);
  for (const auto& [from, to] : pairs) ++g.first[from + 1];
  for (std::size_t v = 1; v < g.first.size(); ++v) g.first[v] += g.first[v - 1];
  g.targets.resize(pairs.size());
  std::vector<std::size_t> fill(g.first.begin(), g.first.end() - 1);
  for (const auto& [from, to] : pairs) g.targets[fill[from]++] = to;
  return g;
}

// Marks each node that lies on a cycle (a strongly connected component of
// more than one node, or a node with an edge to itself).
std::vector<bool> nodes_on_cycles(const Graph& g) {
  const int n = static_cast<int>(g.ids.size());
  std::vector<int> index(n, -1), low(n, 0), stack;
  std::vector<bool> on_stack(n, false), cyclic(n, false);
  std::vector<std::pair<int, std::size_t>> work;  // (node, next edge)
  int counter = 0;
  for (int root = 0; root < n; ++root) {
    if (index[root] != -1) continue;
    work.emplace_back(root, 0);
    while (!work.empty()) {
      auto& [v, next] = work.back();
      if (next == 0 && index[v] == -1) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        on_stack[v] = true;
      }
      if (const auto edges = g.edges(v); next < edges.size()) {
        const int w = edges[next++];
        if (w == v) cyclic[v] = true;
        if (index[w] == -1) {
          work.emplace_back(w, 0);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      const int done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
      if (low[done] != index[done]) continue;
      // The component is the top of the stack down to `done`.
      std::size_t bottom = stack.size();
      while (stack[--bottom] != done) {
      }
      const bool cycle = stack.size() - bottom > 1;
      for (std::size_t i = bottom; i < stack.size(); ++i) {
        on_stack[stack[i]] = false;
        if (cycle) cyclic[stack[i]] = true;
      }
      stack.resize(bottom);
    }
  }
  return cyclic;
}

// "A -> B -> A": a shortest way back from `start` to itself (BFS).
std::string describe_cycle(const Graph& g, int start) {
  std::vector<int> parent(g.ids.size(), -1);
  std::deque<int> queue{start};
  int last = -1;
  while (!queue.empty() && last == -1) {
    const int v = queue.front();
    queue.pop_front();
    for (int w : g.edges(v)) {
      if (w == start) {
        last = v;
        break;
      }
      if (parent[w] == -1 && w != start) {
        parent[w] = v;
        queue.push_back(w);
      }
    }
  }
  std::vector<int> path;
  for (int v = last; v != -1 && v != start; v = parent[v]) path.push_back(v);
  std::string text(g.ids[start]);
  for (auto it = path.rbegin(); it != path.rend(); ++it) text += " -> " + std::string(g.ids[*it]);
  return text + " -> " + std::string(g.ids[start]);
}

}  // namespace

void test_6_1_3_circular_product_id(const TestContext& ctx, TestSink& sink) {
  if (!ctx.doc.product_tree) return;
  const auto& relationships = ctx.doc.product_tree->relationships;
  const Graph g = build_graph(relationships);
  const std::vector<bool> cyclic = nodes_on_cycles(g);
  constexpr int kDescribedCycles = 20;  // path search is linear per finding
  int described = 0;
  for (const csaf::Relationship& r : relationships) {
    if (!r.full_product_name || !r.full_product_name->product_id) continue;
    const int node = *g.node_of.find(*r.full_product_name->product_id);
    if (!cyclic[node]) continue;
    const auto id_value = r.full_product_name->source.find("product_id");
    std::string message = "product id " + std::string(g.ids[node]) +
                          " is defined by a relationship that refers back to itself";
    if (described++ < kDescribedCycles) message += " (" + describe_cycle(g, node) + ")";
    sink.report(id_value ? id_value->pointer() : r.source.pointer(),
                message + "; a relationship must only combine products defined elsewhere");
  }
}

}  // namespace vt::validation::mandatory
