// CVSS v2/v3.x vector parsing and scoring on arbitrary text: a vector that
// parses must score within 0..10.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "validation/cvss/cvss.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto v = vt::validation::cvss::parse_vector(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!v.ok()) return 0;
  auto s = vt::validation::cvss::compute(*v);
  if (s.base < 0 || s.base > 10 || (s.environmental && (*s.environmental < 0 || *s.environmental > 10))) std::abort();
  return 0;
}
