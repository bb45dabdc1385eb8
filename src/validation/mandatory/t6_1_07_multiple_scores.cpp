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

// The CVSS versions a score with products gives (v2's and v3's).
template <typename Fn>
void each_version(const csaf::Score& score, Fn&& fn) {
  if (!score.products) return;
  if (score.cvss_v2 && score.cvss_v2->version) fn(*score.cvss_v2->version);
  if (score.cvss_v3 && score.cvss_v3->version) fn(*score.cvss_v3->version);
}

bool two_scores_share_a_version(const csaf::Vulnerability& vuln) {
  const auto& scores = vuln.scores;
  for (std::size_t a = 0; a < scores.size(); ++a)
    for (std::size_t b = a + 1; b < scores.size(); ++b) {
      bool shared = false;
      each_version(scores[a], [&](std::string_view va) {
        each_version(scores[b], [&](std::string_view vb) { shared |= va == vb; });
      });
      if (shared) return true;
    }
  return false;
}

}  // namespace

void test_6_1_7_multiple_scores(const TestContext& ctx, TestSink& sink) {
  // (product id, CVSS version) -> index of the first score naming it, per
  // vulnerability; the views point into the document, so no key is copied.
  absl::flat_hash_map<IdVersion, std::size_t, StringPairHash> first_score;
  std::vector<std::string_view> versions;
  for (const csaf::Vulnerability& vuln : ctx.doc.vulnerabilities) {
    // Only a version given by two scores can repeat a product: most
    // vulnerabilities have one score, or one per version, and are skipped.
    if (!two_scores_share_a_version(vuln)) continue;
    first_score.clear();
    for (std::size_t s = 0; s < vuln.scores.size(); ++s) {
      const csaf::Score& score = vuln.scores[s];
      if (!score.products) continue;
      versions.clear();
      each_version(score, [&](std::string_view v) { versions.push_back(v); });
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
