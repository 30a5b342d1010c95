#include "store/updates.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "store/sql/error.h"
#include "store/sql/statement.h"
#include "unit/store/scalar.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class UpdatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NewProject p;
    p.code = "TM-011";
    p.name_zh = "天门市综合物流产业园项目";
    p.region = "TM";
    p.budget_yuan = 150000000;
    p.entered_on = "2026-01-01";
    id_ = insert_project(t_.db(), p, "tester");
  }
  std::int64_t log(const std::string& date, Money invested, std::optional<int> pct = std::nullopt,
                   const std::string& author = "张三", bool again = false) {
    ProgressUpdate u;
    u.project_id = id_;
    u.reported_on = date;
    u.invested_yuan = invested;
    u.progress_pct = pct;
    u.author = author;
    u.again = again;
    return insert_update(t_.db(), u);
  }
  // What the card shows and what an import's rows are checked against.
  std::int64_t total() {
    const std::int64_t card = find_project(t_.db(), "TM-011")->invested_yuan;
    EXPECT_EQ(find_project_standing(t_.db(), "TM-011")->invested_yuan, card);
    return card;
  }
  testing::TempDatabase t_;
  std::int64_t id_ = 0;
};

TEST_F(UpdatesTest, InvestedTotalIsTheSumOfTheReports) {
  EXPECT_EQ(total(), 0);
  log("2026-01-31", 20000000);
  log("2026-02-28", std::nullopt);  // a report without investment adds nothing
  log("2026-03-31", 35000000);
  EXPECT_EQ(total(), 55000000);
}

TEST_F(UpdatesTest, ABudgetOverrunIsStored) {
  log("2026-01-31", 100000000);
  log("2026-02-28", 80000000);
  EXPECT_EQ(total(), 180000000);
}

TEST_F(UpdatesTest, ProgressAndLastUpdateComeFromTheLatestReport) {
  log("2026-03-31", std::nullopt, 40);
  log("2026-01-31", std::nullopt, 10);  // entered late, dated earlier: not the latest
  log("2026-04-30", std::nullopt);      // the latest, but gave no percentage
  const auto p = find_project(t_.db(), "TM-011");
  EXPECT_EQ(p->progress_pct, 40);
  EXPECT_EQ(p->last_update, "2026-04-30");
}

TEST_F(UpdatesTest, LatestComeNewestFirstAndAllOldestFirst) {
  log("2026-01-31", 1);
  log("2026-03-31", 3);
  log("2026-02-28", 2);
  std::vector<std::int64_t> latest;
  for (const auto& u : latest_updates(t_.db(), id_, 2)) latest.push_back(*u.invested_yuan);
  EXPECT_EQ(latest, (std::vector<std::int64_t>{3, 2}));
  std::vector<std::string> all;
  for_each_update(t_.db(), id_, [&](const ProgressUpdate& u) { all.push_back(u.reported_on + " " + u.project_code); });
  EXPECT_EQ(all, (std::vector<std::string>{"2026-01-31 TM-011", "2026-02-28 TM-011", "2026-03-31 TM-011"}));
}

TEST_F(UpdatesTest, AReportIsItsOwnAuditRecord) {
  // The report row keeps who wrote it and when; the audit table gets no copy (history reads
  // reports from progress_update, see history_test).
  const auto id = log("2026-01-31", 20000000, 15, "李四");
  sql::Statement q(t_.db().sql(),
                   "SELECT author, project_id, length(created_at), created_at LIKE '____-__-__T__:__:__.___Z', "
                   "  (SELECT count(*) FROM audit WHERE entity = 'progress_update') "
                   "FROM progress_update WHERE id = ?");
  q.bind(1, static_cast<int64_t>(id));
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "李四");
  EXPECT_EQ(q.int64(1), id_);
  EXPECT_EQ(q.integer(2), 24);
  EXPECT_EQ(q.integer(3), 1);
  EXPECT_EQ(q.integer(4), 0);
}

TEST_F(UpdatesTest, ReportsCannotBeEditedInPlace) {
  log("2026-01-31", 20000000);
  EXPECT_THROW(t_.db().sql().execute("UPDATE progress_update SET invested_yuan = 1"), sql::Error);
  EXPECT_EQ(total(), 20000000);
}

// A correction as the store keeps one: the original's project and date, its id, a reason.
class CorrectionsInTheStore : public UpdatesTest {
 protected:
  std::int64_t correct(std::int64_t original, const std::string& date, Money invested) {
    ProgressUpdate u;
    u.project_id = id_;
    u.reported_on = date;
    u.invested_yuan = invested;
    u.author = "李四";
    u.corrects_id = original;
    u.reason = "填错";
    return insert_update(t_.db(), u);
  }
};

