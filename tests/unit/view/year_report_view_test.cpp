#include "view/year_report_view.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

YearGroupRow group(const std::string& id, std::int64_t completed, std::optional<std::int64_t> plan) {
  YearGroupRow row;
  row.group = ReportGroup{id, Text(id), {}, {}};
  row.tally.add(YearProject{PlanClass::Continuing, plan, completed, true, false, false});
  return row;
}

TEST(YearReportView, EqualSharesShareARankAndAGroupWithoutAShareHasNone) {
  std::vector<YearGroupRow> rows{group("EZ", 30, 100), group("JM", 50, 100), group("TM", 30, 100),
                                 group("WH", 5, std::nullopt), group("ZS", 10, 100)};
  YearGroupRow total;
  for (const auto& r : rows) total.tally.add(r.tally);
  rows.push_back(total);
  rank_by_percent_of_plan(rows);
  EXPECT_EQ(rows[0].rank, 2);  // 30%
  EXPECT_EQ(rows[1].rank, 1);  // 50%
  EXPECT_EQ(rows[2].rank, 2);  // 30%
  EXPECT_EQ(rows[3].rank, std::nullopt);  // no plan amount: no %
  EXPECT_EQ(rows[4].rank, 4);  // 10%
  EXPECT_EQ(rows[5].rank, std::nullopt);  // the total
}

TEST(YearReportView, ATableShowsSharesAndPointsAsABulletinPrintsThem) {
  YearGroupRow row = group("WH", 309, 1000);
  const auto cells = year_plan_cells("WH", row, 2500);
  EXPECT_EQ(std::get<std::string>(cells[5]), "30.90%");
  EXPECT_EQ(std::get<std::string>(cells[6]), "25.00%");
  EXPECT_EQ(std::get<std::string>(cells[7]), "+5.90");
  const auto machine = year_machine_cells(row, 2500);
  EXPECT_DOUBLE_EQ(std::get<double>(machine[6]), 0.309);
  EXPECT_DOUBLE_EQ(std::get<double>(machine[8]), 5.9);
  EXPECT_EQ(year_machine_columns().size(), machine.size());
  EXPECT_EQ(year_plan_columns(ReportBy::Class).size(), cells.size());
  EXPECT_EQ(year_start_columns(ReportBy::County).size(), year_start_cells("x", row).size());
}

}  // namespace
}  // namespace keyproj
