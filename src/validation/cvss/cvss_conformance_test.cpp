// ../shared/testsuites/cvss/cvss_vectors.tsv: for v2.0/v3.0/v3.1 rows every
// base, temporal and environmental score as the suite gives it; for v4.0 rows
// the one CVSS v4.0 score of the vector as written (with the MacroVector table
// from the build tree's data directory).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "validation/cvss/cvss.h"
#include "validation/cvss/cvss_v4.h"

namespace vt::validation::cvss {
namespace {

TEST(CvssConformance, VectorSuite) {
  std::ifstream in(VT_SHARED_DIR "/testsuites/cvss/cvss_vectors.tsv");
  ASSERT_TRUE(in);
  std::string line;
  std::getline(in, line);  // header
  auto table = MacroVectorTable::load(VT_BUILD_DATA_DIR);
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  std::size_t checked = 0, v4 = 0, failed = 0, v4_failed = 0;
  auto same = [](const std::string& want, std::optional<double> got) {
    if (want.empty()) return true;  // the suite says None
    return got && std::fabs(std::stod(want) - *got) < 1e-9;
  };
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream cells(line);
    for (std::string c; std::getline(cells, c, '\t');) f.push_back(c);
    while (f.size() < 6) f.emplace_back();
    if (f[0] == "4.0") {
      ++v4;
      auto parsed = parse_v4_vector(f[1]);
      if (!parsed.ok()) {
        ++v4_failed;
        ADD_FAILURE() << f[5] << ": " << parsed.error().to_string();
      } else if (const double got = score_v4(*parsed, *table); !same(f[2], got) || f[2].empty()) {
        ++v4_failed;
        ADD_FAILURE() << f[5] << " " << f[1] << ": got " << got << ", want " << f[2];
      }
      continue;
    }
    ++checked;
    const std::string vector = (f[0] == "2.0" ? "" : "CVSS:" + f[0] + "/") + f[1];
    auto parsed =
        parse_vector(f[0] == "2.0" ? f[1] : (f[1].rfind("CVSS:", 0) == 0 ? f[1] : vector));
    if (!parsed.ok()) {
      ++failed;
      ADD_FAILURE() << f[5] << ": " << parsed.error().to_string();
      continue;
    }
    Scores s = compute(*parsed);
    if (!same(f[2], s.base) || !same(f[3], s.temporal) || !same(f[4], s.environmental)) {
      ++failed;
      ADD_FAILURE() << f[5] << " " << f[1] << ": got (" << s.base << ", "
                    << (s.temporal ? std::to_string(*s.temporal) : "None") << ", "
                    << (s.environmental ? std::to_string(*s.environmental) : "None") << "), want ("
                    << f[2] << ", " << f[3] << ", " << f[4] << ")";
    }
  }
  EXPECT_EQ(checked, 758u + 2623u + 2592u);
  EXPECT_EQ(v4, 1694u);
  std::cout << "CVSS v2/v3.x vectors: " << checked - failed << "/" << checked
            << " agree; v4.0 vectors: " << v4 - v4_failed << "/" << v4 << " agree\n";
}

}  // namespace
}  // namespace vt::validation::cvss
