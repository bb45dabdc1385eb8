#include "matching/vex_claims.h"

#include "documents/cyclonedx/vex.h"
#include "documents/openvex/openvex.h"
#include "matching/product_facts.h"
#include "version/purl.h"

namespace vt::matching {
namespace {

ClaimStatus openvex_status(std::string_view s) {
  if (s == "not_affected") return ClaimStatus::kNotAffected;
  if (s == "fixed") return ClaimStatus::kFixed;
  if (s == "under_investigation") return ClaimStatus::kUnderInvestigation;
  return ClaimStatus::kAffected;  // the reader admits only the four statuses
}

// CycloneDX analysis states (1.4-1.6).
std::optional<ClaimStatus> cyclonedx_state(std::string_view s) {
  if (s == "exploitable") return ClaimStatus::kAffected;
  if (s == "not_affected" || s == "false_positive") return ClaimStatus::kNotAffected;
  if (s == "resolved" || s == "resolved_with_pedigree") return ClaimStatus::kFixed;
  if (s == "in_triage") return ClaimStatus::kUnderInvestigation;
  return std::nullopt;
}

// CycloneDX responses as CSAF remediation categories, so triage reads one
// vocabulary.
std::string response_category(std::string_view r) {
  if (r == "update" || r == "rollback") return "vendor_fix";
  if (r == "workaround_available") return "workaround";
  if (r == "will_not_fix" || r == "can_not_fix") return "no_fix_planned";
  return std::string(r);
}

// A component named by CPE only: its product and version fields.
bool claim_from_cpe(std::string_view cpe, Claim& c) {
  auto fields = cpe_fields(cpe);
  if (fields.size() < 3 || fields[2].empty()) return false;
  c.cpe = std::string(cpe);
  if (auto os = platform_from_cpe(cpe)) {
    c.platform = os;
    return true;
  }
  c.ecosystem = "generic";
  c.name = fields[2];
  if (fields.size() > 3) c.version = fields[3];
  return true;
}

}  // namespace

bool claim_from_purl(std::string_view text, Claim& c) {
  auto purl = version::parse_purl(text);
  if (!purl.ok()) return false;
  c.purl = std::string(text);
  c.ecosystem = purl->type;
  c.name = purl->name;
  c.version = purl->version;
  if (auto epoch = purl->qualifier("epoch"); epoch && !c.version.empty() && *epoch != "0")
    c.version = std::string(*epoch) + ":" + c.version;
  if (auto distro = purl->qualifier("distro")) c.platform = platform_from_distro_qualifier(*distro);
  return true;
}

Result<std::vector<Claim>> claims_from_openvex(const json::Value& root, const std::string& path) {
  auto doc = openvex::parse_document(root);
  if (!doc.ok()) return make_error(doc.error().code, doc.error().message, path + "#" + doc.error().where);
  SourceRef base;
  base.path = path;
  base.format = "openvex";
  base.publisher = doc->author;
  base.document_id = doc->id;
  base.revision = doc->version;
  base.updated = doc->last_updated.empty() ? doc->timestamp : doc->last_updated;
  std::vector<Claim> out;
  for (const openvex::Statement& s : doc->statements) {
    for (const openvex::Component& p : s.products) {
      // A product's subcomponents are what the statement is about when given.
      std::vector<const openvex::Component*> subjects;
      for (const auto& sub : p.subcomponents) subjects.push_back(&sub);
      if (subjects.empty()) subjects.push_back(&p);
      for (const openvex::Component* subject : subjects) {
        Claim c;
        c.vulnerability = s.vulnerability;
        c.aliases = s.aliases;
        c.status = openvex_status(s.status);
        c.product = subject->id;
        c.justification = s.justification;
        c.impact = s.impact_statement;
        if (!s.action_statement.empty())
          c.remediations.push_back({c.status == ClaimStatus::kFixed ? "vendor_fix" : "workaround", s.action_statement,
                                    "", s.action_statement_timestamp});
        c.source = base;
        if (!s.timestamp.empty()) c.source.updated = s.last_updated.empty() ? s.timestamp : s.last_updated;
        c.source.pointer = subject->source.pointer();
        bool named = claim_from_purl(subject->id, c) || (!subject->purl.empty() && claim_from_purl(subject->purl, c));
        if (!named && !subject->cpe23.empty()) named = claim_from_cpe(subject->cpe23, c);
        if (!named && !subject->cpe22.empty()) named = claim_from_cpe(subject->cpe22, c);
        // An image digest or a bare hash names nothing an inventory lists.
        if (!named) continue;
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

Result<std::vector<Claim>> claims_from_cyclonedx_vex(const json::Value& root, const std::string& path) {
  auto bom = cyclonedx::parse_vex(root);
  if (!bom.ok()) return make_error(bom.error().code, bom.error().message, path + "#" + bom.error().where);
  SourceRef base;
  base.path = path;
  base.format = "cyclonedx";
  base.publisher = bom->supplier;
  base.document_id = bom->serial_number;
  base.revision = bom->version;
  base.updated = bom->timestamp;
  std::vector<Claim> out;
  for (const cyclonedx::Vulnerability& v : bom->vulnerabilities) {
    if (v.id.empty()) continue;
    // No analysis: the BOM only says the vulnerability is there to look at.
    ClaimStatus state = ClaimStatus::kUnderInvestigation;
    bool has_state = false;
    if (v.analysis)
      if (auto s = cyclonedx_state(v.analysis->state)) {
        state = *s;
        has_state = true;
      }
    for (const cyclonedx::Affects& a : v.affects) {
      Claim proto;
      proto.vulnerability = v.id;
      proto.aliases = v.aliases;
      proto.source = base;
      if (v.analysis && !v.analysis->last_updated.empty()) proto.source.updated = v.analysis->last_updated;
      proto.source.pointer = a.source.pointer();
      if (v.analysis) {
        proto.justification = v.analysis->justification;
        proto.impact = v.analysis->detail;
        for (const auto& r : v.analysis->response) {
          const std::string category = response_category(r);
          const std::string& details = category == "workaround" && !v.workaround.empty() ? v.workaround
                                       : !v.recommendation.empty()                      ? v.recommendation
                                                                                        : v.analysis->detail;
          proto.remediations.push_back({category, details, "", ""});
        }
      }
      auto comp = bom->components.find(a.local_ref);
      bool named = false;
      if (comp != bom->components.end()) {
        const cyclonedx::Component& cc = comp->second;
        proto.product = cc.purl.empty() ? (cc.group.empty() ? "" : cc.group + "/") + cc.name : cc.purl;
        if (!cc.purl.empty()) named = claim_from_purl(cc.purl, proto);
        if (!named && !cc.cpe.empty()) named = claim_from_cpe(cc.cpe, proto);
        if (!named && !cc.name.empty()) {
          proto.ecosystem = "generic";
          proto.name = cc.name;
          proto.version = cc.version;
          named = true;
        }
      } else {
        proto.product = a.local_ref;  // a purl used directly as the ref
        named = claim_from_purl(a.local_ref, proto);
      }
      if (!named) continue;
      if (a.versions.empty()) {
        proto.status = state;
        out.push_back(std::move(proto));
        continue;
      }
      for (const cyclonedx::AffectedVersion& ver : a.versions) {
        Claim c = proto;
        c.status = ver.status == "unaffected" ? ClaimStatus::kNotAffected
                   : ver.status == "unknown"  ? ClaimStatus::kUnderInvestigation
                                              : ClaimStatus::kAffected;  // "affected" is the default
        // The analysis says what became of the affected versions.
        if (has_state && c.status == ClaimStatus::kAffected) c.status = state;
        if (!ver.version.empty()) c.version = ver.version;
        if (!ver.range.empty()) {
          c.vers = ver.range;
          c.version.clear();
        }
        c.source.pointer = ver.source.pointer();
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

}  // namespace vt::matching
