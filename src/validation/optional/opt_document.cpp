// 6.2.4-6.2.7, 6.2.10-6.2.12, 6.2.14, 6.2.15, 6.2.17: the tracking data,
// distribution, references and languages of a document.
#include <algorithm>
#include <cctype>
#include <regex>

#include "core/rfc3339.h"
#include "core/strings.h"
#include "documents/csaf/file_name.h"
#include "validation/optional/optional_tests.h"

namespace vt::validation::optional {
namespace {

// Subtags BCP 47 reserves for private use: languages qaa-qtz, scripts
// Qaaa-Qabx, regions AA, QM-QZ, XA-XZ, ZZ, and everything from "x-" on.
// Subtags after an extension singleton ("u-", "t-", ...) are not scripts or
// regions and are not checked.
std::string private_subtag(std::string_view tag) {
  const std::string t = ascii_lowered(tag);
  bool in_extension = false;
  for (std::size_t s = 0, i = 0; s <= t.size(); ++i) {
    std::size_t dash = t.find('-', s);
    if (dash == std::string::npos) dash = t.size();
    const std::string st = t.substr(s, dash - s);
    const bool alpha = !st.empty() && std::isalpha(static_cast<unsigned char>(st[0]));
    if (st == "x") return t.substr(s);
    if (i == 0 && st.size() == 3 && st >= "qaa" && st <= "qtz") return st;
    if (st.size() == 1) in_extension = true;
    if (!in_extension && i > 0 && alpha && st.size() == 4 && st >= "qaaa" && st <= "qabx")
      return st;
    if (!in_extension && i > 0 && alpha && st.size() == 2 &&
        (st == "aa" || st == "zz" || (st >= "qm" && st <= "qz") || (st >= "xa" && st <= "xz")))
      return st;
    s = dash + 1;
  }
  return {};
}

template <typename Fn>
void for_each_language(const TestContext& ctx, Fn&& fn) {
  const auto& d = ctx.doc.document;
  if (d.lang) fn(member_pointer(d.source, "lang"), *d.lang);
  if (d.source_lang) fn(member_pointer(d.source, "source_lang"), *d.source_lang);
}

}  // namespace

void test_6_2_4_build_metadata(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t) return;
  for (const auto& r : t->revision_history)
    if (r.number && r.number->find('+') != std::string_view::npos)
      sink.report(member_pointer(r.source, "number"),
                  "revision " + std::string(*r.number) +
                      " carries build metadata (after '+'); leave it out");
}

void test_6_2_5_older_initial_release(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t || !t->initial_release_date) return;
  auto initial = parse_rfc3339(*t->initial_release_date);
  std::optional<Instant> oldest;
  std::string_view oldest_text;
  for (const auto& r : t->revision_history)
    if (r.date)
      if (auto d = parse_rfc3339(*r.date); d && (!oldest || *d < *oldest))
        oldest = d, oldest_text = *r.date;
  if (initial && oldest && *initial < *oldest)
    sink.report(member_pointer(t->source, "initial_release_date"),
                "the initial release date " + std::string(*t->initial_release_date) +
                    " is older than the oldest revision (" + std::string(oldest_text) + ")");
}

void test_6_2_6_older_current_release(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t || !t->current_release_date) return;
  auto current = parse_rfc3339(*t->current_release_date);
  std::optional<Instant> newest;
  std::string_view newest_text;
  for (const auto& r : t->revision_history)
    if (r.date)
      if (auto d = parse_rfc3339(*r.date); d && (!newest || *newest < *d))
        newest = d, newest_text = *r.date;
  if (current && newest && *current < *newest)
    sink.report(member_pointer(t->source, "current_release_date"),
                "the current release date " + std::string(*t->current_release_date) +
                    " is older than the newest revision (" + std::string(newest_text) + ")");
}

void test_6_2_7_involvement_date(const TestContext& ctx, TestSink& sink) {
  for (const auto& v : ctx.doc.vulnerabilities)
    for (const auto& inv : v.involvements)
      if (!inv.date)
        sink.report(inv.source.pointer(), "the involvement of party " +
                                              std::string(inv.party.value_or("?")) +
                                              " has no date; add the date the status was set");
}

void test_6_2_10_tlp_label(const TestContext& ctx, TestSink& sink) {
  const auto& d = ctx.doc.document;
  static constexpr std::string_view kLabels[] = {"AMBER", "GREEN", "RED", "WHITE"};
  const auto& dist = d.distribution;
  if (dist && dist->tlp && dist->tlp->label &&
      std::find(std::begin(kLabels), std::end(kLabels), *dist->tlp->label) != std::end(kLabels))
    return;
  sink.report(dist ? (dist->tlp ? member_pointer(dist->tlp->source, "label")
                                : member_pointer(dist->source, "tlp"))
                   : member_pointer(d.source, "distribution"),
              "the document has no valid TLP label (WHITE, GREEN, AMBER or RED) in "
              "/document/distribution/tlp");
}

void test_6_2_11_canonical_url(const TestContext& ctx, TestSink& sink) {
  const auto& d = ctx.doc.document;
  const std::string id(d.tracking && d.tracking->id ? *d.tracking->id : "");
  const std::string file = csaf::file_name_for(id);
  for (const auto& r : d.references) {
    if (!r.category || *r.category != "self" || !r.url) continue;
    const std::string_view url = *r.url;
    if (url.substr(0, 8) == "https://" && url.size() > file.size() &&
        url.substr(url.size() - file.size()) == file && url[url.size() - file.size() - 1] == '/')
      return;
  }
  sink.report(d.references.empty() ? d.source.pointer() : member_pointer(d.source, "references"),
              "no reference of category self gives the canonical URL (https://.../" + file + ")");
}

void test_6_2_12_document_language(const TestContext& ctx, TestSink& sink) {
  const auto& d = ctx.doc.document;
  if (!d.lang || d.lang->empty())
    sink.report(member_pointer(d.source, "lang"), "the document language is not set");
}

void test_6_2_14_private_language(const TestContext& ctx, TestSink& sink) {
  for_each_language(ctx, [&](const std::string& where, std::string_view tag) {
    std::string p = private_subtag(tag);
    if (!p.empty())
      sink.report(where, "the language " + std::string(tag) + " uses the private-use subtag " + p +
                             "; use a registered language tag");
  });
}

void test_6_2_15_default_language(const TestContext& ctx, TestSink& sink) {
  for_each_language(ctx, [&](const std::string& where, std::string_view tag) {
    if (ascii_lowered(tag) == "i-default")
      sink.report(where, "the language i-default says nothing; give the real language");
  });
}

void test_6_2_17_cve_in_ids(const TestContext& ctx, TestSink& sink) {
  static const std::regex kCve("^CVE-[0-9]{4}-[0-9]{4,}$");
  for (const auto& v : ctx.doc.vulnerabilities)
    for (const auto& id : v.ids)
      if (id.text && std::regex_match(id.text->begin(), id.text->end(), kCve))
        sink.report(
            member_pointer(id.source, "text"),
            std::string(*id.text) + " is a CVE id: give it in the vulnerability's cve, not in ids");
}

}  // namespace vt::validation::optional
