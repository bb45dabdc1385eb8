// What findings say about the statement they rest on: the attestation, its
// line in the evidence chain, the vendor's remediation text. Written once
// per statement: an estate's millions of findings repeat a few thousand
// statements, and formatting them per finding was most of the cost of a
// finding's texts.
#pragma once

#include <atomic>
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

// The same for the statements of one ClaimSet, written the first time a
// finding needs them and looked up by the statement's address (a statement
// of another set is formatted on the spot). Safe to use from several
// threads at once: a statement's texts are published with one
// compare-and-swap (two threads may both write them; one copy is kept).
class ClaimTexts {
 public:
  explicit ClaimTexts(const std::vector<matching::Claim>& claims);
  ~ClaimTexts();
  ClaimTexts(const ClaimTexts&) = delete;
  ClaimTexts& operator=(const ClaimTexts&) = delete;

  std::shared_ptr<const Attestation> attestation(const matching::Claim& c) const;
  Evidence evidence(const matching::Claim& c) const;
  std::string remediation(const matching::Claim& c) const;

 private:
  struct Texts {
    std::shared_ptr<const Attestation> attestation;
    Evidence evidence;
    std::string remediation;
  };
  const Texts* texts_of(const matching::Claim& c) const;  // nullptr: not of this set
  const std::vector<matching::Claim>& claims_;
  std::unique_ptr<std::atomic<const Texts*>[]> texts_;  // by index in claims_
};

}  // namespace vt::triage
