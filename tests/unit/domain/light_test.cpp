#include "domain/light.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

// The defaults of migrations/0003_settings.sql, spelled out here because the rule has none.
constexpr LightThresholds kT{90, 60, 20, 30};

Date d(const char* iso) { return parse_date(iso, "test"); }

LightFacts facts(std::int64_t late = 0, bool finish_passed = false, std::optional<std::int64_t> silent = 0,
                 std::optional<double> lag = std::nullopt) {
  LightFacts f;
  f.max_days_late = late;
  f.finish_passed = finish_passed;
  f.days_silent = silent;
  f.lag_points = lag;
  return f;
}

TEST(Light, GreenWhenNothingIsLateOrStale) {
  const LightVerdict v = assess_light(facts(), kT);
  EXPECT_EQ(v.light, Light::Green);
  EXPECT_TRUE(v.reasons.empty());
}

TEST(Light, MilestoneAmberUpToRedDaysThenRed) {
  EXPECT_EQ(assess_light(facts(1), kT).reasons, std::vector{LightReason::MilestoneLate});
  EXPECT_EQ(traffic_light(facts(1), kT), Light::Amber);
  EXPECT_EQ(traffic_light(facts(90), kT), Light::Amber);  // "more than 90 days": 90 is not
  EXPECT_EQ(traffic_light(facts(91), kT), Light::Red);
  EXPECT_EQ(assess_light(facts(91), kT).reasons, std::vector{LightReason::MilestoneVeryLate});
}

TEST(Light, FinishPassedIsRed) {
  const LightVerdict v = assess_light(facts(0, true), kT);
  EXPECT_EQ(v.light, Light::Red);
  EXPECT_EQ(v.reasons, std::vector{LightReason::FinishPassed});
}

TEST(Light, SilenceIsAmberAfterStaleDaysAndRedAfterRedStaleDays) {
  EXPECT_EQ(traffic_light(facts(0, false, 30), kT), Light::Green);
  EXPECT_EQ(traffic_light(facts(0, false, 31), kT), Light::Amber);
  EXPECT_EQ(assess_light(facts(0, false, 31), kT).reasons, std::vector{LightReason::Stale});
  EXPECT_EQ(traffic_light(facts(0, false, 60), kT), Light::Amber);
  EXPECT_EQ(traffic_light(facts(0, false, 61), kT), Light::Red);
  EXPECT_EQ(assess_light(facts(0, false, 61), kT).reasons, std::vector{LightReason::LongSilent});
}

TEST(Light, SilenceDoesNotCountForAProjectThatOwesNoReports) {
  EXPECT_EQ(traffic_light(facts(0, false, std::nullopt), kT), Light::Green);
}

TEST(Light, InvestmentLagAboveThePointsIsAmber) {
  EXPECT_EQ(traffic_light(facts(0, false, 0, 20.0), kT), Light::Green);
  EXPECT_EQ(traffic_light(facts(0, false, 0, 20.5), kT), Light::Amber);
  EXPECT_EQ(assess_light(facts(0, false, 0, 20.5), kT).reasons, std::vector{LightReason::InvestmentLag});
  EXPECT_EQ(traffic_light(facts(0, false, 0, -50.0), kT), Light::Green);  // ahead of time
}

TEST(Light, EveryRuleThatFiresIsAReasonAndTheWorstWins) {
  const LightVerdict v = assess_light(facts(10, true, 45, 30.0), kT);
  EXPECT_EQ(v.light, Light::Red);
  EXPECT_EQ(v.reasons, (std::vector{LightReason::FinishPassed, LightReason::MilestoneLate, LightReason::Stale,
                                    LightReason::InvestmentLag}));
}

TEST(Light, ThresholdsComeFromTheCaller) {
  const LightThresholds strict{5, 10, 0, 3};
  EXPECT_EQ(traffic_light(facts(6), strict), Light::Red);
  EXPECT_EQ(traffic_light(facts(0, false, 4), strict), Light::Amber);
  EXPECT_EQ(traffic_light(facts(0, false, 11), strict), Light::Red);
  EXPECT_EQ(traffic_light(facts(0, false, 0, 0.5), strict), Light::Amber);
}

TEST(Light, NamesInBothLanguages) {
  EXPECT_EQ(light_name(Light::Amber), "amber");
  EXPECT_EQ(light_name_zh(Light::Red), "红");
  EXPECT_EQ(light_from_name("绿"), Light::Green);
  EXPECT_EQ(parse_light("red", "light"), Light::Red);
  try {
    parse_light("blue", "light");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "light 'blue' is not a light; use red, amber or green");
  }
}

