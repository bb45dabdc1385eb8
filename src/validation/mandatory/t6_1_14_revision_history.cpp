// 6.1.14 Sorted Revision History: "the value of `number` of items of the
// revision history are sorted ascending when the items are sorted ascending
// by `date`".
// 6.1.16 Latest Document Version: /document/tracking/version "has the same
// value as the `number` in the last item of Revision History when it is
// sorted ascending by `date`. Build metadata is ignored in the comparison.
// Any pre-release part is also ignored if the document status is `draft`."
//
// Dates are RFC 3339 instants (offsets applied, fractions compared exactly);
// items with the same instant are ordered by number, as the OASIS test
// files expect. Numbers are integers or SemVer; an integer n orders as n.0.0.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "validation/mandatory/product_id_tests.h"
#include "core/rfc3339.h"
#include "version/semver.h"

namespace vt::validation::mandatory {
namespace {

bool is_integer_version(std::string_view s) {
  if (s.empty() || (s.size() > 1 && s[0] == '0')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<version::SemVer> parse_number(std::string_view s) {
  if (is_integer_version(s)) return version::SemVer{s, "0", "0", {}, {}};
  auto parsed = version::parse_semver(s);
  if (!parsed) return std::nullopt;
  return *parsed;
}

struct Item {
  std::size_t index;  // in revision_history
  Instant date;
  version::SemVer number;
  std::string_view number_text, date_text;
};

// The items with a readable date and number, sorted by date, then number.
std::vector<Item> sorted_revisions(const std::vector<csaf::Revision>& history) {
  std::vector<Item> items;
  items.reserve(history.size());
  for (std::size_t i = 0; i < history.size(); ++i) {
    const csaf::Revision& r = history[i];
    if (!r.date || !r.number) continue;
    const auto date = parse_rfc3339(*r.date);
    const auto number = parse_number(*r.number);
    if (!date || !number) continue;  // the schema reports malformed values
    items.push_back(Item{i, *date, *number, *r.number, *r.date});
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    const int c = a.date.compare(b.date);
    return c != 0 ? c < 0 : version::compare(a.number, b.number) < 0;
  });
  return items;
}

std::string_view without_suffix(std::string_view v, std::string_view separators) {
  return v.substr(0, std::min(v.find_first_of(separators), v.size()));
}

}  // namespace

void test_6_1_14_sorted_revision_history(const TestContext& ctx, TestSink& sink) {
  const auto& tracking = ctx.doc.document.tracking;
  if (!tracking) return;
  const std::vector<Item> items = sorted_revisions(tracking->revision_history);
  for (std::size_t i = 1; i < items.size(); ++i) {
    const Item& earlier = items[i - 1];
    const Item& later = items[i];
    if (version::compare(earlier.number, later.number) <= 0) continue;
    const auto number = tracking->revision_history[later.index].source.find("number");
    sink.report(
        number ? number->pointer() : tracking->revision_history[later.index].source.pointer(),
        "revision " + std::string(later.number_text) + " (" + std::string(later.date_text) +
            ") is dated after revision " + std::string(earlier.number_text) + " (" +
            std::string(earlier.date_text) +
            ") but has a lower number; numbers must ascend with the dates");
  }
}

void test_6_1_16_latest_document_version(const TestContext& ctx, TestSink& sink) {
  const auto& tracking = ctx.doc.document.tracking;
  if (!tracking || !tracking->version) return;
  const std::vector<Item> items = sorted_revisions(tracking->revision_history);
  // A single revision is the latest whatever its date says (a malformed date
  // is the schema's finding; the versions can still disagree).
  const auto& history = tracking->revision_history;
  std::string_view latest;
  if (!items.empty()) latest = items.back().number_text;
  else if (history.size() == 1 && history[0].number) latest = *history[0].number;
  else return;
  const bool draft = tracking->status == "draft";
  const std::string_view separators = draft ? "+-" : "+";
  if (without_suffix(latest, separators) == without_suffix(*tracking->version, separators)) {
    return;
  }
  sink.report("/document/tracking/version",
              "the document version is " + std::string(*tracking->version) +
                  ", but the latest revision by date in /document/tracking/revision_history"
                  " is " +
                  std::string(latest) +
                  "; they must be the same (ignoring build"
                  " metadata" +
                  (draft ? " and, for drafts, the pre-release part)" : ")"));
}

}  // namespace vt::validation::mandatory
