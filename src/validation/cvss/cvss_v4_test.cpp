// CVSS v4.0: the vector string rules of section 7, the MacroVector table
// loader, and the scoring rules that the suite's vectors exercise only by
// example (defaults of X, modified metrics, the highest-severity vectors).
#include "validation/cvss/cvss_v4.h"

#include <gtest/gtest.h>

#include "validation/cvss/cvss.h"

namespace vt::validation::cvss {
namespace {

constexpr const char* kBase = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H";

const MacroVectorTable& table() {
  static const MacroVectorTable t = [] {
    auto loaded = MacroVectorTable::load(VT_BUILD_DATA_DIR);
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
    return loaded.ok() ? *loaded : MacroVectorTable{};
  }();
  return t;
}

double score(const std::string& text) {
  auto v = parse_v4_vector(text);
  EXPECT_TRUE(v.ok()) << text << ": " << v.error().to_string();
  return v.ok() ? score_v4(*v, table()) : -1;
}

std::string rejection(const std::string& text) {
  auto v = parse_v4_vector(text);
  return v.ok() ? "accepted" : v.error().message;
}

TEST(CvssV4Vector, ParsesEveryMetricGroup) {
  const std::string all =
      std::string(kBase) +
      "/E:P/CR:M/IR:L/AR:H/MAV:A/MAC:H/MAT:P/MPR:L/MUI:A/MVC:L/MVI:N/MVA:H/MSC:L/MSI:S/MSA:N"
      "/S:P/AU:Y/R:I/V:C/RE:H/U:Amber";
  auto v = parse_v4_vector(all);
  ASSERT_TRUE(v.ok()) << v.error().to_string();
  EXPECT_EQ(v->get(V4Metric::kAV), "N");
  EXPECT_EQ(v->get(V4Metric::kMSI), "S");
  EXPECT_EQ(v->get(V4Metric::kU), "Amber");
  EXPECT_EQ(to_string(*v), all);
  EXPECT_STREQ(nomenclature(*v), "CVSS-BTE");
}

TEST(CvssV4Vector, NotDefinedMayBeWrittenOrLeftOut) {
  auto written = parse_v4_vector(std::string(kBase) + "/E:X/CR:X/MSI:X/U:X");
  auto omitted = parse_v4_vector(kBase);
  ASSERT_TRUE(written.ok() && omitted.ok());
  EXPECT_EQ(*written, *omitted);
  EXPECT_EQ(to_string(*written), kBase);
  EXPECT_EQ(written->get(V4Metric::kE), "X");
  EXPECT_STREQ(nomenclature(*written), "CVSS-B");
}

TEST(CvssV4Vector, Nomenclature) {
  EXPECT_STREQ(nomenclature(*parse_v4_vector(std::string(kBase) + "/E:U")), "CVSS-BT");
  EXPECT_STREQ(nomenclature(*parse_v4_vector(std::string(kBase) + "/MAV:L")), "CVSS-BE");
  EXPECT_STREQ(nomenclature(*parse_v4_vector(std::string(kBase) + "/S:P/U:Red")), "CVSS-B");
}

TEST(CvssV4Vector, RejectsWhatSection7Forbids) {
  EXPECT_NE(
      rejection("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H").find("prefix"),
      std::string::npos);
  EXPECT_NE(rejection("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H").find("prefix"),
            std::string::npos);
  EXPECT_NE(
      rejection("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H").find("SA is missing"),
      std::string::npos);
  EXPECT_NE(rejection("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H")
                .find("comes after AC"),
            std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/CR:H/E:A").find("comes after CR"), std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/U:Red/S:N").find("comes after U"), std::string::npos);
  EXPECT_NE(rejection("CVSS:4.0/AV:N/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H")
                .find("twice"),
            std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/E:A/E:A").find("twice"), std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/XX:A").find("unknown metric"), std::string::npos);
  // Base metrics have no X; Safety exists only as MSI/MSA; values are case-sensitive.
  EXPECT_NE(rejection("CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H")
                .find("expected one of"),
            std::string::npos);
  EXPECT_NE(rejection("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:S/SA:H")
                .find("value \"S\""),
            std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/U:clear").find("expected one of X, Clear"),
            std::string::npos);
  EXPECT_NE(
      rejection("CVSS:4.0/av:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H").find("unknown"),
      std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/").find("METRIC:VALUE"), std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "//E:A").find("METRIC:VALUE"), std::string::npos);
  EXPECT_NE(rejection(std::string(kBase) + "/E:").find("value \"\""), std::string::npos);
  EXPECT_NE(rejection("CVSS:4.0/").find("METRIC:VALUE"), std::string::npos);
}

TEST(CvssV4MacroVector, EquivalenceClasses) {
  auto mv = [](const std::string& text) {
    return macro_vector(*parse_v4_vector(text)).to_string();
  };
  EXPECT_EQ(mv(kBase), "000100");  // SC/SI/SA high but no Safety: EQ4 = 1; E:X counts as A
  EXPECT_EQ(mv("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U"), "212221");
  // EQ1 = 2 for AV:P even with PR:N and UI:N; EQ1 = 1 when one of them is N.
  EXPECT_EQ(mv("CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"), "200100");
  EXPECT_EQ(mv("CVSS:4.0/AV:L/AC:L/AT:N/PR:H/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"), "100100");
  // Modified metrics replace base ones; MSI:S is Safety (EQ4 = 0).
  EXPECT_EQ(mv(std::string(kBase) + "/MAV:P/MAC:H/MVC:L/MSI:S"), "211000");
  // EQ6 = 1 when no high impact is paired with a high requirement.
  EXPECT_EQ(mv(std::string(kBase) + "/CR:M/IR:M/AR:L"), "000101");
  EXPECT_EQ(mv(std::string(kBase) + "/CR:M/IR:M/AR:H"), "000100");
}

TEST(CvssV4Score, KnownValues) {
  EXPECT_DOUBLE_EQ(score(kBase), 10.0);
  EXPECT_DOUBLE_EQ(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"), 0.0);
  // FIRST calculator's default vector and the suite's first v4 row.
  EXPECT_DOUBLE_EQ(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"), 9.3);
  EXPECT_DOUBLE_EQ(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L"), 9.2);
  EXPECT_DOUBLE_EQ(score("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U"),
                   0.1);
  EXPECT_STREQ(severity(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L")),
               "CRITICAL");
}

TEST(CvssV4Score, NotDefinedIsTheWorstCase) {
  // E:X scores as E:A, CR/IR/AR:X as H: leaving them out never lowers a score.
  EXPECT_EQ(score(std::string(kBase) + "/E:A/CR:H/IR:H/AR:H"), score(kBase));
  EXPECT_LT(score(std::string(kBase) + "/E:P"), score(kBase));
  EXPECT_LT(score(std::string(kBase) + "/E:U"), score(std::string(kBase) + "/E:P"));
  // Supplemental metrics never change the score.
  EXPECT_EQ(score(std::string(kBase) + "/S:P/AU:Y/R:I/V:C/RE:H/U:Red"), score(kBase));
}

TEST(CvssV4Score, ModifiedMetricsReplaceBaseMetrics) {
  const std::string low = "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N";
  EXPECT_EQ(score(low + "/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H/MSC:H/MSI:H/MSA:H"),
            score(kBase));
  // Zero impact everywhere after modification scores 0.
  EXPECT_EQ(score(std::string(kBase) + "/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N"), 0.0);
  // Safety raises the score of a vector whose subsequent impacts are not the worst.
  const std::string sub = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:L/SI:L/SA:N";
  EXPECT_GT(score(sub + "/MSI:S"), score(sub));
}

// The severity distances take the first highest-severity vector of the class
// that is at least as severe in every metric. If a class had none, the
// reference calculator would silently use distance 0: check that every value
// combination of every class has one (all effective values reachable).
TEST(CvssV4Score, EveryVectorHasAHighestSeverityVectorAboveIt) {
  auto has = [](const std::string& text) {
    auto v = parse_v4_vector(text);
    EXPECT_TRUE(v.ok()) << text;
    EXPECT_TRUE(v.ok() && severity_distances(*v).has_value()) << text;
  };
  const std::string av = "NALP", ac = "LH", at = "NP", pr = "NLH", ui = "NPA", cia = "HLN",
                    req = "XHML", msi = "XSHLN";
  std::size_t checked = 0;
  for (char a : av)
    for (char p : pr)
      for (char u : ui)
        for (char c : ac)
          for (char t : at) {
            has(std::string("CVSS:4.0/AV:") + a + "/AC:" + c + "/AT:" + t + "/PR:" + p +
                "/UI:" + u + "/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H");
            ++checked;
          }
  for (char vc : cia)
    for (char vi : cia)
      for (char va : cia)
        for (char cr : req)
          for (char ir : req)
            for (char ar : req) {
              std::string text = std::string("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:") + vc +
                                 "/VI:" + vi + "/VA:" + va + "/SC:H/SI:H/SA:H";
              for (auto [name, value] : {std::pair{"CR", cr}, {"IR", ir}, {"AR", ar}})
                if (value != 'X') text += std::string("/") + name + ":" + value;
              has(text);
              ++checked;
            }
  for (char sc : cia)
    for (char si : cia)
      for (char sa : cia)
        for (char mi : msi)
          for (char ma : msi) {
            std::string text = std::string("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:") +
                               sc + "/SI:" + si + "/SA:" + sa;
            if (mi != 'X') text += std::string("/MSI:") + mi;
            if (ma != 'X') text += std::string("/MSA:") + ma;
            has(text);
            ++checked;
          }
  EXPECT_EQ(checked, 144u + 27u * 64u + 27u * 25u);
}

TEST(CvssV4Table, LoadsTheShippedTable) {
  MacroVector top;
  EXPECT_EQ(table().score(top), 10.0);
  MacroVector bottom{{2, 1, 2, 2, 2, 1}};
  EXPECT_EQ(table().score(bottom), 0.1);
  MacroVector impossible{{0, 0, 2, 0, 0, 0}};  // EQ3 = 2 with EQ6 = 0
  EXPECT_FALSE(table().score(impossible).has_value());
  MacroVector out_of_range{{3, 0, 0, 0, 0, 0}};
  EXPECT_FALSE(table().score(out_of_range).has_value());
}

TEST(CvssV4Table, RejectsBrokenTables) {
  auto message = [](const std::string& text) {
    auto t = MacroVectorTable::parse(text, "t.tsv");
    return t.ok() ? std::string("accepted") : t.error().to_string();
  };
  EXPECT_NE(message("# only a comment\n").find("expected the 270 macrovectors, found 0"),
            std::string::npos);
  EXPECT_NE(
      message("000000\t10.0\n000000\t9.9\n").find("t.tsv:2: macrovector 000000 appears twice"),
      std::string::npos);
  EXPECT_NE(message("000000 10.0\n").find("t.tsv:1: expected \"macrovector<TAB>score\""),
            std::string::npos);
  EXPECT_NE(message("002000\t1.0\n").find("no such macrovector"), std::string::npos);
  EXPECT_NE(message("300000\t1.0\n").find("no such macrovector"), std::string::npos);
  EXPECT_NE(message("000000\t10.5\n").find("one decimal"), std::string::npos);
  EXPECT_NE(message("000000\t9.95\n").find("one decimal"), std::string::npos);
  EXPECT_NE(message("00000a\t9.9\n").find("six digits"), std::string::npos);
}

TEST(CvssV4Table, MissingFileNamesThePath) {
  auto t = MacroVectorTable::load(testing::TempDir() + "/no-such-vextriage-data");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().to_string().find("/no-such-vextriage-data/cvss/v4-macrovector-scores.tsv"),
            std::string::npos);
}

}  // namespace
}  // namespace vt::validation::cvss
