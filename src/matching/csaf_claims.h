// Claims from a CSAF 2.0 document: every product id in every
// product_status list of every vulnerability becomes one claim, with the
// product resolved through the tree, the flags, impact statements and
// remediations that name it (directly or through a group), and the
// document's identity for the evidence chain.
#pragma once

#include <string>
#include <vector>

#include "documents/csaf/model.h"
#include "matching/claim.h"

namespace vt::matching {

struct CsafClaims {
  std::vector<Claim> claims;
  std::size_t unresolved = 0;  // product ids with no definition in the tree (6.1.1 errors)
  // Statements left out and why (the first kMaxProblems, then a count).
  std::vector<std::string> problems;
};

inline constexpr std::size_t kMaxProblems = 20;

CsafClaims claims_from_csaf(const csaf::Document& doc, const std::string& path);

// MSRC puts the fixed version in the vendor_fix details:
// "3.3.5-2:Security Update:https://...". Empty when the text is not that.
std::string msrc_fixed_version(std::string_view details);

}  // namespace vt::matching
