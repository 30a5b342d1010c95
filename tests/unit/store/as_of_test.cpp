#include "store/as_of.h"

#include <gtest/gtest.h>

#include "store/sql/statement.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

// Rows written straight into the tables; each fragment is read back as of several dates.
class AsOfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    exec("INSERT INTO project (id, code, name_zh, region_id, stage, entered_on, archived_at) "
         "VALUES (1, 'TM-001', '甲', 1, 'completed', '2026-10-01', '2026-09-01')");
    exec("INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage) VALUES "
         "(1, '2026-03-01', 'planned', 'building'), (1, '2026-08-01', 'building', 'completed')");
    exec("INSERT INTO milestone (id, project_id, title, baseline_due, due, done_on, created_at) "
         "VALUES (1, 1, '开工', '2026-02-28', '2026-06-30', '2026-07-10', '2026-01-01')");
    exec("INSERT INTO milestone_move (milestone_id, from_due, to_due, reason, moved_at, author) VALUES "
         "(1, '2026-02-28', '2026-04-30', '征地', '2026-02-20', 't'), "
         "(1, '2026-04-30', '2026-06-30', '征地', '2026-05-05', 't')");
    exec("INSERT INTO progress_update (project_id, reported_on, invested_yuan, author, created_at) VALUES "
         "(1, '2026-03-31', 100, 't', 'x'), (1, '2026-04-30', 20, 't', 'x')");
  }
  void exec(const std::string& sql) { db_.sql().execute(sql); }
  // `expression` over project p and milestone m, as of `day` (none: as the database stands).
  std::string read(const std::string& expression, std::optional<Date> day) {
    sql::Statement q(db_.sql(), "SELECT ifnull(" + expression + ", 'NULL') FROM project p JOIN milestone m ON m.project_id = p.id");
    bind_as_of(q, day);
    q.step();
    return q.string(0);
  }
  std::string read(const std::string& expression, const char* day) { return read(expression, parse_date(day, "as-of")); }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(AsOfTest, TheStageIsTheOneLeftAtTheFirstChangeAfterTheDate) {
  EXPECT_EQ(read(stage_then_sql(), "2026-01-01"), "planned");  // before entry too: entry is no fact
  EXPECT_EQ(read(stage_then_sql(), "2026-02-28"), "planned");
  EXPECT_EQ(read(stage_then_sql(), "2026-03-01"), "building");  // from the day it was made
  EXPECT_EQ(read(stage_then_sql(), "2026-07-31"), "building");
  EXPECT_EQ(read(stage_then_sql(), "2026-08-01"), "completed");
  EXPECT_EQ(read(stage_then_sql(), std::nullopt), "completed");
}

TEST_F(AsOfTest, AProjectIsInThePortfolioUntilTheDayItWasArchived) {
  EXPECT_EQ(read(in_portfolio_then_sql(), "2026-01-01"), "1");
  EXPECT_EQ(read(in_portfolio_then_sql(), "2026-08-31"), "1");
  EXPECT_EQ(read(in_portfolio_then_sql(), "2026-09-01"), "0");
  EXPECT_EQ(read(in_portfolio_then_sql(), std::nullopt), "0");
}

TEST_F(AsOfTest, AMilestoneIsReachedFromItsDoneDate) {
  EXPECT_EQ(read(open_then_sql(), "2026-07-09"), "1");
  EXPECT_EQ(read(done_then_sql(), "2026-07-09"), "NULL");
  EXPECT_EQ(read(open_then_sql(), "2026-07-10"), "0");
  EXPECT_EQ(read(done_then_sql(), "2026-07-10"), "2026-07-10");
}

TEST_F(AsOfTest, ADueDateCountsFromTheDayItWasMoved) {
  EXPECT_EQ(read(due_then_sql(), "2026-02-19"), "2026-02-28");
  EXPECT_EQ(read(due_then_sql(), "2026-02-20"), "2026-04-30");
  EXPECT_EQ(read(due_then_sql(), "2026-05-04"), "2026-04-30");
  EXPECT_EQ(read(due_then_sql(), "2026-05-05"), "2026-06-30");
  EXPECT_EQ(read(due_then_sql(), std::nullopt), "2026-06-30");
  EXPECT_EQ(read(moved_after_sql(), "2026-05-04"), "1");
  EXPECT_EQ(read(moved_after_sql(), "2026-05-05"), "0");
}

TEST_F(AsOfTest, TheMilestonesChangedAfterADateAreTheOnesDoneOrMovedLater) {
  auto ids = [&](const char* day) {
    sql::Statement q(db_.sql(), "SELECT count(*) FROM (" + milestones_changed_after_sql() + ")");
    bind_as_of(q, parse_date(day, "as-of"));
    q.step();
    return q.int64(0);
  };
  EXPECT_EQ(ids("2026-05-01"), 1);  // moved and done later: one milestone, once
  EXPECT_EQ(ids("2026-07-01"), 1);  // done later
  EXPECT_EQ(ids("2026-07-10"), 0);
}

TEST_F(AsOfTest, AReportCountsFromItsDate) {
  auto sum = [&](const char* day) {
    sql::Statement q(db_.sql(), "SELECT ifnull(sum(u.invested_yuan), 0) FROM project p, " + reports_then_sql());
    bind_as_of(q, parse_date(day, "as-of"));
    q.step();
    return q.int64(0);
  };
  EXPECT_EQ(sum("2026-03-30"), 0);
  EXPECT_EQ(sum("2026-03-31"), 100);
  EXPECT_EQ(sum("2026-04-30"), 120);
}

}  // namespace
}  // namespace keyproj
