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
#include "version/semver.h"

namespace vt::validation::mandatory {
namespace {

struct Instant {
  std::int64_t seconds = 0;   // since 1970-01-01T00:00:00Z
  std::string_view fraction;  // digits after the point, trailing zeros removed

  int compare(const Instant& o) const {
    if (seconds != o.seconds) return seconds < o.seconds ? -1 : 1;
    const int c = fraction.compare(o.fraction);  // same-scale digit strings
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
};

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// RFC 3339 date-time: YYYY-MM-DDTHH:MM:SS[.frac](Z|+hh:mm|-hh:mm).
std::optional<Instant> parse_instant(std::string_view s) {
  auto digits = [&s](std::size_t at, std::size_t count) -> std::optional<int> {
    if (at + count > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t i = at; i < at + count; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  auto is = [&s](std::size_t at, char c) { return at < s.size() && s[at] == c; };
  const auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  const auto hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
  if (!year || !month || !day || !hour || !minute || !second || !is(4, '-') || !is(7, '-') ||
      !(is(10, 'T') || is(10, 't') || is(10, ' ')) || !is(13, ':') || !is(16, ':')) {
    return std::nullopt;
  }
  if (*month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 || *minute > 59 ||
      *second > 60) {
    return std::nullopt;
  }
  std::size_t at = 19;
  Instant out;
  if (is(at, '.')) {
    const std::size_t start = ++at;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
    if (at == start) return std::nullopt;
    out.fraction = s.substr(start, at - start);
    while (!out.fraction.empty() && out.fraction.back() == '0') out.fraction.remove_suffix(1);
  }
  std::int64_t offset = 0;
  if (is(at, 'Z') || is(at, 'z')) {
    ++at;
  } else if (is(at, '+') || is(at, '-')) {
    const auto oh = digits(at + 1, 2), om = digits(at + 4, 2);
    if (!oh || !om || !is(at + 3, ':') || *oh > 23 || *om > 59) return std::nullopt;
    offset = (*oh * 60 + *om) * 60 * (s[at] == '-' ? -1 : 1);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != s.size()) return std::nullopt;
  out.seconds =
      days_from_civil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)) * 86400 +
      *hour * 3600 + *minute * 60 + *second - offset;
  return out;
}

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
    const auto date = parse_instant(*r.date);
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
  if (items.empty()) return;
  const bool draft = tracking->status == "draft";
  const std::string_view separators = draft ? "+-" : "+";
  const std::string_view latest = items.back().number_text;
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
