#include "validation/cvss/cvss_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace vt::validation::cvss {
namespace {

TEST(CvssMemo, GivesWhatParsingAndComputingGive) {
  for (const char* text :
       {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        "CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:C/C:L/I:N/A:N/E:P/RL:O/RC:C",
        "AV:N/AC:L/Au:N/C:P/I:P/A:P/E:POC/RL:OF/RC:C", "CVSS:3.1/AV:N", "CVSS:4.0/AV:N", ""}) {
    for (int twice = 0; twice < 2; ++twice) {
      const ParsedVector& p = parsed_vector(text);
      auto direct = parse_vector(text);
      ASSERT_EQ(p.vector.ok(), direct.ok()) << text;
      if (!direct.ok()) {
        EXPECT_EQ(p.vector.error().message, direct.error().message);
        continue;
      }
      const Scores want = compute(*direct);
      EXPECT_EQ(p.scores.base, want.base) << text;
      EXPECT_EQ(p.scores.temporal, want.temporal) << text;
      EXPECT_EQ(p.scores.environmental, want.environmental) << text;
      EXPECT_EQ(p.vector->version, direct->version);
      EXPECT_EQ(p.vector->metrics.size(), direct->metrics.size());
    }
  }
}

TEST(CvssMemo, StaysCorrectPastItsBound) {
  // More distinct texts than the memo keeps: it empties itself and goes on.
  for (int i = 0; i < 5000; ++i) {
    const std::string text = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:" + std::to_string(i);
    ASSERT_FALSE(parsed_vector(text).vector.ok());
  }
  EXPECT_EQ(parsed_vector("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").scores.base, 9.8);
}

}  // namespace
}  // namespace vt::validation::cvss
