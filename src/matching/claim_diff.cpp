#include "matching/claim_diff.h"

#include <map>
#include <set>

namespace vt::matching {
namespace {

using Key = std::pair<std::string, std::string>;  // vulnerability, product

std::map<Key, std::string> statuses(const std::vector<Claim>& claims) {
  std::map<Key, std::set<std::string>> sets;
  for (const auto& c : claims) sets[{c.vulnerability, c.product}].insert(to_string(c.status));
  std::map<Key, std::string> out;
  for (auto& [key, set] : sets) {
    std::string joined;
    for (const auto& s : set) joined += (joined.empty() ? "" : "+") + s;
    out.emplace(key, std::move(joined));
  }
  return out;
}

template <typename Items>
std::string list(const Items& items, std::size_t limit) {
  std::string out;
  std::size_t n = 0;
  for (const auto& item : items) {
    if (n == limit) return out + "; and " + std::to_string(items.size() - limit) + " more";
    out += (n++ ? "; " : "") + item;
  }
  return out;
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::vector<StatusChange> diff_claims(const std::vector<Claim>& before,
                                      const std::vector<Claim>& after) {
  const auto old_status = statuses(before);
  const auto new_status = statuses(after);
  std::vector<StatusChange> out;
  auto o = old_status.begin();
  auto n = new_status.begin();
  // Both maps are sorted by key: one merge pass.
  while (o != old_status.end() || n != new_status.end()) {
    if (n == new_status.end() || (o != old_status.end() && o->first < n->first)) {
      out.push_back({o->first.first, o->first.second, o->second, ""});
      ++o;
    } else if (o == old_status.end() || n->first < o->first) {
      out.push_back({n->first.first, n->first.second, "", n->second});
      ++n;
    } else {
      if (o->second != n->second)
        out.push_back({n->first.first, n->first.second, o->second, n->second});
      ++o;
      ++n;
    }
  }
  return out;
}

std::string summarize(const std::vector<StatusChange>& changes) {
  std::set<std::string> added, removed;
  std::vector<std::string> changed;
  for (const auto& c : changes) {
    if (c.from.empty())
      added.insert(c.product);
    else if (c.to.empty())
      removed.insert(c.product);
    else
      changed.push_back(c.vulnerability + ": " + c.product + " " + c.from + " -> " + c.to);
  }
  std::vector<std::string> parts;
  if (!added.empty())
    parts.push_back("names " + plural(added.size(), "more product") + ": " + list(added, 5));
  if (!removed.empty())
    parts.push_back("no longer names " + plural(removed.size(), "product") + ": " +
                    list(removed, 5));
  if (!changed.empty()) parts.push_back(list(changed, 5));
  if (parts.empty()) return "the same statements";
  return list(parts, parts.size());
}

}  // namespace vt::matching
