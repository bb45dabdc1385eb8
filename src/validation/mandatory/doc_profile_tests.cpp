// 6.1.26 and 6.1.27.1-6.1.27.11: the document category names a profile, and
// each profile of CSAF 2.0 section 4 requires some elements.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include "core/strings.h"
#include "validation/mandatory/document_tests.h"
#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

std::string member_pointer(const json::Value& object, std::string_view member) {
  std::string p = object.pointer();
  json::append_pointer(p, member);
  return p;
}

bool category_is(const TestContext& ctx, std::initializer_list<std::string_view> categories) {
  const auto& c = ctx.doc.document.category;
  return c && std::find(categories.begin(), categories.end(), *c) != categories.end();
}

constexpr std::string_view kAdvisory = "csaf_security_advisory";
constexpr std::string_view kVex = "csaf_vex";
constexpr std::string_view kInformational = "csaf_informational_advisory";
constexpr std::string_view kIncident = "csaf_security_incident_response";

// 6.1.26: lower case without '-', '_' and white space.
std::string normalize_category(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '-' || c == '_' || ascii_space(c)) continue;
    out.push_back(ascii_lower(c));
  }
  return out;
}

// The product ids a flag, threat or remediation applies to, groups expanded.
template <typename Item>
void collect_products(const TestContext& ctx, const Item& item, std::unordered_set<std::string_view>& out) {
  if (item.product_ids)
    for_each_id(*item.product_ids, [&](std::string_view id, const IdAt&) { out.insert(id); });
  if (item.group_ids)
    for_each_id(*item.group_ids, [&](std::string_view gid, const IdAt&) {
      const auto* g = ctx.products.groups.find(gid);
      if (!g) return;
      for (std::string_view id : (*g)->product_ids) out.insert(id);
    });
}

}  // namespace

void test_6_1_26_prohibited_category(const TestContext& ctx, TestSink& sink) {
  const auto& c = ctx.doc.document.category;
  if (!c || category_is(ctx, {"csaf_base", kIncident, kInformational, kAdvisory, kVex})) return;
  std::string where = member_pointer(ctx.doc.document.source, "category");
  const std::string lowered = ascii_lowered(*c);
  if (lowered.rfind("csaf_", 0) == 0) {
    sink.report(where, "the category \"" + std::string(*c) +
                           "\" starts with the reserved prefix csaf_; only the profiles of the specification use it");
    return;
  }
  // Names and values of the profiles other than CSAF Base, normalized.
  static const std::unordered_set<std::string> kProhibited = {
      "securityincidentresponse", "informationaladvisory", "securityadvisory", "vex",
      "csafsecurityincidentresponse", "csafinformationaladvisory", "csafsecurityadvisory", "csafvex"};
  if (kProhibited.count(normalize_category(*c)))
    sink.report(where, "the category \"" + std::string(*c) +
                           "\" is the name of a CSAF profile written differently; use the profile's value "
                           "(e.g. csaf_security_advisory) or a name of your own");
}

void test_6_1_27_1_document_notes(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kInformational, kIncident})) return;
  const auto& d = ctx.doc.document;
  for (const auto& n : d.notes)
    if (n.category && (*n.category == "description" || *n.category == "details" || *n.category == "general" ||
                       *n.category == "summary"))
      return;
  sink.report(d.notes.empty() ? d.source.pointer() : member_pointer(d.source, "notes"),
              "this profile needs a document note of category description, details, general or summary");
}

void test_6_1_27_2_document_references(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kInformational, kIncident})) return;
  const auto& d = ctx.doc.document;
  for (const auto& r : d.references)
    if (r.category && *r.category == "external") return;
  sink.report(d.references.empty() ? d.source.pointer() : member_pointer(d.source, "references"),
              "this profile needs a document reference of category external");
}

void test_6_1_27_3_no_vulnerabilities(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kInformational})) return;
  if (auto v = ctx.doc.source.find("vulnerabilities"))
    sink.report(v->pointer(), "an informational advisory has no vulnerabilities element; "
                              "use csaf_security_advisory or csaf_base if it describes vulnerabilities");
}

void test_6_1_27_4_product_tree(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kAdvisory, kVex})) return;
  if (!ctx.doc.source.find("product_tree"))
    sink.report("", "this profile needs a product_tree naming the products the document speaks of");
}

void test_6_1_27_5_vulnerability_notes(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kAdvisory, kVex})) return;
  for (const auto& v : ctx.doc.vulnerabilities)
    if (!v.source.find("notes")) sink.report(v.source.pointer(), "this vulnerability has no notes; the profile needs them");
}

void test_6_1_27_6_product_status(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kAdvisory})) return;
  for (const auto& v : ctx.doc.vulnerabilities)
    if (!v.source.find("product_status"))
      sink.report(v.source.pointer(), "this vulnerability has no product_status; a security advisory needs one");
}

void test_6_1_27_7_vex_product_status(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kVex})) return;
  for (const auto& v : ctx.doc.vulnerabilities) {
    const auto& s = v.product_status;
    if (s && (s->fixed || s->known_affected || s->known_not_affected || s->under_investigation)) continue;
    sink.report(s ? s->source.pointer() : v.source.pointer(),
                "a VEX vulnerability needs at least one of fixed, known_affected, known_not_affected or "
                "under_investigation in product_status");
  }
}

void test_6_1_27_8_vulnerability_id(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kVex})) return;
  for (const auto& v : ctx.doc.vulnerabilities)
    if (!v.source.find("cve") && !v.source.find("ids"))
      sink.report(v.source.pointer(), "a VEX vulnerability needs a cve or ids to say which vulnerability it is");
}

void test_6_1_27_9_impact_statement(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kVex})) return;
  for (const auto& v : ctx.doc.vulnerabilities) {
    if (!v.product_status || !v.product_status->known_not_affected) continue;
    std::unordered_set<std::string_view> explained;
    for (const auto& f : v.flags) collect_products(ctx, f, explained);
    for (const auto& t : v.threats)
      if (t.category && *t.category == "impact") collect_products(ctx, t, explained);
    for_each_id(*v.product_status->known_not_affected, [&](std::string_view id, const IdAt& item) {
      if (!explained.count(id))
        sink.report(item.pointer(), "product " + std::string(id) +
                                        " is known_not_affected without an impact statement: give a flag with a "
                                        "justification or a threat of category impact for it");
    });
  }
}

void test_6_1_27_10_action_statement(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kVex})) return;
  for (const auto& v : ctx.doc.vulnerabilities) {
    if (!v.product_status || !v.product_status->known_affected) continue;
    std::unordered_set<std::string_view> covered;
    for (const auto& r : v.remediations) collect_products(ctx, r, covered);
    for_each_id(*v.product_status->known_affected, [&](std::string_view id, const IdAt& item) {
      if (!covered.count(id))
        sink.report(item.pointer(), "product " + std::string(id) +
                                        " is known_affected without an action statement: give a remediation for it");
    });
  }
}

void test_6_1_27_11_vulnerabilities(const TestContext& ctx, TestSink& sink) {
  if (!category_is(ctx, {kAdvisory, kVex})) return;
  if (!ctx.doc.source.find("vulnerabilities"))
    sink.report("", "this profile needs a vulnerabilities element");
}

}  // namespace vt::validation::mandatory
