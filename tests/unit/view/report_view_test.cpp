#include "view/report_view.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(ReportView, EveryColumnOfARowAndJsonByTheirKeys) {
  Tally t;
  t.projects = 3;
  t.by_stage[static_cast<std::size_t>(Stage::Building)] = 2;
  t.by_stage[static_cast<std::size_t>(Stage::Planned)] = 1;
  t.no_budget = 1;
  t.budget_yuan = 2000;
  t.invested_yuan = 700;
  t.invested_budgeted_yuan = 500;
  t.lights = {1, 1, 1};
  const auto columns = report_machine_columns();
  const auto cells = report_machine_cells("group", std::string("TM"), t);
  ASSERT_EQ(columns.size(), cells.size());
  const auto j = json_row(columns, cells);
  EXPECT_EQ(j["row"], "group");
  EXPECT_EQ(j["group"], "TM");
  EXPECT_EQ(j["projects"], 3);
  EXPECT_EQ(j["building"], 2);
  EXPECT_EQ(j["planned"], 1);
  EXPECT_EQ(j["budget_yuan"], 2000);
  EXPECT_EQ(j["invested_yuan"], 700);
  EXPECT_DOUBLE_EQ(j["completion_rate"].get<double>(), 0.25);
  EXPECT_EQ(j["red"], 1);
  // No budget stated anywhere: no total, not a zero one.
  Tally none;
  none.projects = 1;
  none.no_budget = 1;
  EXPECT_TRUE(json_row(columns, report_machine_cells("total", std::monostate{}, none))["budget_yuan"].is_null());
}

}  // namespace
}  // namespace keyproj
