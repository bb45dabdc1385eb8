// What findings say about the statement they rest on: the attestation, its
// line in the evidence chain, the vendor's remediation text. Written once
// per statement: an estate's millions of findings repeat a few thousand
// statements, and formatting them per finding was most of the cost of a
// finding's texts.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "matching/claim.h"
#include "triage/finding.h"

namespace vt::triage {

// The texts themselves, for one statement.
Evidence attestation_evidence(const matching::Claim& c);
Attestation attestation_of(const matching::Claim& c);
std::string remediation_text(const matching::Claim* c);  // "" for nullptr or none

// The same, prepared for the statements of one ClaimSet and looked up by
// the statement's address (it must be one of `claims`). Read-only once
// prepared: safe to share between threads.
class ClaimTexts {
 public:
  explicit ClaimTexts(const std::vector<matching::Claim>& claims);
  void prepare(const matching::Claim& c);
  // A statement that was not prepared is formatted on the spot.
  std::shared_ptr<const Attestation> attestation(const matching::Claim& c) const;
  Evidence evidence(const matching::Claim& c) const;
  const std::string& remediation(const matching::Claim& c) const;

 private:
  struct Texts {
    std::shared_ptr<const Attestation> attestation;
    Evidence evidence;
    std::string remediation;
  };
  const Texts* find(const matching::Claim& c) const;
  const std::vector<matching::Claim>& claims_;
  std::vector<std::unique_ptr<Texts>> texts_;  // by index in claims_
};

}  // namespace vt::triage