TEST(InvestmentLag, ElapsedTimeMinusInvestedShare) {
  // 2026-01-01 → 2027-01-01 is 365 days; 2026-07-02 is day 182: 49.86 % elapsed.
  EXPECT_NEAR(investment_lag_points(d("2026-07-02"), d("2026-01-01"), d("2027-01-01"), 10, 100), 39.863, 0.001);
  EXPECT_NEAR(investment_lag_points(d("2026-07-02"), d("2026-01-01"), d("2027-01-01"), 60, 100), -10.137, 0.001);
}

TEST(InvestmentLag, ElapsedIsHeldWithinZeroAndHundred) {
  EXPECT_DOUBLE_EQ(investment_lag_points(d("2025-06-01"), d("2026-01-01"), d("2027-01-01"), 0, 100), 0.0);
  EXPECT_DOUBLE_EQ(investment_lag_points(d("2028-06-01"), d("2026-01-01"), d("2027-01-01"), 25, 100), 75.0);
  EXPECT_DOUBLE_EQ(investment_lag_points(d("2028-06-01"), d("2026-01-01"), d("2027-01-01"), 150, 100), -50.0);
}

TEST(InvestmentLag, NoSpanOfTimeIsAllOrNothing) {
  EXPECT_DOUBLE_EQ(investment_lag_points(d("2026-01-01"), d("2026-01-01"), d("2026-01-01"), 0, 100), 100.0);
  EXPECT_DOUBLE_EQ(investment_lag_points(d("2025-12-31"), d("2026-01-01"), d("2026-01-01"), 0, 100), 0.0);
  // Entered after its planned finish, with no stated start: start is later than finish.
  EXPECT_DOUBLE_EQ(investment_lag_points(d("2026-03-01"), d("2026-02-01"), d("2026-01-01"), 0, 100), 100.0);
}

Project project(const char* stage) {
  Project p;
  p.code = "TM-001";
  p.stage = *stage_from_name(stage);
  p.created_on = "2026-01-01";
  return p;
}

TEST(LightFacts, MilestoneDaysLateFromTheEarliestOpenDue) {
  Project p = project("building");
  p.earliest_open_due = "2026-11-01";
  EXPECT_EQ(light_facts(p, d("2026-11-22")).max_days_late, 21);
  EXPECT_EQ(light_facts(p, d("2026-11-01")).max_days_late, 0);  // due today is not late
  EXPECT_EQ(light_facts(p, d("2026-10-01")).max_days_late, 0);
}

TEST(LightFacts, ACancelledProjectOwesNothingAndHasNoLight) {
  Project p = project("cancelled");
  p.earliest_open_due = "2025-01-01";
  p.planned_finish = "2025-12-31";
  p.budget_yuan = 100;
  const LightFacts f = light_facts(p, d("2026-11-22"));
  EXPECT_FALSE(f.lit);
  EXPECT_EQ(f.max_days_late, 0);
  EXPECT_FALSE(f.finish_passed);
  EXPECT_FALSE(f.days_silent);
  EXPECT_FALSE(f.lag_points);
  EXPECT_EQ(traffic_light(f, kT), std::nullopt);
  EXPECT_TRUE(assess_light(f, kT).reasons.empty());
  // Not lit, whatever else the facts say.
  LightFacts late = f;
  late.max_days_late = 500;
  EXPECT_EQ(traffic_light(late, kT), std::nullopt);
}

TEST(LightFacts, TheOpenMilestonesOfAFinishedProjectAreNotLate) {
  Project p = project("completed");
  p.earliest_open_due = "2025-01-01";
  for (const char* s : {"completed", "operating"}) {
    p.stage = *stage_from_name(s);
    const LightFacts f = light_facts(p, d("2026-11-22"));
    EXPECT_TRUE(f.lit) << s;
    EXPECT_EQ(f.max_days_late, 0) << s;
    EXPECT_EQ(traffic_light(f, kT), Light::Green) << s;
  }
  p.stage = Stage::Suspended;  // a suspended project still owes its milestones
  EXPECT_EQ(light_facts(p, d("2026-11-22")).max_days_late, days_between(d("2025-01-01"), d("2026-11-22")));
}

TEST(LightFacts, FinishPassedOnlyForProjectsNotFinished) {
  Project p = project("building");
  p.planned_finish = "2026-11-21";
  EXPECT_TRUE(light_facts(p, d("2026-11-22")).finish_passed);
  EXPECT_FALSE(light_facts(p, d("2026-11-21")).finish_passed);  // finishing today is not late
  for (const char* s : {"completed", "operating", "cancelled"}) {
    p.stage = *stage_from_name(s);
    EXPECT_FALSE(light_facts(p, d("2026-11-22")).finish_passed) << s;
  }
  p.stage = Stage::Suspended;
  EXPECT_TRUE(light_facts(p, d("2026-11-22")).finish_passed);
}

