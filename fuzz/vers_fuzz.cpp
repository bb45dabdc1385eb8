// Fuzzes vers parsing, normalisation and containment, and the conversion
// from native range syntax. Checks: a range that parses as canonical prints
// back to the same text; normalising is idempotent; containment never fails
// on a version of the range itself; vers_from_native (first byte picks the
// scheme, the rest is the native range) returns a canonical vers of that
// type that normalising leaves unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "version/vers.h"
#include "version/vers_native.h"

namespace {

void check_vers(std::string_view in) {
  using namespace vt::version;
  const size_t nl = in.find('\n');
  const std::string_view text = in.substr(0, nl);
  const std::string_view probe =
      nl == std::string_view::npos ? std::string_view("1.0") : in.substr(nl + 1);

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
}

void check_native(std::string_view in) {
  using namespace vt::version;
  static constexpr std::string_view kSchemes[] = {"npm",   "conan", "pypi",   "gem",
                                                  "nuget", "nginx", "openssl"};
  if (in.empty()) return;
  const std::string_view scheme = kSchemes[static_cast<unsigned char>(in[0]) % std::size(kSchemes)];
  auto out = vers_from_native(scheme, in.substr(1));
  if (!out.ok()) return;
  if (out->rfind("vers:" + std::string(scheme) + "/", 0) != 0) __builtin_trap();
  // gem and nginx have no vers ordering to normalise with (kUnsupported).
  auto again = normalize_vers(*out);
  if (again.ok() && to_string(*again) != *out) __builtin_trap();
  if (!again.ok() && scheme != "gem" && scheme != "nginx") __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  check_vers(in);
  check_native(in);
  return 0;
}
