// CVSS vector parsing and scoring on arbitrary text. v2/v3.x: a vector that
// parses must score within 0..10. v4.0: a vector that parses must print back
// to a string that parses to the same vector, fall in a macrovector of the
// table, have highest-severity vectors above it, and score within 0..10 in
// steps of 0.1.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_v4.h"

namespace cvss = vt::validation::cvss;

static const cvss::MacroVectorTable& table() {
  static const cvss::MacroVectorTable t = [] {
    auto loaded = cvss::MacroVectorTable::load(VT_BUILD_DATA_DIR);
    if (!loaded.ok()) std::abort();  // the build tree's data directory is part of the target
    return *loaded;
  }();
  return t;
}

static void check_v4(std::string_view text) {
  auto v = cvss::parse_v4_vector(text);
  if (!v.ok()) return;
  auto again = cvss::parse_v4_vector(cvss::to_string(*v));
  if (!again.ok() || !(*again == *v)) std::abort();
  if (!table().score(cvss::macro_vector(*v))) std::abort();
  if (!cvss::severity_distances(*v)) std::abort();
  const double s = cvss::score_v4(*v, table());
  if (s < 0 || s > 10 || std::fabs(s * 10 - std::round(s * 10)) > 1e-9) std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_v4(text);
  auto v = cvss::parse_vector(text);
  if (!v.ok()) return 0;
  auto s = cvss::compute(*v);
  if (s.base < 0 || s.base > 10 ||
      (s.environmental && (*s.environmental < 0 || *s.environmental > 10)))
    std::abort();
  return 0;
}