TEST_F(CorrectionsInTheStore, TheTotalCountsTheLatestCorrectionOfEachReport) {
  const std::int64_t a = log("2026-01-31", 100);
  log("2026-02-28", 20);
  correct(a, "2026-01-31", 7);
  EXPECT_EQ(total(), 7 + 20);
  const std::int64_t last = correct(a, "2026-01-31", 9);
  EXPECT_EQ(total(), 9 + 20);
  EXPECT_EQ(report_in_force(t_.db(), a)->id, last);
  EXPECT_EQ(report_in_force(t_.db(), a)->invested_yuan, 9);
  EXPECT_EQ(find_update(t_.db(), a)->invested_yuan, 100);  // the record keeps the original
  std::vector<std::int64_t> all;
  for_each_update_by_id(t_.db(), [&](const ProgressUpdate& u) { all.push_back(u.id); });
  EXPECT_EQ(all.size(), 4u);
}

// The schema itself refuses a reason on a report that corrects nothing, and a correction with an
// empty or missing reason (a CHECK passes on NULL, so the missing one is tested apart).
TEST_F(CorrectionsInTheStore, AReasonIsForACorrectionAndIsNeverEmpty) {
  const std::int64_t a = log("2026-01-31", 100);
  ProgressUpdate u;
  u.project_id = id_;
  u.reported_on = "2026-01-31";
  u.author = "李四";
  u.corrects_id = a;
  u.reason = "";
  EXPECT_THROW(insert_update(t_.db(), u), sql::Error);
  u.reason.reset();
  EXPECT_THROW(insert_update(t_.db(), u), sql::Error);
  u.corrects_id.reset();
  u.reason = "填错";
  EXPECT_THROW(insert_update(t_.db(), u), sql::Error);
}

TEST_F(CorrectionsInTheStore, ADaysReportsAreTheOnesInForceInTheOrderOfTheirOriginals) {
  const std::int64_t a = log("2026-01-31", 100);
  const std::int64_t b = log("2026-01-31", 200, std::nullopt, "张三", true);  // log --again
  log("2026-02-28", 300);
  const std::int64_t fixed = correct(a, "2026-01-31", 1);
  const auto day = reports_on(t_.db(), id_, "2026-01-31");
  ASSERT_EQ(day.size(), 2u);
  EXPECT_EQ(day[0].id, fixed);
  EXPECT_EQ(day[1].id, b);
  EXPECT_TRUE(reports_on(t_.db(), id_, "2026-03-31").empty());
}

// The schema takes one original report of a project a day, and a second one that says so
// (migrations/0022_one_report_a_day.sql); corrections carry their original's day.
TEST_F(CorrectionsInTheStore, ADayTakesOneReportAndASecondThatSaysSo) {
  const std::int64_t a = log("2026-01-31", 100);
  EXPECT_THROW(log("2026-01-31", 200), sql::Error);
  EXPECT_NO_THROW(log("2026-01-31", 200, std::nullopt, "张三", true));
  EXPECT_NO_THROW(correct(a, "2026-01-31", 1));
  EXPECT_EQ(testing::scalar_int(t_.db().sql(), "SELECT count(*) FROM progress_update WHERE again = 1"), 1);
}

TEST_F(CorrectionsInTheStore, AReportsPlaceIsAmongTheReportsInForce) {
  const std::int64_t a = log("2026-01-31", 100);
  const std::int64_t b = log("2026-02-28", 200);
  const ReportPlace first = report_place(t_.db(), *report_in_force(t_.db(), a));
  EXPECT_FALSE(first.earlier);
  EXPECT_TRUE(first.later);
  const ReportPlace second = report_place(t_.db(), *report_in_force(t_.db(), b));
  EXPECT_TRUE(second.earlier);
  EXPECT_FALSE(second.later);
  // A correction stands where its original was reported.
  const std::int64_t fixed = correct(a, "2026-01-31", 1);
  const ReportPlace corrected = report_place(t_.db(), *report_in_force(t_.db(), a));
  EXPECT_EQ(report_in_force(t_.db(), a)->id, fixed);
  EXPECT_FALSE(corrected.earlier);
  EXPECT_TRUE(corrected.later);
}

TEST_F(UpdatesTest, TheLatestBlockerIsTheLatestReportsAsOfTheDate) {
  const Date as_of = parse_date("2026-12-31", "as-of");
  EXPECT_EQ(latest_blocker(t_.db(), id_, as_of), std::nullopt);  // no report yet
  ProgressUpdate u;
  u.project_id = id_;
  u.author = "张三";
  u.reported_on = "2026-03-31";
  u.blocker = "征地未完成";
  insert_update(t_.db(), u);
  u.reported_on = "2026-01-31";  // entered later, dated earlier: not the latest
  u.blocker = "规划调整";
  insert_update(t_.db(), u);
  EXPECT_EQ(latest_blocker(t_.db(), id_, as_of), "征地未完成");
  EXPECT_EQ(latest_blocker(t_.db(), id_, parse_date("2026-02-28", "as-of")), "规划调整");
  u.reported_on = "2026-10-31";  // a report that names no blocker: none now
  u.blocker.reset();
  insert_update(t_.db(), u);
  EXPECT_EQ(latest_blocker(t_.db(), id_, as_of), std::nullopt);
  EXPECT_EQ(latest_blocker(t_.db(), id_, parse_date("2026-09-30", "as-of")), "征地未完成");
}

}  // namespace
}  // namespace keyproj
