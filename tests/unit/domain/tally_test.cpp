#include "domain/tally.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

constexpr LightThresholds kT{90, 60, 20, 30};
const Date kAsOf = parse_date("2026-11-22", "test");

Project project(const char* stage, Money budget, std::int64_t invested) {
  Project p;
  p.stage = *stage_from_name(stage);
  p.budget_yuan = budget;
  p.invested_yuan = invested;
  p.created_on = "2026-11-01";
  p.last_update = "2026-11-20";
  return p;
}

TEST(Tally, CountsStagesBudgetsAndInvestment) {
  Tally t;
  t.add(project("building", 100, 40), 0, kAsOf, kT);
  t.add(project("planned", std::nullopt, 5), 0, kAsOf, kT);
  t.add(project("building", 300, 20), 0, kAsOf, kT);
  EXPECT_EQ(t.projects, 3);
  EXPECT_EQ(t.stage_count(Stage::Building), 2);
  EXPECT_EQ(t.stage_count(Stage::Planned), 1);
  EXPECT_EQ(t.no_budget, 1);
  EXPECT_EQ(t.budget_total(), 400);
  EXPECT_EQ(t.invested_yuan, 65);
  // The rate leaves the project without a budget out: 60 of 400.
  EXPECT_EQ(t.completion_rate(), 0.15);
  EXPECT_EQ(t.completion_text(), "15.0%");
}

TEST(Tally, NoBudgetAnywhereIsNoTotalNotZero) {
  Tally t;
  t.add(project("planned", std::nullopt, 0), 0, kAsOf, kT);
  EXPECT_EQ(t.budget_total(), std::nullopt);
  EXPECT_EQ(t.completion_rate(), std::nullopt);
  EXPECT_EQ(t.completion_text(), "—");
  EXPECT_EQ(t.no_budget, 1);
  Tally zero;
  zero.add(project("planned", 0, 0), 0, kAsOf, kT);
  EXPECT_EQ(zero.budget_total(), 0);  // stated as zero: a total, but no rate
  EXPECT_EQ(zero.completion_rate(), std::nullopt);
}

TEST(Tally, RateIsAFractionOfFourDecimalsAndATenthOfAPercentInATable) {
  Tally t;
  t.add(project("building", 3, 1), 0, kAsOf, kT);
  EXPECT_EQ(t.completion_rate(), 0.3333);
  EXPECT_EQ(t.completion_text(), "33.3%");
  Tally half;  // 1 of 8 = 12.5 %; 1 of 16 000 = 0.00625 %: rounds half up
  half.add(project("building", 8, 1), 0, kAsOf, kT);
  EXPECT_EQ(half.completion_text(), "12.5%");
  Tally up;
  up.add(project("building", 2000, 1), 0, kAsOf, kT);  // 0.05 %
  EXPECT_EQ(up.completion_text(), "0.1%");
  Tally big;  // 3 亿亿 yuan would overflow 64 bits times 2000
  big.add(project("building", 3'000'000'000'000'000'000, 1'000'000'000'000'000'000), 0, kAsOf, kT);
  EXPECT_EQ(big.completion_text(), "33.3%");
}

TEST(Tally, LatenessAndLights) {
  Tally t;
  Project late = project("building", std::nullopt, 0);
  late.planned_finish = "2026-10-31";
  t.add(late, 2, kAsOf, kT);  // finish passed: red
  Project stale = project("preparing", std::nullopt, 0);
  stale.last_update = "2026-10-01";  // 52 days: stale, amber
  t.add(stale, 0, kAsOf, kT);
  t.add(project("operating", std::nullopt, 0), 0, kAsOf, kT);  // green
  EXPECT_EQ(t.overdue_milestones, 2);
  EXPECT_EQ(t.overdue_projects, 1);
  EXPECT_EQ(t.stale_projects, 1);
  EXPECT_EQ(t.light_count(Light::Red), 1);
  EXPECT_EQ(t.light_count(Light::Amber), 1);
  EXPECT_EQ(t.light_count(Light::Green), 1);
}

TEST(Tally, AddingTalliesSumsEveryColumn) {
  Tally a;
  a.add(project("building", 100, 10), 1, kAsOf, kT);
  Tally b;
  b.add(project("planned", std::nullopt, 7), 0, kAsOf, kT);
  Tally total;
  total.add(a);
  total.add(b);
  EXPECT_EQ(total.projects, 2);
  EXPECT_EQ(total.no_budget, 1);
  EXPECT_EQ(total.budget_total(), 100);
  EXPECT_EQ(total.invested_yuan, 17);
  EXPECT_EQ(total.completion_rate(), 0.1);
  EXPECT_EQ(total.overdue_milestones, 1);
  EXPECT_EQ(total.stage_count(Stage::Building) + total.stage_count(Stage::Planned), 2);
  EXPECT_EQ(total.light_count(Light::Green) + total.light_count(Light::Amber) + total.light_count(Light::Red), 2);
}

}  // namespace
}  // namespace keyproj

namespace keyproj {
namespace {

TEST(Tally, ProblemsAddUpPerGroupAndInTheTotal) {
  Tally group;
  group.add_problems(3, 1);
  group.add_problems(2, 0);
  EXPECT_EQ(group.open_problems, 5);
  EXPECT_EQ(group.overdue_problems, 1);
  Tally total;
  total.add(group);
  total.add(group);
  EXPECT_EQ(total.open_problems, 10);
  EXPECT_EQ(total.overdue_problems, 2);
}

}  // namespace
}  // namespace keyproj