TEST(LightFacts, SilenceCountsFromTheLastReportElseFromEntry) {
  Project p = project("preparing");
  EXPECT_EQ(light_facts(p, d("2026-03-01")).days_silent, 59);  // never reported: since 2026-01-01
  p.last_update = "2026-02-20";
  EXPECT_EQ(light_facts(p, d("2026-03-01")).days_silent, 9);
  p.last_update = "2026-04-01";  // a report later than the as-of date
  EXPECT_EQ(light_facts(p, d("2026-03-01")).days_silent, 0);
  for (const char* s : {"suspended", "completed", "operating", "cancelled"}) {
    p.stage = *stage_from_name(s);
    EXPECT_FALSE(light_facts(p, d("2026-03-01")).days_silent) << s;
  }
}

TEST(LightFacts, LagNeedsABudgetAFinishAndAnUnfinishedProject) {
  Project p = project("building");
  p.planned_start = "2026-01-01";
  p.planned_finish = "2026-12-31";  // 364 days
  p.invested_yuan = 10;
  EXPECT_FALSE(light_facts(p, d("2026-07-01")).lag_points);  // no budget: no rule
  p.budget_yuan = 0;
  EXPECT_FALSE(light_facts(p, d("2026-07-01")).lag_points);  // a zero budget neither
  p.budget_yuan = 100;
  EXPECT_NEAR(*light_facts(p, d("2026-07-01")).lag_points, 100.0 * 181 / 364 - 10, 1e-9);
  p.planned_start.reset();  // start falls back to entered_on
  p.created_on = "2026-04-01";
  EXPECT_NEAR(*light_facts(p, d("2026-07-01")).lag_points, 100.0 * 91 / 274 - 10, 1e-9);
  p.stage = Stage::Completed;
  EXPECT_FALSE(light_facts(p, d("2026-07-01")).lag_points);
  p.stage = Stage::Building;
  p.planned_finish.reset();
  EXPECT_FALSE(light_facts(p, d("2026-07-01")).lag_points);
}

TEST(LightFacts, ProjectLightCombinesFactsAndRule) {
  Project p = project("building");
  p.last_update = "2026-11-01";
  p.earliest_open_due = "2026-08-01";  // 113 days late on 2026-11-22
  EXPECT_EQ(project_light(p, d("2026-11-22"), kT), Light::Red);
  EXPECT_EQ(project_light(p, d("2026-09-01"), kT), Light::Amber);
  EXPECT_EQ(project_light(p, d("2026-08-01"), kT), Light::Green);
}

// The rules of the year's plan (issue 17). Every figure below is worked by hand from the plan,
// the amount completed and the as-of date: 序时进度 is month ÷ 12 (or day ÷ days of the year),
// % of plan is rounded half up to hundredths, the points are their difference.

LightThresholds yinchuan() {
  LightThresholds t = kT;
  t.schedule_rule = ScheduleRule::Points;
  t.amber_behind_points = 10;
  t.red_behind_points = 30;
  t.start_rule = true;
  return t;
}

LightThresholds sanya() {
  LightThresholds t = kT;
  t.schedule_rule = ScheduleRule::Relative;
  t.amber_below_share = 100;
  t.red_below_share = 50;
  t.schedule_min_plan_yuan = 10'000'000;
  t.start_rule = true;
  return t;
}

// A project of the plan, reported a moment ago, with nothing else late.
LightFacts in_plan(const char* as_of, Money plan, std::int64_t completed, const char* start_due = nullptr) {
  LightFacts f = facts();
  f.year = YearFacts{d(as_of), plan, completed, true, std::nullopt};
  if (start_due) f.year->start_due = d(start_due);
  return f;
}

std::optional<Light> light_of(const LightFacts& f, const LightThresholds& t) { return assess_light(f, t).light; }

TEST(ScheduleRule, TheQuotedBulletinIsAheadAndGreenUnderEveryRule) {
  // "1–3月完成年度计划的30.90%, 超序时进度5.90个百分点": 30.90 − 3/12·100 = +5.90.
  const LightFacts f = in_plan("2026-03-31", 100'000'000, 30'900'000);
  const auto s = schedule_standing(f, yinchuan());
  ASSERT_TRUE(s);
  EXPECT_EQ(s->percent_of_plan, 3090);
  EXPECT_EQ(s->schedule, 2500);
  EXPECT_EQ(s->behind(), -590);
  EXPECT_EQ(light_of(f, yinchuan()), Light::Green);
  EXPECT_EQ(light_of(f, sanya()), Light::Green);
}

