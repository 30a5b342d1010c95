#include "store/plans.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class PlansTest : public ::testing::Test {
 protected:
  Project add(const std::string& code, const std::string& stage = "planned") {
    NewProject p;
    p.code = code;
    p.name_zh = code + "项目";
    p.region = "TM";
    p.stage = stage;
    p.entered_on = "2025-01-01";
    insert_project(db_, p, "tester");
    return *find_project(db_, code);
  }
  PlanWrite set(const Project& p, int year, std::optional<PlanClass> c, Money investment = Money()) {
    PlanChange change;
    change.plan_class = c;
    if (investment) change.investment_yuan = investment;
    return set_plan(db_, p, year, change, "tester");
  }
  std::string audit() {
    std::string out;
    sql::Statement q(db_.sql(), "SELECT action, ifnull(before, '-'), ifnull(after, '-'), ifnull(reason, '-') "
                                "FROM audit WHERE entity = 'annual_plan' ORDER BY id");
    while (q.step())
      out += q.string(0) + " " + q.string(1) + " " + q.string(2) + " " + q.string(3) + "\n";
    return out;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(PlansTest, SetAddsThenChangesThenWritesNothingWhenNothingChanges) {
  const Project p = add("TM-001");
  EXPECT_EQ(set(p, 2026, PlanClass::New, Money(300'000'000)).what, PlanWritten::Added);
  EXPECT_EQ(set(p, 2026, std::nullopt, Money(250'000'000)).what, PlanWritten::Changed);
  EXPECT_EQ(set(p, 2026, PlanClass::New, Money(250'000'000)).what, PlanWritten::Unchanged);
  const auto e = find_plan(db_, p.id, 2026);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->plan_class, PlanClass::New);
  EXPECT_EQ(e->investment_yuan, 250'000'000);
  EXPECT_EQ(find_plan(db_, p.id, 2025), std::nullopt);
  EXPECT_EQ(audit(),
            "create - {\"year\":2026,\"class\":\"new\",\"investment_yuan\":300000000,\"planned_start\":null,"
            "\"planned_finish\":null} -\n"
            "edit {\"investment_yuan\":300000000,\"year\":2026} {\"investment_yuan\":250000000,\"year\":2026} -\n");
}

TEST_F(PlansTest, RemoveDeletesTheEntryAndAuditsItWithTheReason) {
  const Project p = add("TM-001");
  set(p, 2026, PlanClass::Continuing);
  EXPECT_EQ(remove_plan(db_, p, 2026, "不再列入", "tester").plan_class, PlanClass::Continuing);
  EXPECT_EQ(find_plan(db_, p.id, 2026), std::nullopt);
  EXPECT_NE(audit().find("remove {\"year\":2026,\"class\":\"continuing\",\"investment_yuan\":null,"
                         "\"planned_start\":null,\"planned_finish\":null} - 不再列入\n"),
            std::string::npos);
  try {
    remove_plan(db_, p, 2026, "again", "tester");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::NotFound);
    EXPECT_EQ(std::string(e.what()), "TM-001 is not in the 2026 plan; 'keyproj plan list --year 2026' lists it");
  }
}

TEST_F(PlansTest, CopyCarriesTheUnfinishedOverStartedOnesAsContinuing) {
  const Project unstarted = add("TM-001");            // new, not started: stays new
  const Project building = add("TM-002", "building");  // new, entered building: started
  const Project done = add("TM-003", "completed");     // completing, completed: stays behind
  const Project reserve = add("TM-004", "preparing");  // reserve: stays reserve
  const Project kept = add("TM-005");                  // already in 2026: left as it is
  set(unstarted, 2025, PlanClass::New, Money(100));
  set(building, 2025, PlanClass::New, Money(100));
  set(done, 2025, PlanClass::Completing, Money(100));
  set(reserve, 2025, PlanClass::Reserve);
  set(kept, 2025, PlanClass::New);
  set(kept, 2026, PlanClass::Reserve, Money(7));
  const PlanCopy c = copy_plans(db_, 2025, 2026, "tester");
  EXPECT_EQ(c.carried, 3);
  EXPECT_EQ(c.finished, 1);
  EXPECT_EQ(c.already, 1);
  EXPECT_EQ(find_plan(db_, unstarted.id, 2026)->plan_class, PlanClass::New);
  EXPECT_EQ(find_plan(db_, unstarted.id, 2026)->investment_yuan, std::nullopt);
  EXPECT_EQ(find_plan(db_, building.id, 2026)->plan_class, PlanClass::Continuing);
  EXPECT_EQ(find_plan(db_, done.id, 2026), std::nullopt);
  EXPECT_EQ(find_plan(db_, reserve.id, 2026)->plan_class, PlanClass::Reserve);
  EXPECT_EQ(find_plan(db_, kept.id, 2026)->investment_yuan, 7);
  EXPECT_THROW(copy_plans(db_, 2024, 2026, "tester"), Error);
  EXPECT_THROW(copy_plans(db_, 2025, 2025, "tester"), Error);
}

TEST_F(PlansTest, ListFiltersByYearAndReadsTheStageAndStart) {
  const Project a = add("TM-001");
  const Project b = add("TM-002", "building");
  set(a, 2026, PlanClass::New);
  set(b, 2026, PlanClass::Continuing);
  set(b, 2025, PlanClass::New);
  std::string seen;
  for_each_plan(db_, 2026, PortfolioFilter{}, [&](const PlanEntryRow& r) {
    seen += std::to_string(r.entry.year) + " " + r.entry.project_code + " " + std::string(stage_name(r.stage)) + "\n";
  });
  EXPECT_EQ(seen, "2026 TM-001 planned\n2026 TM-002 building\n");
  seen.clear();
  for_each_plan(db_, std::nullopt, PortfolioFilter{}, [&](const PlanEntryRow& r) {
    seen += std::to_string(r.entry.year) + " " + r.entry.project_code + "\n";
  });
  EXPECT_EQ(seen, "2025 TM-002\n2026 TM-001\n2026 TM-002\n");
}

}  // namespace
}  // namespace keyproj
