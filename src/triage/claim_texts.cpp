#include "triage/claim_texts.h"

#include <functional>

#include "core/strings.h"

namespace vt::triage {

Evidence attestation_evidence(const matching::Claim& c) {
  std::string detail =
      cat({c.source.publisher.empty() ? std::string_view("the publisher") : c.source.publisher,
           " states ", matching::to_string(c.status), " for \"", c.product, "\""});
  if (!c.source.revision.empty())
    detail += cat({" (", c.source.document_id, " revision ", c.source.revision, ")"});
  if (!c.justification.empty()) detail += cat({", justification ", c.justification});
  return {"attestation", std::move(detail),
          c.source.pointer.empty() ? c.source.path : cat({c.source.path, "#", c.source.pointer})};
}

Attestation attestation_of(const matching::Claim& c) {
  return {c.source.publisher, c.source.document_id,          c.source.revision,
          c.product,          matching::to_string(c.status), c.source.path,
          c.source.pointer};
}

std::string remediation_text(const matching::Claim* c) {
  if (!c) return "";
  for (const auto& r : c->remediations) {
    std::string t = r.category + ": " + r.details;
    if (!r.url.empty() && r.details.find(r.url) == std::string::npos) t += " " + r.url;
    return t;
  }
  return "";
}

ClaimTexts::ClaimTexts(const std::vector<matching::Claim>& claims)
    : claims_(claims), texts_(std::make_unique<std::atomic<const Texts*>[]>(claims.size())) {}

ClaimTexts::~ClaimTexts() {
  for (std::size_t i = 0; i < claims_.size(); ++i) delete texts_[i].load();
}

const ClaimTexts::Texts* ClaimTexts::texts_of(const matching::Claim& c) const {
  const std::less<const matching::Claim*> before;
  if (claims_.empty() || before(&c, claims_.data()) || !before(&c, claims_.data() + claims_.size()))
    return nullptr;
  std::atomic<const Texts*>& slot = texts_[static_cast<std::size_t>(&c - claims_.data())];
  if (const Texts* t = slot.load(std::memory_order_acquire)) return t;
  auto made =
      std::make_unique<const Texts>(Texts{std::make_shared<const Attestation>(attestation_of(c)),
                                          attestation_evidence(c), remediation_text(&c)});
  const Texts* expected = nullptr;
  if (slot.compare_exchange_strong(expected, made.get(), std::memory_order_acq_rel))
    return made.release();
  return expected;  // another thread wrote them first
}

std::shared_ptr<const Attestation> ClaimTexts::attestation(const matching::Claim& c) const {
  if (const Texts* t = texts_of(c)) return t->attestation;
  return std::make_shared<const Attestation>(attestation_of(c));
}

Evidence ClaimTexts::evidence(const matching::Claim& c) const {
  if (const Texts* t = texts_of(c)) return t->evidence;
  return attestation_evidence(c);
}

std::string ClaimTexts::remediation(const matching::Claim& c) const {
  if (const Texts* t = texts_of(c)) return t->remediation;
  return remediation_text(&c);
}

}  // namespace vt::triage
