// Fuzzes vers parsing, normalisation and containment. Checks: a range that
// parses as canonical prints back to the same text; normalising is
// idempotent; containment never fails on a version of the range itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "version/vers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vt::version;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  const std::string_view text = in.substr(0, nl);
  const std::string_view probe = nl == std::string_view::npos ? std::string_view("1.0") : in.substr(nl + 1);

  auto strict = parse_vers(text);
  if (strict.ok()) {
    if (to_string(*strict) != text) __builtin_trap();
    if (!validate_vers(*strict).ok()) __builtin_trap();
  }
  auto loose = normalize_vers(text);
  if (loose.ok()) {
    const std::string once = to_string(*loose);
    auto again = normalize_vers(once);
    if (!again.ok() || to_string(*again) != once) __builtin_trap();
    (void)validate_vers(*loose);
    (void)contains(*loose, probe);
    for (const auto& c : loose->constraints)
      if (c.comparator != Comparator::kAny) (void)contains(*loose, c.version);
  }
  return 0;
}
