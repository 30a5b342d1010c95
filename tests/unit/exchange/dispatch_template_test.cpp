#include "exchange/dispatch_template.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(DispatchTemplate, ItsHeadersAreAnUpdatesImportsAndOnlyTheLastFiveAreFilledIn) {
  const auto columns = dispatch_columns();
  ASSERT_EQ(columns.size(), 15u);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    EXPECT_EQ(columns[i].fill, i >= 10) << i;
    // Every header finds its column of an updates import.
    EXPECT_EQ(find_field(What::Updates, columns[i].column.label_zh), field_index(What::Updates, columns[i].column.key));
  }
  EXPECT_EQ(columns[0].column.kind, Kind::Date);
  EXPECT_EQ(columns[10].check, FillCheck::Money);
  EXPECT_EQ(columns[11].check, FillCheck::Percent);
  EXPECT_EQ(columns[12].check, FillCheck::Stage);
  EXPECT_EQ(columns[10].column.label_zh, "本月完成投资（万元）");  // money in 万元, the sheet's unit
  EXPECT_EQ(columns[7].column.label_en, "Invested to date (万元)");
}

TEST(DispatchTemplate, CsvWritesMoneyIn10kYuanAndTheShareInPercent) {
  const auto cells = dispatch_csv_cells({MoneyCell{35'050'000}, MoneyCell{3'505'000}, MoneyCell{0}, 0.25,
                                         std::string("x"), std::monostate{}});
  EXPECT_EQ(std::get<std::string>(cells[0]), "3505");
  EXPECT_EQ(std::get<std::string>(cells[1]), "350.5");
  EXPECT_EQ(std::get<std::string>(cells[2]), "0");
  EXPECT_EQ(std::get<std::string>(cells[3]), "25.00");
  EXPECT_EQ(std::get<std::string>(cells[4]), "x");
  const auto csv = dispatch_csv_columns();
  EXPECT_EQ(csv[7].label_zh, "累计完成投资（万元）");
  // Each header still names its column, the unit with it.
  for (const auto& c : csv) EXPECT_TRUE(find_field(What::Updates, c.label_zh)) << c.label_zh;
  for (const auto& c : csv) EXPECT_TRUE(find_field(What::Updates, c.key)) << c.key;
}

TEST(DispatchTemplate, SheetNamesAreTabsAndTitlesSayTheMonth) {
  DispatchSheet s{"TM", "天门", std::string("竟陵[新区]/北"), {}};
  EXPECT_EQ(dispatch_sheet_name(s, Lang::Zh), "竟陵新区北");
  s.county = std::string(40, 'a');
  EXPECT_EQ(dispatch_sheet_name(s, Lang::En).size(), 31u);
  s.county.reset();
  EXPECT_EQ(dispatch_sheet_name(s, Lang::Zh), "天门");
  s.region.clear();  // several regions
  EXPECT_EQ(dispatch_sheet_name(s, Lang::Zh), "调度表");
  const DispatchSheet tm{"TM", "天门", std::nullopt, {}};
  EXPECT_EQ(dispatch_title(tm, "2026-11-30", parse_date("2026-12-05", "as_of"), Lang::Zh),
            "天门重点项目月度调度表（2026年11月，数据截至 2026-12-05）");
  EXPECT_EQ(dispatch_title(tm, "2026-11-30", parse_date("2026-12-05", "as_of"), Lang::En),
            "Key projects, monthly dispatch: 天门 (2026-11; figures as of 2026-12-05)");
}

}  // namespace
}  // namespace keyproj
