#include "view/bulletin.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

LightThresholds thresholds() {
  LightThresholds t{30, 60, 20, 31};
  return t;
}

// A project of region `region` entered long ago, building, reporting on `last_report`, with an
// open milestone due `due` (none: on time).
BulletinProject project(const std::string& code, const std::string& region, Text due, const char* last_report) {
  BulletinProject b;
  Project& p = b.project;
  p.code = code;
  p.name_zh = code + "名";
  p.region = region;
  p.region_zh = region + "市";
  p.stage = Stage::Building;
  p.created_on = "2025-01-01";
  p.last_update = Text(last_report);
  p.earliest_open_due = due;
  return b;
}

BulletinProject in_list(BulletinProject b, PlanClass cls, std::int64_t plan, std::int64_t completed, Text county,
                        Text category) {
  b.project.county = county;
  b.project.category = category;
  b.project.year_plan = YearPlanStanding{Money(plan), completed, {}};
  b.year = YearProject{cls, Money(plan), completed, true, false, false};
  return b;
}

Bulletin empty_bulletin(ReportBy area = ReportBy::Region) {
  Bulletin b;
  b.month = "2026-11";
  b.as_of = parse_date("2026-11-30", "as-of");
  b.year = 2026;
  b.schedule = schedule_share(2026, b.as_of, ScheduleBasis::Month);
  b.area_by = area;
  return b;
}

TEST(Bulletin, TheDefaultMonthIsTheLastWholeMonthBeforeTheAsOfDate) {
  EXPECT_EQ(default_bulletin_month(parse_date("2026-12-06", "d")), "2026-11");
  EXPECT_EQ(default_bulletin_month(parse_date("2026-12-01", "d")), "2026-11");
  EXPECT_EQ(default_bulletin_month(parse_date("2026-11-30", "d")), "2026-10");
  EXPECT_EQ(default_bulletin_month(parse_date("2027-01-15", "d")), "2026-12");
}

TEST(Bulletin, SumsAsReportAndTheYearsReportSumAndRanksTheAreas) {
  Bulletin b = empty_bulletin();
  const LightThresholds t = thresholds();
  BulletinBuilder builder(b, t);
  std::vector<BulletinProject> all{
      in_list(project("EZ-1", "EZ", std::nullopt, "2026-11-20"), PlanClass::Continuing, 1000, 600, Text("华容"), Text("market")),
      in_list(project("TM-1", "TM", std::nullopt, "2026-11-20"), PlanClass::New, 1000, 900, Text("竟陵"), Text("logistics")),
      in_list(project("TM-2", "TM", std::nullopt, "2026-11-20"), PlanClass::Continuing, 3000, 300, std::nullopt,
              Text("logistics")),
      project("TM-3", "TM", std::nullopt, "2026-11-20")};
  Tally portfolio, tm;
  YearTally year, year_tm, logistics, continuing;
  for (const auto& p : all) {
    builder.add(p);
    portfolio.add(p.project, p.late_milestones, b.as_of, t);
    if (p.project.region == "TM") tm.add(p.project, p.late_milestones, b.as_of, t);
    if (!p.year) continue;
    year.add(*p.year);
    if (p.project.region == "TM") year_tm.add(*p.year);
    if (p.project.category == Text("logistics")) logistics.add(*p.year);
    if (p.year->plan_class == PlanClass::Continuing) continuing.add(*p.year);
  }
  builder.finish();
  EXPECT_EQ(b.portfolio.projects, portfolio.projects);
  EXPECT_EQ(b.portfolio.invested_yuan, portfolio.invested_yuan);
  ASSERT_EQ(b.lights.size(), 2u);
  EXPECT_EQ(b.lights[1].group.value, Text("TM"));
  EXPECT_EQ(b.lights[1].group.name_zh, Text("TM市"));
  EXPECT_EQ(b.lights[1].tally.projects, tm.projects);
  EXPECT_EQ(b.lights[1].tally.lights, tm.lights);
  EXPECT_EQ(b.year_total.tally.plan_yuan, year.plan_yuan);
  EXPECT_EQ(b.year_total.tally.completed_yuan, year.completed_yuan);

  // Classes in the bulletins' order: new, then continuing.
  ASSERT_EQ(b.by_class.size(), 2u);
  EXPECT_EQ(b.by_class[0].group->value, Text("new"));
  EXPECT_EQ(b.by_class[1].tally.completed_yuan, continuing.completed_yuan);
  // Regions by code, ranked by % of plan: EZ 60%, TM (900 + 300) / 4000 = 30%.
  ASSERT_EQ(b.by_area.size(), 2u);
  EXPECT_EQ(b.by_area[0].group->value, Text("EZ"));
  EXPECT_EQ(b.by_area[0].rank, 1);
  EXPECT_EQ(b.by_area[1].tally.percent_of_plan(), year_tm.percent_of_plan());
  EXPECT_EQ(b.by_area[1].rank, 2);
  // Categories with a value first, by value.
  ASSERT_EQ(b.by_category.size(), 2u);
  EXPECT_EQ(b.by_category[0].group->value, Text("logistics"));
  EXPECT_EQ(b.by_category[0].tally.plan_yuan, logistics.plan_yuan);
}

