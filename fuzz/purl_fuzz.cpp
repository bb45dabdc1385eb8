// Fuzzes package URL parsing. Checks: a purl that parses prints a canonical
// form that parses back to an equal value and prints the same text again;
// building from the parsed components gives the same purl.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "version/purl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vt::version;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = parse_purl(text);
  if (!parsed.ok()) return 0;
  const std::string canonical = parsed->to_string();
  auto again = parse_purl(canonical);
  if (!again.ok() || !(*again == *parsed)) __builtin_trap();
  if (again->to_string() != canonical) __builtin_trap();
  auto built = build_purl(*parsed);
  if (!built.ok() || !(*built == *parsed)) __builtin_trap();
  (void)parsed->arch();
  (void)parsed->repository_url();
  return 0;
}
