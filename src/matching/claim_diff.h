// What a newer revision of a document says differently from the older one,
// per (vulnerability, product): the change events a feed sync reports
// ("CVE-X: now also names CBL-Mariner 2.0") and the revision notes triage
// shows.
#pragma once

#include <string>
#include <vector>

#include "matching/claim.h"

namespace vt::matching {

struct StatusChange {
  std::string vulnerability;
  std::string product;
  std::string from;  // "" when the older revision did not name the product
  std::string to;    // "" when the newer revision no longer names it
};

// Sorted by vulnerability, then product. A product named with several
// statuses (a range per status) counts as the sorted, joined set.
std::vector<StatusChange> diff_claims(const std::vector<Claim>& before,
                                      const std::vector<Claim>& after);

// One line for people: "names 2 more products: A; B; CVE-x: P fixed -> affected".
std::string summarize(const std::vector<StatusChange>& changes);

}  // namespace vt::matching