TEST(ScheduleRule, YinchuanAmberFromTenPointsBehindRedBeyondThirty) {
  // 30 June: 序时 6/12 = 50.00%. Plan 1亿.
  EXPECT_EQ(light_of(in_plan("2026-06-30", 100'000'000, 40'010'000), yinchuan()), Light::Green);  // 40.01%: 9.99
  const LightFacts ten = in_plan("2026-06-30", 100'000'000, 40'000'000);                          // 40.00%: 10.00
  EXPECT_EQ(assess_light(ten, yinchuan()).reasons, std::vector{LightReason::BehindSchedule});
  EXPECT_EQ(light_of(ten, yinchuan()), Light::Amber);
  EXPECT_EQ(light_of(in_plan("2026-06-30", 100'000'000, 20'000'000), yinchuan()), Light::Amber);  // 30.00 behind
  const LightFacts far = in_plan("2026-06-30", 100'000'000, 19'990'000);                          // 19.99%: 30.01
  EXPECT_EQ(assess_light(far, yinchuan()).reasons, std::vector{LightReason::FarBehindSchedule});
  EXPECT_EQ(light_of(far, yinchuan()), Light::Red);
}

TEST(ScheduleRule, TheMonthBoundaryMovesSchedule) {
  // 16.00% of plan: 31 March 序时 25.00% (9.00 behind: green), 1 April 33.33% (17.33 behind: amber).
  EXPECT_EQ(light_of(in_plan("2026-03-31", 100'000'000, 16'000'000), yinchuan()), Light::Green);
  const LightFacts april = in_plan("2026-04-01", 100'000'000, 16'000'000);
  EXPECT_EQ(schedule_standing(april, yinchuan())->behind(), 3333 - 1600);
  EXPECT_EQ(light_of(april, yinchuan()), Light::Amber);
}

TEST(ScheduleRule, ByDayTheScheduleIsTheShareOfDays) {
  // 31 March by day: 90 ÷ 365 = 24.66%; 15.00% of plan is 9.66 behind (green), by month 10.00 (amber).
  LightThresholds by_day = yinchuan();
  by_day.basis = ScheduleBasis::Day;
  const LightFacts f = in_plan("2026-03-31", 100'000'000, 15'000'000);
  EXPECT_EQ(schedule_standing(f, by_day)->schedule, 2466);
  EXPECT_EQ(light_of(f, by_day), Light::Green);
  EXPECT_EQ(light_of(f, yinchuan()), Light::Amber);
}

TEST(ScheduleRule, SanyaAmberBelowScheduleRedBelowHalfOfIt) {
  // 30 June: 序时 50.00%, half of it 25.00%. Plan ¥10,000,000, the least the rule judges.
  EXPECT_EQ(light_of(in_plan("2026-06-30", 10'000'000, 5'000'000), sanya()), Light::Green);  // 50.00%
  const LightFacts below = in_plan("2026-06-30", 10'000'000, 4'999'000);                     // 49.99%
  EXPECT_EQ(assess_light(below, sanya()).reasons, std::vector{LightReason::BelowSchedule});
  EXPECT_EQ(light_of(in_plan("2026-06-30", 10'000'000, 2'500'000), sanya()), Light::Amber);  // half exactly
  const LightFacts red = in_plan("2026-06-30", 10'000'000, 2'499'000);                       // 24.99%
  EXPECT_EQ(assess_light(red, sanya()).reasons, std::vector{LightReason::FarBelowSchedule});
  EXPECT_EQ(light_of(red, sanya()), Light::Red);
  // 1 April: 序时 33.33%, half 16.665%: 16.66% is below it, 16.67% is not.
  EXPECT_EQ(light_of(in_plan("2026-04-01", 100'000'000, 16'660'000), sanya()), Light::Red);
  EXPECT_EQ(light_of(in_plan("2026-04-01", 100'000'000, 16'670'000), sanya()), Light::Amber);
}

