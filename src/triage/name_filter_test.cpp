// NameFilter never says "not here" for a name it holds, and says it for
// nearly every other name (else it would filter nothing).
#include "triage/name_filter.h"

#include <gtest/gtest.h>

#include <string>

namespace vt::triage {
namespace {

TEST(NameFilter, HoldsItsNamesAndRejectsMostOthers) {
  NameFilter f;
  for (int i = 0; i < 300; ++i) f.insert("lib" + std::to_string(i) + "-common");
  f.insert("");
  f.insert("a");
  f.insert("kernel-default-devel-rt-debuginfo");  // longer than 16 bytes
  for (int i = 0; i < 300; ++i) EXPECT_TRUE(f.may_contain("lib" + std::to_string(i) + "-common"));
  EXPECT_TRUE(f.may_contain(""));
  EXPECT_TRUE(f.may_contain("a"));
  EXPECT_TRUE(f.may_contain("kernel-default-devel-rt-debuginfo"));
  int positives = 0;
  for (int i = 0; i < 10000; ++i) positives += f.may_contain("filler-" + std::to_string(i));
  // 303 of 65,536 slots set: about 46 false positives expected.
  EXPECT_LT(positives, 150);
}

}  // namespace
}  // namespace vt::triage