TEST(Bulletin, CountiesWithinARegionThoseWithoutOneLast) {
  Bulletin b = empty_bulletin(ReportBy::County);
  const LightThresholds t = thresholds();
  BulletinBuilder builder(b, t);
  builder.add(in_list(project("TM-1", "TM", std::nullopt, "2026-11-20"), PlanClass::New, 100, 10, std::nullopt, std::nullopt));
  builder.add(in_list(project("TM-2", "TM", std::nullopt, "2026-11-20"), PlanClass::New, 100, 20, Text("竟陵"), std::nullopt));
  builder.finish();
  ASSERT_EQ(b.by_area.size(), 2u);
  EXPECT_EQ(b.by_area[0].group->value, Text("竟陵"));
  EXPECT_EQ(b.by_area[1].group->value, std::nullopt);
}

TEST(Bulletin, ListsKeepTheWorstFiftyAndCountTheRest) {
  Bulletin b = empty_bulletin();
  const LightThresholds t = thresholds();
  BulletinBuilder builder(b, t);
  // 300 projects, project i a milestone i + 1 days late: 1 to 30 days amber, beyond red.
  for (int i = 0; i < 300; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "TM-%03d", i);
    const Date due = Date::from_days(b.as_of.days() - (i + 1));
    BulletinProject p = project(code, "TM", Text(due.iso()), "2026-11-20");
    p.late_milestones = 1;
    builder.add(p);
  }
  builder.add(project("TM-999", "TM", std::nullopt, "2026-11-20"));  // green: not listed
  builder.finish();
  EXPECT_EQ(b.red_amber.total, 300);
  ASSERT_EQ(b.red_amber.items.size(), kBulletinListCap);
  EXPECT_EQ(b.red_amber.left_out(), 300 - static_cast<std::int64_t>(kBulletinListCap));
  EXPECT_EQ(b.red_amber.items.front().project.code, "TM-299");  // the most days late first
  EXPECT_EQ(b.red_amber.items.front().light, Light::Red);
  for (std::size_t k = 1; k < b.red_amber.items.size(); ++k)
    EXPECT_GT(b.red_amber.items[k - 1].facts.max_days_late, b.red_amber.items[k].facts.max_days_late);
}

TEST(Bulletin, NewStartsDueAndNotStartedLongestDueFirst) {
  Bulletin b = empty_bulletin();
  const LightThresholds t = thresholds();
  BulletinBuilder builder(b, t);
  auto unstarted = [&](const char* code, const char* due) {
    BulletinProject p = in_list(project(code, "TM", std::nullopt, "2026-11-20"), PlanClass::New, 100, 0, {}, {});
    p.project.year_plan->start_due = Text(due);
    p.year->started = false;
    p.year->due_to_start = std::string(due) <= "2026-11-30";
    return p;
  };
  builder.add(unstarted("TM-1", "2026-06-30"));
  builder.add(unstarted("TM-2", "2026-03-31"));
  builder.add(unstarted("TM-3", "2026-12-31"));  // not yet due
  builder.finish();
  ASSERT_EQ(b.unstarted.items.size(), 2u);
  EXPECT_EQ(b.unstarted.items[0].project.code, "TM-2");
  EXPECT_EQ(b.unstarted.items[1].start_due, "2026-06-30");
}

TEST(Bulletin, ProblemsTheOverdueFirstMostDaysLateFirst) {
  Bulletin b = empty_bulletin();
  const LightThresholds t = thresholds();
  BulletinBuilder builder(b, t);
  auto problem = [](std::int64_t id, Text due) {
    Problem p;
    p.id = id;
    p.project_code = "TM-1";
    p.text = "问题" + std::to_string(id);
    p.raised_on = "2026-01-01";
    p.due = due;
    return p;
  };
  builder.add(problem(1, std::nullopt));
  builder.add(problem(2, Text("2026-12-20")));
  builder.add(problem(3, Text("2026-11-20")));
  builder.add(problem(4, Text("2026-10-31")));
  builder.finish();
  ASSERT_EQ(b.problems.items.size(), 4u);
  EXPECT_EQ(b.problems.items[0].problem.id, 4);
  EXPECT_EQ(b.problems.items[0].days_late, 30);
  EXPECT_EQ(b.problems.items[1].problem.id, 3);
  EXPECT_EQ(b.problems.items[2].problem.id, 2);
  EXPECT_EQ(b.problems.items[3].problem.id, 1);
  EXPECT_EQ(b.problems_overdue, 2);
}

}  // namespace
}  // namespace keyproj
