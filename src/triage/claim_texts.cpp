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
    : claims_(claims), texts_(claims.size()) {}

void ClaimTexts::prepare(const matching::Claim& c) {
  auto& slot = texts_[static_cast<std::size_t>(&c - claims_.data())];
  if (slot) return;
  slot = std::make_unique<Texts>(Texts{std::make_shared<const Attestation>(attestation_of(c)),
                                       attestation_evidence(c), remediation_text(&c)});
}

const ClaimTexts::Texts* ClaimTexts::find(const matching::Claim& c) const {
  const std::less<const matching::Claim*> before;
  if (claims_.empty() || before(&c, claims_.data()) || !before(&c, claims_.data() + claims_.size()))
    return nullptr;
  return texts_[static_cast<std::size_t>(&c - claims_.data())].get();
}

std::shared_ptr<const Attestation> ClaimTexts::attestation(const matching::Claim& c) const {
  if (const Texts* t = find(c)) return t->attestation;
  return std::make_shared<const Attestation>(attestation_of(c));
}

Evidence ClaimTexts::evidence(const matching::Claim& c) const {
  if (const Texts* t = find(c)) return t->evidence;
  return attestation_evidence(c);
}

const std::string& ClaimTexts::remediation(const matching::Claim& c) const {
  if (const Texts* t = find(c)) return t->remediation;
  thread_local std::string text;
  text = remediation_text(&c);
  return text;
}

}  // namespace vt::triage
