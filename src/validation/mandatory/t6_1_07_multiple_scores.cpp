// 6.1.7 Multiple Scores with same Version per Product: within one
// vulnerability "the same Product ID is not member of more than one
// CVSS-Vectors with the same version" (cvss_v2 and cvss_v3 alike, keyed by
// their `version`: "2.0", "3.0", "3.1").
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "validation/mandatory/product_id_tests.h"

namespace vt::validation::mandatory {
namespace {

using IdVersion = std::pair<std::string_view, std::string_view>;
struct IdVersionHash {
  std::size_t operator()(const IdVersion& k) const {
    const std::hash<std::string_view> h;
    return h(k.first) * 31 + h(k.second);
  }
};

}  // namespace

void test_6_1_7_multiple_scores(const TestContext& ctx, TestSink& sink) {
  for (const csaf::Vulnerability& vuln : ctx.doc.vulnerabilities) {
    // (product id, CVSS version) -> index of the first score naming it; the
    // views point into the document, so no key is copied.
    std::unordered_map<IdVersion, std::size_t, IdVersionHash> first_score;
    for (std::size_t s = 0; s < vuln.scores.size(); ++s) {
      const csaf::Score& score = vuln.scores[s];
      if (!score.products) continue;
      std::vector<std::string_view> versions;
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
