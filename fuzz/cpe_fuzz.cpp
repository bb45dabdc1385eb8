// Fuzzes CPE unbinding (formatted string, URI, WFN display form) and
// matching. Checks: a name that unbinds binds to both forms, and each binds
// back to an equal WFN (the URI form lowercases, so that one is compared
// after a first URI round); a name is equal to, subset and superset of itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "version/cpe.h"

namespace {

using namespace vt::version;

void check(const Wfn& wfn) {
  auto fs = unbind_formatted_string(bind_to_formatted_string(wfn));
  if (!fs.ok() || !(*fs == wfn)) __builtin_trap();
  auto display = parse_wfn(wfn.to_string());
  if (!display.ok() || !(*display == wfn)) __builtin_trap();
  auto uri = unbind_uri(bind_to_uri(wfn));
  if (!uri.ok()) __builtin_trap();
  auto uri2 = unbind_uri(bind_to_uri(*uri));
  if (!uri2.ok() || !(*uri2 == *uri)) __builtin_trap();
  bool wild = false;
  for (const auto& v : wfn.values) wild = wild || v.has_wildcards();
  if (!wild && !(cpe_equal(wfn, wfn) && cpe_subset(wfn, wfn) && cpe_superset(wfn, wfn) && !cpe_disjoint(wfn, wfn)))
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  // One name per line: the first two are also matched against each other.
  const size_t nl = in.find('\n');
  const std::string_view first = in.substr(0, nl);
  const std::string_view second = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  vt::Result<Wfn> a = first.substr(0, 4) == "wfn:" ? parse_wfn(first) : parse_cpe(first);
  if (a.ok()) check(*a);
  vt::Result<Wfn> b = second.substr(0, 4) == "wfn:" ? parse_wfn(second) : parse_cpe(second);
  if (b.ok()) check(*b);
  if (a.ok() && b.ok()) {
    (void)compare_wfns(*a, *b);
    if (cpe_equal(*a, *b) && cpe_disjoint(*a, *b)) __builtin_trap();
    const CpeRelation r = compare_names(*a, *b);
    if ((r == CpeRelation::kEqual) != cpe_equal(*a, *b)) __builtin_trap();
    if (r == CpeRelation::kSuperset && !cpe_superset(*a, *b)) __builtin_trap();
    if (r == CpeRelation::kSubset && !cpe_subset(*a, *b)) __builtin_trap();
  }
  return 0;
}
