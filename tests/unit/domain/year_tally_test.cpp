#include "domain/year_tally.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

Date day(const char* iso) { return parse_date(iso, "date"); }

TEST(Schedule, MonthDividedByTwelveAsBulletinsCountIt) {
  // 31 March → 3/12; 1 April → 4/12 (33.333…% rounds to 33.33%).
  EXPECT_EQ(schedule_share(2026, day("2026-03-31"), ScheduleBasis::Month), 2500);
  EXPECT_EQ(schedule_share(2026, day("2026-04-01"), ScheduleBasis::Month), 3333);
  EXPECT_EQ(schedule_share(2026, day("2026-01-01"), ScheduleBasis::Month), 833);   // 8.333…%
  EXPECT_EQ(schedule_share(2026, day("2026-08-15"), ScheduleBasis::Month), 6667);  // 66.666…%
  EXPECT_EQ(schedule_share(2026, day("2026-12-31"), ScheduleBasis::Month), 10000);
  // Another year's list: all of it elapsed, or none.
  EXPECT_EQ(schedule_share(2025, day("2026-03-31"), ScheduleBasis::Month), 10000);
  EXPECT_EQ(schedule_share(2027, day("2026-03-31"), ScheduleBasis::Month), 0);
}

TEST(Schedule, ByDayTheDayOfTheYearOverItsDays) {
  // 31 March is day 31 + 28 + 31 = 90 of 365: 24.657…% → 24.66%.
  EXPECT_EQ(schedule_share(2026, day("2026-03-31"), ScheduleBasis::Day), 2466);
  // 2028 has 366 days: 31 March is day 91; 91 ÷ 366 = 24.863…%.
  EXPECT_EQ(schedule_share(2028, day("2028-03-31"), ScheduleBasis::Day), 2486);
  EXPECT_EQ(schedule_share(2026, day("2026-12-31"), ScheduleBasis::Day), 10000);
  EXPECT_EQ(schedule_share(2026, day("2026-01-01"), ScheduleBasis::Day), 27);  // 1 ÷ 365 = 0.274%
}

TEST(Share, RoundsHalfUpInHundredthsOfAPercent) {
  EXPECT_EQ(share(309, 1000), 3090);
  EXPECT_EQ(share(1, 3), 3333);
  EXPECT_EQ(share(2, 3), 6667);
  EXPECT_EQ(share(1, 8000), 1);   // 0.0125%: 1.25 hundredths
  EXPECT_EQ(share(3, 8000), 4);   // 3.75 hundredths
  EXPECT_EQ(share(1, 20000), 1);  // 0.5 hundredths: half up
  EXPECT_EQ(share(5, 0), std::nullopt);
  // A province's sums: 10^15 yuan of 2 × 10^15 is 50%, without overflow.
  EXPECT_EQ(share(1'000'000'000'000'000, 2'000'000'000'000'000), 5000);
}

// The bulletin's own line: "1–3月完成年度计划的30.90%, 超序时进度5.90个百分点".
TEST(YearTally, TheBulletinsLineAsOfTheEndOfMarch) {
  YearTally t;
  t.add({PlanClass::Continuing, Money(600'000'000), 185'400'000, true, false, false});
  t.add({PlanClass::New, Money(400'000'000), 123'600'000, true, true, false});
  // 309,000,000 of 1,000,000,000 = 30.90%; as of 31 March 序时 is 25.00%: 5.90 points ahead.
  EXPECT_EQ(t.plan_total(), 1'000'000'000);
  EXPECT_EQ(t.percent_of_plan(), 3090);
  const auto schedule = schedule_share(2026, day("2026-03-31"), ScheduleBasis::Month);
  EXPECT_EQ(points_text(t.points_ahead(schedule)), "+5.90");
  EXPECT_EQ(share_text(t.percent_of_plan()), "30.90%");
  // The same figures on 1 April are behind 序时 (33.33%) by 2.43 points.
  EXPECT_EQ(points_text(t.points_ahead(schedule_share(2026, day("2026-04-01"), ScheduleBasis::Month))), "-2.43");
}

TEST(YearTally, NoPlanAmountIsCountedApartNeverAsZero) {
  YearTally t;
  t.add({PlanClass::Reserve, Money(), 50'000'000, false, false, false});
  EXPECT_EQ(t.projects, 1);
  EXPECT_EQ(t.no_plan_amount, 1);
  EXPECT_EQ(t.plan_total(), std::nullopt);
  EXPECT_EQ(t.percent_of_plan(), std::nullopt);
  EXPECT_EQ(t.completed_yuan, 50'000'000);
  EXPECT_EQ(share_text(t.percent_of_plan()), "—");
  t.add({PlanClass::Continuing, Money(100'000'000), 25'000'000, true, false, false});
  // % of plan over the projects with an amount only: 25 of 100, not 75 of 100.
  EXPECT_EQ(t.percent_of_plan(), 2500);
  EXPECT_EQ(t.completed_yuan, 75'000'000);
}

TEST(YearTally, StartAndCompletionRates) {
  YearTally t;
  t.add({PlanClass::New, Money(1), 0, true, true, false});    // due, started
  t.add({PlanClass::New, Money(1), 0, false, true, false});   // due, not started
  t.add({PlanClass::New, Money(1), 0, false, false, false});  // not due yet
  t.add({PlanClass::New, Money(1), 0, false, true, false});   // due, not started
  t.add({PlanClass::Completing, Money(1), 0, true, false, true});
  t.add({PlanClass::Completing, Money(1), 0, true, false, false});
  t.add({PlanClass::Continuing, Money(1), 0, true, false, true});  // finished, but not planned to
  EXPECT_EQ(t.new_starts, 4);
  EXPECT_EQ(t.due_to_start, 3);
  EXPECT_EQ(t.started, 1);
  EXPECT_EQ(share_text(t.start_rate()), "33.33%");
  EXPECT_EQ(t.completing, 2);
  EXPECT_EQ(t.completed, 1);
  EXPECT_EQ(share_text(t.completion_rate()), "50.00%");
  YearTally total;
  total.add(t);
  total.add(t);
  EXPECT_EQ(total.due_to_start, 6);
  EXPECT_EQ(total.start_rate(), 3333);
  EXPECT_EQ(total.projects, 14);
}

}  // namespace
}  // namespace keyproj
