#include "store/year_report.h"

#include <gtest/gtest.h>

#include "store/plans.h"
#include "store/projects.h"
#include "store/recording.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class YearReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NewProject p;
    p.code = "TM-001";
    p.name_zh = "物流园";
    p.region = "TM";
    p.entered_on = "2025-01-01";
    insert_project(db_, p, "tester");
    const Project stored = *find_project(db_, "TM-001");
    PlanChange c;
    c.plan_class = PlanClass::New;
    c.investment_yuan = Money(1000);
    c.planned_start = Text("2026-02-01");
    set_plan(db_, stored, 2026, c, "tester");
    log("2025-12-31", 100, std::nullopt);  // last year's
    log("2026-02-20", 200, Stage::Building);
    log("2026-05-31", 300, std::nullopt);
  }
  void log(const char* date, std::int64_t yuan, std::optional<Stage> stage) {
    ProjectStanding s = *find_project_standing(db_, "TM-001");
    LogRequest r;
    r.update.invested_yuan = yuan;
    r.update.author = "tester";
    r.date = parse_date(date, "date");
    r.stage = stage;
    log_report(db_, s, r, parse_date("2026-12-31", "as-of"), "tester");
  }
  YearProject read(const char* as_of) {
    YearProject got;
    int n = 0;
    for_each_year_project(db_, 2026, ReportBy::Region, PortfolioFilter{}, parse_date(as_of, "as-of"),
                          [&](const ReportGroup&, const YearProject& p) {
                            got = p;
                            ++n;
                          });
    EXPECT_EQ(n, 1);
    return got;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(YearReportTest, TheYearsReportsUpToTheAsOfDateAndTheStartAsOfThen) {
  YearProject p = read("2026-02-19");
  EXPECT_EQ(p.completed_yuan, 0);  // 2025's report is not this year's
  EXPECT_FALSE(p.started);
  EXPECT_FALSE(p.due_to_start);  // February has not ended
  p = read("2026-02-28");
  EXPECT_EQ(p.completed_yuan, 200);
  EXPECT_TRUE(p.started);
  EXPECT_TRUE(p.due_to_start);
  EXPECT_EQ(p.plan_yuan, 1000);
  EXPECT_EQ(p.plan_class, PlanClass::New);
  EXPECT_EQ(read("2026-12-31").completed_yuan, 500);
  EXPECT_FALSE(read("2026-12-31").finished);
}

}  // namespace
}  // namespace keyproj
