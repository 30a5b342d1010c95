#include "store/overdue.h"

#include <gtest/gtest.h>

#include <sstream>

#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

// A small portfolio written straight into the tables: the tracking commands that add milestones
// and reports are tested on their own; here only the query is under test.
class OverdueTest : public ::testing::Test {
 protected:
  std::int64_t add(const std::string& code, const std::string& region, const std::string& stage,
                   Text finish = std::nullopt, Text owner = std::nullopt, Text program = std::nullopt,
                   const std::string& entered = "2026-01-01") {
    NewProject p;
    p.code = code;
    p.name_zh = "项目" + code;
    p.region = region;
    p.stage = stage;
    p.planned_finish = finish;
    p.owner = owner;
    p.program = program;
    p.entered_on = entered;
    return insert_project(db_, p, "tester");
  }
  void milestone(std::int64_t project, const std::string& title, const std::string& due, Text done = std::nullopt,
                 Text baseline = std::nullopt) {
    sql::Statement q(db_.sql(),
                     "INSERT INTO milestone (project_id, title, baseline_due, due, done_on, created_at) "
                     "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')");
    q.bind(1, static_cast<int64_t>(project));
    q.bind(2, title);
    q.bind(3, baseline.value_or(due));
    q.bind(4, due);
    q.bind(5, done);
    q.run();
  }
  void report(std::int64_t project, const std::string& on) {
    sql::Statement q(db_.sql(),
                     "INSERT INTO progress_update (project_id, reported_on, author, created_at) "
                     "VALUES (?, ?, 'tester', '2026-01-01T00:00:00Z')");
    q.bind(1, static_cast<int64_t>(project));
    q.bind(2, on);
    q.run();
  }
  OverdueQuery query(const char* as_of) {
    OverdueQuery q;
    q.as_of = parse_date(as_of, "as-of");
    q.stale_days = 30;
    return q;
  }
  // One line per row: kind code milestone due days.
  std::string rows(const OverdueQuery& q) {
    std::ostringstream out;
    for_each_overdue(db_, q, [&](const OverdueRow& r) {
      out << overdue_kind_name(r.kind) << " " << r.project_code << " " << r.milestone.value_or("-") << " " << r.due
          << " " << r.days_late << "\n";
    });
    return out.str();
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(OverdueTest, MilestoneDueOnTheAsOfDateIsNotLateTheDayAfterItIs) {
  const auto p = add("TM-001", "TM", "building");
  report(p, "2026-06-01");
  milestone(p, "主体完工", "2026-06-10");
  EXPECT_EQ(rows(query("2026-06-10")), "");
  EXPECT_EQ(rows(query("2026-06-11")), "milestone TM-001 主体完工 2026-06-10 1\n");
}

TEST_F(OverdueTest, AMilestoneIsReachedFromItsDoneDate) {
  const auto p = add("TM-001", "TM", "building");
  report(p, "2026-01-15");
  milestone(p, "开工", "2026-03-01", "2026-05-01");
  auto q = query("2026-04-01");
  q.stale = false;
  EXPECT_EQ(rows(q), "milestone TM-001 开工 2026-03-01 31\n");  // done a month later: late then
  q.as_of = parse_date("2026-05-01", "as-of");
  EXPECT_EQ(rows(q), "");
  q.as_of = parse_date("2026-06-20", "as-of");
  EXPECT_EQ(rows(q), "");
}

TEST_F(OverdueTest, AMovedMilestoneIsLateAgainstItsNewDueDate) {
  const auto p = add("TM-001", "TM", "building");
  report(p, "2026-06-01");
  milestone(p, "验收", "2026-09-30", std::nullopt, "2026-03-31");
  auto q = query("2026-06-20");
  q.stale = false;
  EXPECT_EQ(rows(q), "");
  q.as_of = parse_date("2026-10-05", "as-of");
  EXPECT_EQ(rows(q), "milestone TM-001 验收 2026-09-30 5\n");  // not 188 days against the baseline
}

TEST_F(OverdueTest, ProjectLateWhenFinishPassedAndNotFinished) {
  const auto building = add("TM-001", "TM", "building", "2026-03-31");
  const auto done = add("TM-002", "TM", "completed", "2026-03-31");
  const auto ops = add("TM-003", "TM", "operating", "2026-03-31");
  const auto cancelled = add("TM-004", "TM", "cancelled", "2026-03-31");
  const auto suspended = add("TM-005", "TM", "suspended", "2026-03-31");
  for (auto id : {building, done, ops, cancelled, suspended}) report(id, "2026-04-05");
  auto q = query("2026-04-10");
  EXPECT_EQ(rows(q), "project TM-001 - 2026-03-31 10\nproject TM-005 - 2026-03-31 10\n");
  q.as_of = parse_date("2026-03-31", "as-of");
  q.stale = false;  // their reports come after that day
  EXPECT_EQ(rows(q), "");
}

TEST_F(OverdueTest, StaleCountsFromTheLastReportElseFromEntry) {
  add("TM-001", "TM", "planned", std::nullopt, std::nullopt, std::nullopt, "2026-02-01");  // never reports
  const auto reported = add("TM-002", "TM", "preparing", std::nullopt, std::nullopt, std::nullopt, "2026-01-01");
  report(reported, "2026-02-15");
  report(reported, "2026-03-01");
  // Suspended, completed, operating and cancelled projects owe no monthly report.
  for (const char* s : {"suspended", "completed", "operating", "cancelled"}) add(std::string("X-") + s, "TM", s);
  EXPECT_EQ(rows(query("2026-03-03")), "");  // TM-001: 30 days since entry is not more than 30
  EXPECT_EQ(rows(query("2026-03-04")), "stale TM-001 - 2026-03-03 1\n");
  EXPECT_EQ(rows(query("2026-04-05")),
            "stale TM-001 - 2026-03-03 33\n"
            "stale TM-002 - 2026-03-31 5\n");
  auto q = query("2026-04-05");
  q.stale_days = 60;
  EXPECT_EQ(rows(q), "stale TM-001 - 2026-04-02 3\n");
}

TEST_F(OverdueTest, ArchivedProjectsAndFinishedProjectsMilestonesAreLeftOut) {
  const auto archived = add("TM-001", "TM", "building", "2026-01-31");
  milestone(archived, "m", "2026-01-31");
  db_.sql().execute("UPDATE project SET archived_at = '2026-02-01' WHERE code = 'TM-001'");
  const auto cancelled = add("TM-002", "TM", "cancelled", "2026-01-31");
  milestone(cancelled, "m", "2026-01-31");
  const auto completed = add("TM-003", "TM", "completed", "2026-01-31");
  milestone(completed, "m", "2026-01-31");
  const auto operating = add("TM-004", "TM", "operating", "2026-01-31");
  milestone(operating, "m", "2026-01-31");
  EXPECT_EQ(rows(query("2026-02-10")), "");
  // A suspended project's milestone is late as ever.
  const auto suspended = add("TM-005", "TM", "suspended");
  milestone(suspended, "m", "2026-01-31");
  EXPECT_EQ(rows(query("2026-02-10")), "milestone TM-005 m 2026-01-31 10\n");
}

TEST_F(OverdueTest, SortedByDaysLateThenCodeThenKind) {
  const auto a = add("WH-001", "WH", "building", "2026-03-01");
  const auto b = add("EZ-001", "EZ", "building", "2026-03-01");
  report(a, "2026-03-10");
  report(b, "2026-03-10");
  milestone(a, "B", "2026-02-01");
  milestone(b, "A", "2026-03-01");
  milestone(a, "A", "2026-02-01");
  // Same days late and code: milestones before the project row, milestones in the order added.
  EXPECT_EQ(rows(query("2026-03-20")),
            "milestone WH-001 B 2026-02-01 47\n"
            "milestone WH-001 A 2026-02-01 47\n"
            "milestone EZ-001 A 2026-03-01 19\n"
            "project EZ-001 - 2026-03-01 19\n"
            "project WH-001 - 2026-03-01 19\n");
}

// Days late are the as-of date minus the due date for every kind, so a stale row sorts among
// milestones by its due date (the day its report was due), and a minimum of days keeps a row
// exactly that many days late.
TEST_F(OverdueTest, StaleRowsSortAmongMilestonesAndMinimumDaysIsInclusive) {
  const auto tm = add("TM-001", "TM", "building");
  const auto ez = add("EZ-001", "EZ", "building");
  report(tm, "2026-03-10");  // the next report was due 2026-04-09
  report(ez, "2026-04-20");
  milestone(ez, "B", "2026-04-10");
  milestone(ez, "A", "2026-04-09");
  milestone(tm, "C", "2026-04-08");
  auto q = query("2026-05-01");
  EXPECT_EQ(rows(q),
            "milestone TM-001 C 2026-04-08 23\n"
            "milestone EZ-001 A 2026-04-09 22\n"
            "stale TM-001 - 2026-04-09 22\n"
            "milestone EZ-001 B 2026-04-10 21\n");
  q.min_days = 22;
  EXPECT_EQ(rows(q),
            "milestone TM-001 C 2026-04-08 23\n"
            "milestone EZ-001 A 2026-04-09 22\n"
            "stale TM-001 - 2026-04-09 22\n");
  q.min_days = 24;
  EXPECT_EQ(rows(q), "");
}

TEST_F(OverdueTest, FiltersKindsAndMinimumDays) {
  const auto tm = add("TM-001", "TM", "building", "2026-03-01", std::string("天门市商务局"), std::string("专栏4"));
  const auto ez = add("EZ-001", "EZ", "preparing", "2026-03-01", std::string("鄂州市商务局"));
  report(tm, "2026-03-10");
  report(ez, "2026-03-10");
  milestone(tm, "立项", "2026-01-01");
  auto q = query("2026-03-20");
  q.filter.region = "TM";
  EXPECT_EQ(rows(q), "milestone TM-001 立项 2026-01-01 78\nproject TM-001 - 2026-03-01 19\n");
  q = query("2026-03-20");
  q.filter.owner = "鄂州市商务局";
  EXPECT_EQ(rows(q), "project EZ-001 - 2026-03-01 19\n");
  q = query("2026-03-20");
  q.filter.program = "专栏4";
  q.projects = false;
  EXPECT_EQ(rows(q), "milestone TM-001 立项 2026-01-01 78\n");
  q = query("2026-03-20");
  q.filter.stage = Stage::Preparing;
  EXPECT_EQ(rows(q), "project EZ-001 - 2026-03-01 19\n");
  q = query("2026-03-20");
  q.min_days = 20;
  EXPECT_EQ(rows(q), "milestone TM-001 立项 2026-01-01 78\n");
  q = query("2026-05-01");
  q.milestones = q.projects = false;
  EXPECT_EQ(rows(q), "stale EZ-001 - 2026-04-09 22\nstale TM-001 - 2026-04-09 22\n");
  q.stale = false;
  EXPECT_EQ(rows(q), "");
}

TEST_F(OverdueTest, TheMilestoneBranchReadsThePartialIndexOfOpenMilestones) {
  const auto plan = overdue_query_plan(db_, query("2026-03-20"));
  EXPECT_NE(plan.find("USING INDEX milestone_open_due (due<?)"), std::string::npos) << plan;
  auto q = query("2026-03-20");
  q.projects = q.stale = false;
  EXPECT_NE(overdue_query_plan(db_, q).find("milestone_open_due"), std::string::npos);
}

TEST_F(OverdueTest, ADeletedMilestoneIsLateOnNoDateAndThePlanStillReadsTheIndex) {
  const auto p = add("TM-001", "TM", "building");
  report(p, "2026-06-01");
  milestone(p, "主体完工", "2026-06-10");
  milestone(p, "误录节点", "2026-06-10", std::string("2026-07-01"));  // done after the first as-of date below
  db_.sql().execute("UPDATE milestone SET deleted_on = '2026-06-15' WHERE title = '误录节点'");
  milestone(p, "重复节点", "2026-06-10");
  db_.sql().execute("UPDATE milestone SET deleted_on = '2026-06-15' WHERE title = '重复节点'");
  // Open then (done later), and open now: neither part of the list takes them.
  EXPECT_EQ(rows(query("2026-06-20")), "milestone TM-001 主体完工 2026-06-10 10\n");
  EXPECT_EQ(rows(query("2026-06-12")), "milestone TM-001 主体完工 2026-06-10 2\n");
  const auto plan = overdue_query_plan(db_, query("2026-06-20"));
  EXPECT_NE(plan.find("USING INDEX milestone_open_due (due<?)"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("SCAN m"), std::string::npos) << plan;
}

TEST_F(OverdueTest, MilestonesChangedAfterTheAsOfDateAreFoundByTheDayOfTheChange) {
  // The open milestones still come from milestone_open_due; the ones done or moved after the
  // as-of date by a range on the day of the change, so that today reads two empty ranges.
  const auto plan = overdue_query_plan(db_, query("2026-03-20"));
  EXPECT_NE(plan.find("USING INDEX milestone_open_due (due<?)"), std::string::npos) << plan;
  EXPECT_NE(plan.find("USING COVERING INDEX milestone_done_day (done_on>?)"), std::string::npos) << plan;
  EXPECT_NE(plan.find("USING COVERING INDEX milestone_move_day (moved_at>?)"), std::string::npos) << plan;
  EXPECT_NE(plan.find("USING COVERING INDEX stage_change_day (changed_on>?)"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("SCAN m"), std::string::npos) << plan;
}

TEST(OverdueKind, NamesAndParsing) {
  EXPECT_EQ(parse_overdue_kind("stale"), OverdueKind::Stale);
  EXPECT_EQ(overdue_kind_name(OverdueKind::Project), "project");
  try {
    parse_overdue_kind("late");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "kind 'late' is not known; use milestone, approval, project, stale, start or problem");
  }
}

}  // namespace
}  // namespace keyproj
