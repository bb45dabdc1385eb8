// 6.1.6 Contradicting Product Status: within one vulnerability the same
// product id "is not member of contradicting product status groups":
// Affected (first_affected, known_affected, last_affected), Not affected
// (known_not_affected), Fixed (first_fixed, fixed), Under investigation
// (under_investigation). `recommended` may go with any group.
#include <array>
#include <string>

#include <absl/container/flat_hash_map.h>

#include "core/string_hash.h"

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

enum Group { kAffected, kNotAffected, kFixed, kUnderInvestigation, kGroupCount };

constexpr std::array<const char*, kGroupCount> kGroupNames = {"affected", "not affected", "fixed",
                                                              "under investigation"};

struct Seen {
  unsigned groups = 0;                    // bit per Group
  std::array<IdAt, kGroupCount> first{};  // first listing per group
};

}  // namespace

void test_6_1_6_contradicting_status(const TestContext& ctx, TestSink& sink) {
  absl::flat_hash_map<std::string_view, Seen, StringHash, StringEq> seen;  // per vulnerability, reused
  for (const csaf::Vulnerability& vuln : ctx.doc.vulnerabilities) {
    if (!vuln.product_status) continue;
    const csaf::ProductStatus& ps = *vuln.product_status;
    const std::array<std::pair<const std::optional<csaf::ProductIdList>*, Group>, 7> lists = {{
        {&ps.first_affected, kAffected},
        {&ps.known_affected, kAffected},
        {&ps.last_affected, kAffected},
        {&ps.known_not_affected, kNotAffected},
        {&ps.first_fixed, kFixed},
        {&ps.fixed, kFixed},
        {&ps.under_investigation, kUnderInvestigation},
    }};
    // Only an id in two groups is reported: a vulnerability whose lists are
    // all of one group (known_affected alone, the usual) has nothing to find.
    unsigned groups_present = 0;
    for (const auto& [list, group] : lists)
      if (*list && !(*list)->ids.empty()) groups_present |= 1u << group;
    if ((groups_present & (groups_present - 1)) == 0) continue;
    seen.clear();
    for (const auto& [list, group] : lists) {
      if (!*list) continue;
      for_each_id(**list, [&, group = group](std::string_view id, const IdAt& item) {
        Seen& s = seen[id];
        const unsigned bit = 1u << group;
        if ((s.groups & bit) == 0) {
          s.first[group] = item;
          if (s.groups != 0) {
            int other = 0;
            while ((s.groups & (1u << other)) == 0) ++other;
            sink.report(item.pointer(),
                        "product id " + std::string(id) + " is listed as " + kGroupNames[group] +
                            " and also as " + kGroupNames[other] + " at " +
                            s.first[other].pointer() +
                            "; a product must be in only one of affected, not affected, "
                            "fixed and under investigation");
          }
          s.groups |= bit;
        }
      });
    }
  }
}

}  // namespace vt::validation::mandatory
