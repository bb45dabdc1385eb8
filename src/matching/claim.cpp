#include "matching/claim.h"

namespace vt::matching {

const char* to_string(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::kAffected: return "affected";
    case ClaimStatus::kNotAffected: return "not_affected";
    case ClaimStatus::kFixed: return "fixed";
    case ClaimStatus::kUnderInvestigation: return "under_investigation";
  }
  return "affected";
}

}  // namespace vt::matching
