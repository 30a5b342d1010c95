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
  return {late, finish_passed, silent, lag};
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

}  // namespace
}  // namespace keyproj
