#include "view/bulletin_json.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(BulletinJson, TheMonthsFiguresListsWithWhatTheyLeftOut) {
  Bulletin b;
  b.month = "2026-03";
  b.as_of = parse_date("2026-03-31", "as-of");
  b.year = 2026;
  b.schedule = 2500;
  b.completed_by_month[0] = 10;
  b.completed_by_month[2] = 30;
  b.completed_by_month[5] = 99;  // after the month: not printed
  b.problems.total = 3;
  b.problems_overdue = 1;
  Problem p;
  p.id = 7;
  p.project_code = "TM-001";
  p.text = "征地";
  p.raised_on = "2026-01-02";
  p.due = Text("2026-03-01");
  b.problems.items.push_back(ListedProblem{p, "物流园", 30});
  const auto j = bulletin_json(b, LightThresholds{90, 60, 20, 31}, Lang::En);
  EXPECT_EQ(j["month"], "2026-03");
  EXPECT_DOUBLE_EQ(j["schedule"].get<double>(), 0.25);
  EXPECT_EQ(j["annual_plan"], false);
  EXPECT_EQ(j["completed_by_month_yuan"], nlohmann::json({10, 0, 30}));
  EXPECT_EQ(j["report"].size(), 1u);  // the total alone: no region has a project
  EXPECT_EQ(j["report"][0]["row"], "total");
  EXPECT_EQ(j["problems"]["total"], 3);
  EXPECT_EQ(j["problems"]["left_out"], 2);
  EXPECT_EQ(j["problems"]["overdue"], 1);
  EXPECT_EQ(j["problems"]["items"][0]["id"], 7);
  EXPECT_EQ(j["problems"]["items"][0]["days_late"], 30);
  EXPECT_EQ(j["problems"]["items"][0]["level"], "county");
}

}  // namespace
}  // namespace keyproj
