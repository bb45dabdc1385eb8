// 6.1.7 Multiple Scores with same Version per Product: within one
// vulnerability "the same Product ID is not member of more than one
// CVSS-Vectors with the same version" (cvss_v2 and cvss_v3 alike, keyed by
// their `version`: "2.0", "3.0", "3.1").
#include <string>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "core/string_hash.h"

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

using IdVersion = std::pair<std::string_view, std::string_view>;

}  // namespace

void test_6_1_7_multiple_scores(const TestContext& ctx, TestSink& sink) {
  // (product id, CVSS version) -> index of the first score naming it, per
  // vulnerability; the views point into the document, so no key is copied.
  absl::flat_hash_map<IdVersion, std::size_t, StringPairHash> first_score;
  std::vector<std::string_view> versions;
  for (const csaf::Vulnerability& vuln : ctx.doc.vulnerabilities) {
    first_score.clear();
    for (std::size_t s = 0; s < vuln.scores.size(); ++s) {
      const csaf::Score& score = vuln.scores[s];
      if (!score.products) continue;
      versions.clear();
      if (score.cvss_v2 && score.cvss_v2->version) versions.push_back(*score.cvss_v2->version);
      if (score.cvss_v3 && score.cvss_v3->version) versions.push_back(*score.cvss_v3->version);
      for_each_id(*score.products, [&](std::string_view id, const IdAt& item) {
        for (std::string_view version : versions) {
          const auto [it, inserted] = first_score.emplace(IdVersion{id, version}, s);
          if (inserted || it->second == s) continue;  // same score listing it twice
          sink.report(item.pointer(), "product id " + std::string(id) + " already has a CVSS " +
                                          std::string(version) + " score at " +
                                          vuln.scores[it->second].source.pointer() +
                                          "; give at most one score per CVSS version and product");
        }
      });
    }
  }
}

}  // namespace vt::validation::mandatory
