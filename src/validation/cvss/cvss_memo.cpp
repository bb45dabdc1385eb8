#include "validation/cvss/cvss_memo.h"

#include <string>

#include <absl/container/node_hash_map.h>

#include "core/string_hash.h"

namespace vt::validation::cvss {

const ParsedVector& parsed_vector(std::string_view text) {
  // Bounded so that a hostile feed of distinct vectors cannot grow it
  // without limit; emptied whole (cheap, and the common vectors come back).
  constexpr std::size_t kMaxEntries = 4096;
  // Looked up by string_view (StringHash is transparent): no std::string per
  // call. Open addressing with hash tags (a node map: entries stay put, as
  // the returned references need): each look-up compares the text of one
  // entry, where std::unordered_map also walked a bucket chain comparing
  // texts and divided by a prime; 6.1.9 and 6.1.10 look up every vector.
  thread_local absl::node_hash_map<std::string, ParsedVector, StringHash, std::equal_to<>> memo;
  if (auto it = memo.find(text); it != memo.end()) return it->second;
  if (memo.size() >= kMaxEntries) memo.clear();
  ParsedVector p{parse_vector(text), {}};
  if (p.vector.ok()) p.scores = compute(*p.vector);
  return memo.emplace(std::string(text), std::move(p)).first->second;
}

}  // namespace vt::validation::cvss
