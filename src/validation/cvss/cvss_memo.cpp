#include "validation/cvss/cvss_memo.h"

#include <string>
#include <unordered_map>

namespace vt::validation::cvss {
namespace {

// Lookups by string_view, without building a std::string per call.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace

const ParsedVector& parsed_vector(std::string_view text) {
  // Bounded so that a hostile feed of distinct vectors cannot grow it
  // without limit; emptied whole (cheap, and the common vectors come back).
  constexpr std::size_t kMaxEntries = 4096;
  thread_local std::unordered_map<std::string, ParsedVector, TextHash, std::equal_to<>> memo;
  if (auto it = memo.find(text); it != memo.end()) return it->second;
  if (memo.size() >= kMaxEntries) memo.clear();
  ParsedVector p{parse_vector(text), {}};
  if (p.vector.ok()) p.scores = compute(*p.vector);
  return memo.emplace(std::string(text), std::move(p)).first->second;
}

}  // namespace vt::validation::cvss