TEST(ScheduleRule, SanyaJudgesNoPlanUnderTenMillionAndTheOthersKeepTheirRules) {
  LightFacts small = in_plan("2026-06-30", 9'999'999, 0);
  EXPECT_FALSE(schedule_standing(small, sanya()));
  EXPECT_EQ(light_of(small, sanya()), Light::Green);
  small.days_silent = 31;  // the stale rule still judges it
  EXPECT_EQ(assess_light(small, sanya()).reasons, std::vector{LightReason::Stale});
  EXPECT_EQ(light_of(in_plan("2026-06-30", 9'999'999, 0), yinchuan()), Light::Red);  // no threshold there
}

TEST(ScheduleRule, NoPlanAmountAZeroPlanOrAFinishedProjectIsNotJudged) {
  EXPECT_FALSE(schedule_standing(in_plan("2026-06-30", std::nullopt, 0), yinchuan()));
  EXPECT_FALSE(schedule_standing(in_plan("2026-06-30", 0, 0), yinchuan()));
  LightFacts done = in_plan("2026-06-30", 100'000'000, 0);
  done.year->judged = false;
  EXPECT_EQ(light_of(done, yinchuan()), Light::Green);
}

TEST(ScheduleRule, TheLagRuleIsForProjectsWithoutAnEntryOrWhenTheRuleIsNone) {
  LightFacts f = in_plan("2026-06-30", 100'000'000, 50'000'000);  // on schedule
  f.lag_points = 40.0;                                             // but far behind its whole budget
  EXPECT_EQ(light_of(f, yinchuan()), Light::Green);
  LightThresholds none = yinchuan();
  none.schedule_rule = ScheduleRule::None;
  EXPECT_EQ(assess_light(f, none).reasons, std::vector{LightReason::InvestmentLag});
  f.year.reset();
  EXPECT_EQ(assess_light(f, yinchuan()).reasons, std::vector{LightReason::InvestmentLag});
}

TEST(StartRule, AmberWhenDueRedOnceThreeMoreMonthsHaveEnded) {
  // Planned 2026-02: due from 28 February; red from 1 June (March, April and May have ended).
  const LightThresholds t = yinchuan();
  auto start = [&](const char* as_of) { return assess_light(in_plan(as_of, std::nullopt, 0, "2026-02-28"), t); };
  EXPECT_EQ(start("2026-02-27").light, Light::Green);
  EXPECT_EQ(start("2026-02-28").reasons, std::vector{LightReason::StartLate});
  EXPECT_EQ(start("2026-05-31").light, Light::Amber);
  EXPECT_EQ(start("2026-06-01").reasons, std::vector{LightReason::StartVeryLate});
  EXPECT_EQ(start("2026-06-01").light, Light::Red);
  EXPECT_EQ(months_after(d("2026-02-28"), d("2026-06-01")), 4);
  EXPECT_EQ(months_after(d("2025-11-30"), d("2026-02-01")), 3);
  LightThresholds off = t;
  off.start_rule = false;
  EXPECT_EQ(assess_light(in_plan("2026-06-01", std::nullopt, 0, "2026-02-28"), off).light, Light::Green);
  LightThresholds now = t;
  now.start_red_months = 0;  // red once its planned month has ended
  EXPECT_EQ(assess_light(in_plan("2026-02-28", std::nullopt, 0, "2026-02-28"), now).light, Light::Amber);
  EXPECT_EQ(assess_light(in_plan("2026-03-01", std::nullopt, 0, "2026-02-28"), now).light, Light::Red);
}

TEST(StartRule, ReasonsComeRedFirst) {
  LightFacts f = in_plan("2026-06-30", 100'000'000, 45'000'000, "2026-01-31");  // 5.00 behind: no 序时 light
  f.max_days_late = 10;
  EXPECT_EQ(assess_light(f, yinchuan()).reasons,
            (std::vector{LightReason::StartVeryLate, LightReason::MilestoneLate}));
}

TEST(LightFacts, AnEntryOfTheYearBecomesYearFacts) {
  Project p = project("building");
  p.year_plan = YearPlanStanding{100'000'000, 7'000'000, "2026-03-31"};
  const LightFacts f = light_facts(p, d("2026-04-15"));
  ASSERT_TRUE(f.year);
  EXPECT_EQ(f.year->as_of, d("2026-04-15"));
  EXPECT_EQ(f.year->plan_yuan, 100'000'000);
  EXPECT_EQ(f.year->completed_yuan, 7'000'000);
  EXPECT_EQ(f.year->start_due, d("2026-03-31"));
  EXPECT_TRUE(f.year->judged);
  p.stage = Stage::Completed;
  EXPECT_FALSE(light_facts(p, d("2026-04-15")).year->judged);
  p.year_plan.reset();
  EXPECT_FALSE(light_facts(p, d("2026-04-15")).year);
}

}  // namespace
}  // namespace keyproj
