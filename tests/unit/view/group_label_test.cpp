#include "view/group_label.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(GroupLabel, ARegionWithItsNameOtherGroupsInTheReadersWords) {
  const ReportGroup tm{"TM", Text("TM"), Text("天门"), Text("Tianmen")};
  EXPECT_EQ(group_label(ReportBy::Region, tm, Lang::Zh), "TM 天门");
  EXPECT_EQ(group_label(ReportBy::Region, tm, Lang::En), "TM Tianmen");
  EXPECT_EQ(group_label(ReportBy::Region, ReportGroup{"EZ", Text("EZ"), {}, {}}, Lang::En), "EZ");
  EXPECT_EQ(group_label(ReportBy::Stage, ReportGroup{"building", Text("building"), {}, {}}, Lang::Zh), "在建");
  EXPECT_EQ(group_label(ReportBy::Stage, ReportGroup{"building", Text("building"), {}, {}}, Lang::En), "building");
  EXPECT_EQ(group_label(ReportBy::Class, ReportGroup{"new", Text("new"), {}, {}}, Lang::Zh), "新开工");
  EXPECT_EQ(group_label(ReportBy::Category, ReportGroup{"logistics", Text("logistics"), {}, {}}, Lang::Zh), "物流");
  EXPECT_EQ(group_label(ReportBy::County, ReportGroup{"竟陵", Text("竟陵"), {}, {}}, Lang::En), "竟陵");
  EXPECT_EQ(group_label(ReportBy::County, ReportGroup{"", std::nullopt, {}, {}}, Lang::Zh), "（未载明）");
  EXPECT_EQ(group_label(ReportBy::Owner, ReportGroup{"", std::nullopt, {}, {}}, Lang::En), "(none)");
}

}  // namespace
}  // namespace keyproj
