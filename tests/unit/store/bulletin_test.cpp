#include "store/bulletin.h"

#include <gtest/gtest.h>

#include "store/milestones.h"
#include "store/plans.h"
#include "store/projects.h"
#include "store/recording.h"
#include "store/report.h"
#include "store/year_report.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

// Two regions; TM-001 a new start of the 2026 list that started in February, TM-002 a
// continuing project of the list with no plan amount in county 天门, EZ-001 outside the list.
class BulletinStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add("TM-001", "TM", "竟陵", "logistics", 5'000'000);
    add("TM-002", "TM", std::nullopt, std::nullopt, std::nullopt);
    add("EZ-001", "EZ", "华容", "market", 2'000'000);
    plan("TM-001", PlanClass::New, Money(1'000'000), Text("2026-02-01"));
    plan("TM-002", PlanClass::Continuing, std::nullopt, std::nullopt);
    log("TM-001", "2026-02-20", 200'000, Stage::Building);
    log("TM-001", "2026-05-31", 300'000, std::nullopt);
    log("TM-002", "2026-05-02", 50'000, std::nullopt);
    log("EZ-001", "2026-03-15", 70'000, std::nullopt);
    log("TM-001", "2026-12-01", 1'000, std::nullopt);  // after the as-of date used below
    const Project tm = *find_project(db_, "TM-001");
    add_milestone(db_, tm, "主体封顶", Text("2026-12-10"), "2026-01-01", "tester");
    add_milestone(db_, tm, "竣工验收", Text("2027-01-05"), "2026-01-01", "tester");
    add_milestone(db_, tm, "规划许可", Text("2026-12-31"), "2026-01-01", "tester", std::nullopt,
                  MilestoneKind::Approval);
    const Project ez = *find_project(db_, "EZ-001");
    const auto moved = add_milestone(db_, ez, "开业", Text("2026-11-20"), "2026-01-01", "tester");
    // Moved into December only on 5 December: as of 30 November it was still due in November.
    move_milestone(db_, *find_milestone(db_, moved), "2026-12-15", "延期", "2026-12-05", "tester");
  }
  void add(const char* code, const char* region, Text county, Text category, Money budget) {
    NewProject p;
    p.code = code;
    p.name_zh = std::string(code) + "项目";
    p.region = region;
    p.county = county;
    p.category = category;
    p.budget_yuan = budget;
    p.planned_finish = Text("2027-12-31");
    p.entered_on = "2025-06-01";
    insert_project(db_, p, "tester");
  }
  void plan(const char* code, PlanClass cls, Money amount, Text start) {
    PlanChange c;
    c.plan_class = cls;
    c.investment_yuan = amount;
    c.planned_start = start;
    set_plan(db_, *find_project(db_, code), 2026, c, "tester");
  }
  void log(const char* code, const char* date, std::int64_t yuan, std::optional<Stage> stage) {
    ProjectStanding s = *find_project_standing(db_, code);
    LogRequest r;
    r.update.invested_yuan = yuan;
    r.update.author = "tester";
    r.date = parse_date(date, "date");
    r.stage = stage;
    log_report(db_, s, r, parse_date("2026-12-31", "as-of"), "tester");
  }
  PortfolioFilter filter(const char* as_of) {
    PortfolioFilter f;
    f.as_of = parse_date(as_of, "as-of");
    return f;
  }
  std::vector<BulletinProject> read(const PortfolioFilter& f) {
    std::vector<BulletinProject> got;
    for_each_bulletin_project(db_, f, [&](const BulletinProject& p) { got.push_back(p); });
    return got;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(BulletinStoreTest, EachProjectCarriesWhatReportAndTheYearsReportReadOfIt) {
  const PortfolioFilter f = filter("2026-11-30");
  const auto got = read(f);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].project.code, "EZ-001");  // by region, then code
  EXPECT_EQ(got[1].project.code, "TM-001");
  EXPECT_EQ(got[2].project.code, "TM-002");

  // What `report` reads of each, in its own order (by region, then code).
  std::size_t i = 0;
  for_each_report_project(db_, ReportBy::Region, f, *f.as_of,
                          [&](const ReportGroup& g, const Project& p, std::int64_t late, ProblemCounts problems) {
                            ASSERT_LT(i, got.size());
                            const BulletinProject& b = got[i++];
                            EXPECT_EQ(b.project.code, p.code);
                            EXPECT_EQ(b.project.region, *g.value);
                            EXPECT_EQ(b.project.stage, p.stage);
                            EXPECT_EQ(b.project.invested_yuan, p.invested_yuan);
                            EXPECT_EQ(b.project.last_update, p.last_update);
                            EXPECT_EQ(b.project.earliest_open_due, p.earliest_open_due);
                            EXPECT_EQ(b.late_milestones, late);
                            EXPECT_EQ(b.problems.open, problems.open);
                            EXPECT_EQ(b.project.year_plan.has_value(), p.year_plan.has_value());
                            if (g.value == Text("EZ")) {
                              EXPECT_EQ(b.region_en, g.name_en);
                            }
                          });
  EXPECT_EQ(i, got.size());

  // What `report --year` reads of the projects of the list.
  std::vector<YearProject> year;
  for_each_year_project(db_, 2026, ReportBy::Region, f, *f.as_of,
                        [&](const ReportGroup&, const YearProject& p) { year.push_back(p); });
  ASSERT_EQ(year.size(), 2u);
  EXPECT_FALSE(got[0].year.has_value());
  for (std::size_t k = 0; k < 2; ++k) {
    const YearProject& y = *got[k + 1].year;
    EXPECT_EQ(y.plan_class, year[k].plan_class);
    EXPECT_EQ(y.plan_yuan, year[k].plan_yuan);
    EXPECT_EQ(y.completed_yuan, year[k].completed_yuan);
    EXPECT_EQ(y.started, year[k].started);
    EXPECT_EQ(y.due_to_start, year[k].due_to_start);
    EXPECT_EQ(y.finished, year[k].finished);
  }
  EXPECT_EQ(got[1].year->completed_yuan, 500'000);  // December's report is after the as-of date
  EXPECT_TRUE(got[1].year->started);
  EXPECT_EQ(got[1].project.county, Text("竟陵"));
  EXPECT_EQ(got[1].project.category, Text("logistics"));
  EXPECT_EQ(got[1].project.name_zh, "TM-001项目");
}

TEST_F(BulletinStoreTest, TheListsCompletedMonthByMonthUpToTheAsOfDate) {
  const auto months = completed_by_month(db_, filter("2026-11-30"));
  std::array<std::int64_t, 12> expected{};
  expected[1] = 200'000;           // TM-001 in February
  expected[4] = 300'000 + 50'000;  // TM-001 and TM-002 in May; EZ-001 is not in the list
  EXPECT_EQ(months, expected);
  PortfolioFilter tm = filter("2026-12-31");
  tm.region = "TM";
  expected[11] = 1'000;
  EXPECT_EQ(completed_by_month(db_, tm), expected);
}

TEST_F(BulletinStoreTest, MilestonesDueInAWindowAsOfThen) {
  auto due = [&](const char* as_of, const char* first, const char* last) {
    std::vector<std::string> got;
    for_each_milestone_due(db_, filter(as_of), parse_date(first, "first"), parse_date(last, "last"),
                           [&](const DueMilestone& d) {
                             got.push_back(*d.milestone.due + " " + d.milestone.project_code + " " + d.milestone.title +
                                           " " + d.project_name);
                           });
    return got;
  };
  EXPECT_EQ(due("2026-11-30", "2026-12-01", "2026-12-31"),
            (std::vector<std::string>{"2026-12-10 TM-001 主体封顶 TM-001项目", "2026-12-31 TM-001 规划许可 TM-001项目"}));
  EXPECT_EQ(due("2026-11-30", "2026-11-01", "2026-11-30"), (std::vector<std::string>{"2026-11-20 EZ-001 开业 EZ-001项目"}));
  EXPECT_EQ(due("2026-12-06", "2026-12-01", "2026-12-31"),
            (std::vector<std::string>{"2026-12-10 TM-001 主体封顶 TM-001项目", "2026-12-15 EZ-001 开业 EZ-001项目",
                                      "2026-12-31 TM-001 规划许可 TM-001项目"}));
}

}  // namespace
}  // namespace keyproj
