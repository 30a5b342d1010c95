#include "domain/annual_plan.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

std::string refusal(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return std::to_string(static_cast<int>(e.code())) + " " + e.what();
  }
  return "accepted";
}

TEST(PlanClass, NamesRoundTripAndTheSheetsWordsAreRead) {
  for (PlanClass c : kPlanClasses) {
    EXPECT_EQ(plan_class_from_name(plan_class_name(c)), c);
    EXPECT_EQ(plan_class_from_name(plan_class_name_zh(c)), c);
  }
  EXPECT_EQ(plan_class_from_name("新开工"), PlanClass::New);
  EXPECT_EQ(plan_class_from_name("续建"), PlanClass::Continuing);
  EXPECT_EQ(plan_class_from_name("竣工投产"), PlanClass::Completing);
  EXPECT_EQ(plan_class_from_name("预备"), PlanClass::Reserve);
  EXPECT_EQ(plan_class_from_name("前期"), PlanClass::Reserve);
  EXPECT_EQ(plan_class_from_name("预备/前期"), PlanClass::Reserve);
  EXPECT_EQ(plan_class_from_name(""), std::nullopt);
  EXPECT_EQ(plan_class_from_name("New"), std::nullopt);
  EXPECT_EQ(refusal([] { parse_plan_class("started", "class"); }),
            "4 class 'started' is not a class of the annual plan; use new (新开工), continuing (续建), completing "
            "(竣工投产) or reserve (预备/前期)");
}

TEST(PlanYear, FourDigitsWithinTheRange) {
  EXPECT_EQ(parse_plan_year("2026", "year"), 2026);
  EXPECT_EQ(parse_plan_year("2026年", "year"), 2026);
  EXPECT_EQ(parse_plan_year("2000", "year"), 2000);
  EXPECT_EQ(parse_plan_year("2100", "year"), 2100);
  EXPECT_EQ(refusal([] { parse_plan_year("206", "year"); }), "4 year '206' is not a year; give four digits, such as 2026");
  EXPECT_EQ(refusal([] { parse_plan_year("20266", "year"); }), "4 year '20266' is not a year; give four digits, such as 2026");
  EXPECT_EQ(refusal([] { parse_plan_year("2026-01", "year"); }), "4 year '2026-01' is not a year; give four digits, such as 2026");
  EXPECT_EQ(refusal([] { parse_plan_year("", "year"); }), "4 year '' is not a year; give four digits, such as 2026");
  EXPECT_EQ(refusal([] { parse_plan_year("1999", "from"); }), "4 from '1999' is outside 2000-2100");
  EXPECT_EQ(refusal([] { parse_plan_year("2101", "year"); }), "4 year '2101' is outside 2000-2100");
}

PlanEntry base() {
  PlanEntry e;
  e.project_code = "TM-011";
  e.year = 2026;
  return e;
}

TEST(PlanEntryRules, AStartIsANewStartsAndInTheYear) {
  PlanChange c;
  c.plan_class = PlanClass::New;
  c.planned_start = Text("2026-05-01");
  c.investment_yuan = Money(300'000'000);
  const PlanEntry e = apply_plan_change(std::nullopt, base(), c);
  EXPECT_EQ(e.plan_class, PlanClass::New);
  EXPECT_EQ(e.planned_start, "2026-05-01");
  EXPECT_EQ(e.investment_yuan, 300'000'000);

  c.planned_start = Text("2027-01-01");
  EXPECT_EQ(refusal([&] { apply_plan_change(std::nullopt, base(), c); }),
            "4 start '2027-01-01' is not in 2026, the year of the plan");
  c.planned_start = Text("2025-12-01");
  EXPECT_EQ(refusal([&] { apply_plan_change(std::nullopt, base(), c); }),
            "4 start '2025-12-01' is not in 2026, the year of the plan");
  c.plan_class = PlanClass::Continuing;
  c.planned_start = Text("2026-05-01");
  EXPECT_EQ(refusal([&] { apply_plan_change(std::nullopt, base(), c); }),
            "4 start '2026-05-01' is for a new start (class new); TM-011's class in 2026 is continuing");
}

TEST(PlanEntryRules, AFinishIsACompletingProjectsAndInTheYear) {
  PlanChange c;
  c.plan_class = PlanClass::Completing;
  c.planned_finish = Text("2026-12-31");
  EXPECT_EQ(apply_plan_change(std::nullopt, base(), c).planned_finish, "2026-12-31");
  c.planned_finish = Text("2027-06-30");
  EXPECT_EQ(refusal([&] { apply_plan_change(std::nullopt, base(), c); }),
            "4 finish '2027-06-30' is not in 2026, the year of the plan");
  c.plan_class = PlanClass::New;
  c.planned_finish = Text("2026-12-31");
  EXPECT_EQ(refusal([&] { apply_plan_change(std::nullopt, base(), c); }),
            "4 finish '2026-12-31' is for a completing project (class completing); TM-011's class in 2026 is new");
}

TEST(PlanEntryRules, ANewEntryNeedsAClassAChangeKeepsWhatItDoesNotGive) {
  PlanChange none;
  none.investment_yuan = Money(1);
  EXPECT_EQ(refusal([&] { apply_plan_change(std::nullopt, base(), none); }),
            "2 TM-011 has no entry in the 2026 plan yet; give its class with --class new|continuing|completing|reserve");

  PlanEntry stored = base();
  stored.plan_class = PlanClass::New;
  stored.investment_yuan = Money(300'000'000);
  stored.planned_start = Text("2026-05-01");
  PlanChange amount;
  amount.investment_yuan = Money(250'000'000);
  PlanEntry e = apply_plan_change(stored, base(), amount);
  EXPECT_EQ(e.plan_class, PlanClass::New);
  EXPECT_EQ(e.planned_start, "2026-05-01");
  EXPECT_EQ(e.investment_yuan, 250'000'000);
  EXPECT_FALSE(same_plan(stored, e));

  // Cleared: in the list with no plan amount.
  PlanChange clear;
  clear.investment_yuan = Money();
  EXPECT_EQ(apply_plan_change(stored, base(), clear).investment_yuan, std::nullopt);

  // The class changes: the start a continuing project does not take goes with it.
  PlanChange cls;
  cls.plan_class = PlanClass::Continuing;
  e = apply_plan_change(stored, base(), cls);
  EXPECT_EQ(e.plan_class, PlanClass::Continuing);
  EXPECT_EQ(e.planned_start, std::nullopt);
  EXPECT_EQ(e.investment_yuan, 300'000'000);

  EXPECT_TRUE(same_plan(stored, apply_plan_change(stored, base(), PlanChange{})));

  // The author goes with the entry, and is not a fact of the plan: naming another one changes
  // nothing an officer would count.
  PlanChange by;
  by.author = "张三";
  const PlanEntry authored = apply_plan_change(stored, base(), by);
  EXPECT_EQ(authored.author, "张三");
  EXPECT_TRUE(same_plan(stored, authored));
}

TEST(StartDue, TheLastDayOfThePlannedMonth) {
  EXPECT_EQ(start_due_on(parse_date("2026-02-01", "d")).iso(), "2026-02-28");
  EXPECT_EQ(start_due_on(parse_date("2028-02-01", "d")).iso(), "2028-02-29");
  EXPECT_EQ(start_due_on(parse_date("2026-12-15", "d")).iso(), "2026-12-31");
  EXPECT_EQ(start_due_on(parse_date("2026-04-30", "d")).iso(), "2026-04-30");
}

}  // namespace
}  // namespace keyproj
