// 6.1.17-6.1.22 and 6.1.30: the document version and its revision history
// (integer versioning "3", or semantic versioning "1.2.0-rc.1").
#include <algorithm>
#include <optional>
#include <string>


#include <absl/container/flat_hash_set.h>

#include "core/string_hash.h"
#include "core/rfc3339.h"
#include "json/json.h"
#include "version/semver.h"
#include "validation/mandatory/document_tests.h"

namespace vt::validation::mandatory {
namespace {

bool is_integer_version(std::string_view v) {
  if (v.empty() || (v.size() > 1 && v[0] == '0')) return false;
  return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Major version and whether there is a pre-release part, for a semantic
// version "MAJOR.MINOR.PATCH[-pre][+build]"; nullopt when not one.
struct Semver {
  unsigned long long major = 0;
  bool prerelease = false;
};
std::optional<Semver> semver(std::string_view v) {
  // Integer versions, the usual case, are not semantic versions; said
  // before parse_semver() builds its error message for each of them.
  if (is_integer_version(v)) return std::nullopt;
  auto parsed = version::parse_semver(v);
  if (!parsed || parsed->major.size() > 18) return std::nullopt;  // 18 digits fit 64 bits
  return Semver{std::stoull(std::string(parsed->major)), !parsed->prerelease.empty()};
}

// "0" or "0.y.z" (or a pre-release of either).
bool is_zero_version(std::string_view v) {
  if (v == "0") return true;
  auto s = semver(v);
  return s && s->major == 0;
}

bool has_prerelease(std::string_view v) {
  auto s = semver(v);
  return s && s->prerelease;
}

bool final_or_interim(const TestContext& ctx) {
  const auto& t = ctx.doc.document.tracking;
  return t && t->status && (*t->status == "final" || *t->status == "interim");
}

std::string member_pointer(const json::Value& object, std::string_view member) {
  std::string p = object.pointer();
  json::append_pointer(p, member);
  return p;
}

}  // namespace

void test_6_1_17_document_status_draft(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t || !t->version || !t->status) return;
  if ((is_zero_version(*t->version) || has_prerelease(*t->version)) && *t->status != "draft")
    sink.report(member_pointer(t->source, "status"),
                "the document version " + std::string(*t->version) + " is a draft version, so the status must be "
                "\"draft\", not \"" + std::string(*t->status) + "\"");
}

void test_6_1_18_released_revision_history(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t || !final_or_interim(ctx)) return;
  for (const auto& r : t->revision_history)
    if (r.number && is_zero_version(*r.number))
      sink.report(member_pointer(r.source, "number"), "the document is " + std::string(*t->status) +
                                                          " but its revision history has the draft version " +
                                                          std::string(*r.number));
}

void test_6_1_19_prerelease_revisions(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t) return;
  for (const auto& r : t->revision_history)
    if (r.number && has_prerelease(*r.number))
      sink.report(member_pointer(r.source, "number"),
                  "revision " + std::string(*r.number) + " is a pre-release: the revision history must not list pre-releases");
}

void test_6_1_20_non_draft_version(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t || !t->version || !final_or_interim(ctx)) return;
  if (has_prerelease(*t->version))
    sink.report(member_pointer(t->source, "version"), "the document is " + std::string(*t->status) +
                                                          " but its version " + std::string(*t->version) +
                                                          " has a pre-release part");
}

void test_6_1_21_missing_revision(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t || t->revision_history.empty()) return;
  struct Item {
    Instant when;
    unsigned long long number;
  };
  std::vector<Item> items;
  for (const auto& r : t->revision_history) {
    if (!r.number || !r.date) return;
    auto when = parse_rfc3339(*r.date);
    if (!when) return;
    if (is_integer_version(*r.number) && r.number->size() <= 18) items.push_back({*when, std::stoull(std::string(*r.number))});
    else if (auto s = semver(*r.number)) items.push_back({*when, s->major});
    else return;  // not a version_t: the schema says so
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    const int c = a.when.compare(b.when);
    return c != 0 ? c < 0 : a.number < b.number;
  });
  // Pointers only on failure: building one indexes the whole document.
  if (items.front().number > 1) {
    sink.report(member_pointer(t->source, "revision_history"), "the earliest revision has version " + std::to_string(items.front().number) + ", expected 0 or 1");
    return;
  }
  for (std::size_t i = 1; i < items.size(); ++i)
    if (items[i].number > items[i - 1].number + 1) {
      sink.report(member_pointer(t->source, "revision_history"), "the revision history skips from version " + std::to_string(items[i - 1].number) + " to " +
                             std::to_string(items[i].number) + " (ordered by date)");
      return;
    }
}

void test_6_1_22_duplicate_revision(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t) return;
  // A set, not a scan of the numbers seen so far: a history of 50,000
  // revisions took 3 s that way (it is the document's to make long).
  absl::flat_hash_set<std::string_view, StringHash, StringEq> seen;
  seen.reserve(t->revision_history.size());
  for (const auto& r : t->revision_history) {
    if (!r.number) continue;
    if (!seen.insert(*r.number).second)
      sink.report(member_pointer(r.source, "number"), "version " + std::string(*r.number) + " appears more than once in the revision history");
  }
}

void test_6_1_30_mixed_versioning(const TestContext& ctx, TestSink& sink) {
  const auto& t = ctx.doc.document.tracking;
  if (!t) return;
  int integer = 0, semantic = 0;
  auto count = [&](std::string_view v) {
    if (is_integer_version(v)) ++integer;
    else if (semver(v)) ++semantic;
  };
  if (t->version) count(*t->version);
  for (const auto& r : t->revision_history)
    if (r.number) count(*r.number);
  if (integer > 0 && semantic > 0)
    sink.report(member_pointer(t->source, "version"),
                "the document mixes integer versioning (" + std::to_string(integer) + " versions) and semantic versioning (" +
                    std::to_string(semantic) + " versions); use one of them throughout");
}

}  // namespace vt::validation::mandatory
