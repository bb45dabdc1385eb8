// String building for hot paths: one allocation for the whole result
// instead of one per `+`.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace vt {

inline std::string cat(std::initializer_list<std::string_view> parts) {
  std::size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : parts) out.append(p);
  return out;
}

}  // namespace vt
