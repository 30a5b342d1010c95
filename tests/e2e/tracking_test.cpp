// Tracking as an officer does it every month: progress reports, stages, milestones, edits,
// archiving and the history of every change, with exact outputs and exit codes.

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <thread>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

class Tracking : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM",
                         "--owner", "天门市商务局", "--budget", "1.5亿元", "--start", "2022", "--finish", "2025"})
                  .code,
              0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-012", "--name", "天门市冷链物流配送中心项目", "--region", "TM"})
                  .code,
              0);
  }
  // Runs a command that must succeed and returns its output.
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  json show(const std::string& code) { return json::parse(ok({"project", "show", code, "--format", "json"})); }
  Sandbox s;
};

// A refused command: its exit code and sentence, nothing on stdout, the database unchanged.
void expect_refused(Sandbox& s, const std::vector<std::string>& args, int code, const std::string& err) {
  const std::string before = s.dump();
  const Outcome r = s.keyproj(args);
  EXPECT_EQ(r.code, code) << args[0];
  EXPECT_EQ(r.err, "keyproj: " + err + "\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(s.dump(), before) << args[0];
}

// ---- log ----------------------------------------------------------------------------------

TEST_F(Tracking, LogRecordsAReportAndMovesTheStage) {
  const Outcome r = s.keyproj({"--user", "张三", "log", "TM-011", "--date", "2026-09-30", "--stage", "在建",
                               "--progress", "30", "--invested", "8000万", "--note", "主体结构施工", "--blocker",
                               "征地未完成"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "logged report 1 for TM-011 天门市综合物流产业园项目 on 2026-09-30\n"
            "stage: planned → building\n"
            "invested: +8000万元, total 8000万元 of budget 1.5亿元 (53.3%)\n");
  EXPECT_EQ(r.err, "");
  const json j = show("TM-011");
  EXPECT_EQ(j["stage"], "building");
  EXPECT_EQ(j["progress_pct"], 30);
  EXPECT_EQ(j["invested_yuan"], 80000000);
  EXPECT_EQ(j["completion_rate"], 0.5333);
  EXPECT_EQ(j["last_update"], "2026-09-30");
  EXPECT_EQ(j["updates"], json::parse(R"([{"date":"2026-09-30","stage":"building","progress_pct":30,
      "invested_yuan":80000000,"note":"主体结构施工","blocker":"征地未完成","author":"张三"}])"));
}

TEST_F(Tracking, LogDefaultsToTheAsOfDateAndTheUserAndAcceptsAUniqueNamePart) {
  EXPECT_EQ(ok({"log", "物流产业园", "--progress", "5%"}),
            "logged report 1 for TM-011 天门市综合物流产业园项目 on 2026-11-22\n");
  const json j = show("TM-011");
  EXPECT_EQ(j["updates"], json::parse(R"([{"date":"2026-11-22","stage":"planned","progress_pct":5,
      "invested_yuan":null,"note":null,"blocker":null,"author":"tester"}])"));
  EXPECT_EQ(j["invested_yuan"], 0);
  EXPECT_EQ(j["completion_rate"], 0.0);
}

TEST_F(Tracking, TheInvestedTotalIsTheSumAndAnOverrunIsRecordedWithAWarning) {
  ok({"log", "TM-011", "--date", "2026-09-30", "--invested", "1亿"});
  const Outcome r = s.keyproj({"log", "TM-011", "--invested", "60000000"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "logged report 2 for TM-011 天门市综合物流产业园项目 on 2026-11-22\n"
            "invested: +6000万元, total 1.6亿元 of budget 1.5亿元 (106.7%)\n");
  EXPECT_EQ(r.err,
            "keyproj: warning: invested total 1.6亿元 of TM-011 is beyond its budget of 1.5亿元; the report is "
            "recorded\n");
  const json j = show("TM-011");
  EXPECT_EQ(j["invested_yuan"], 160000000);
  EXPECT_EQ(j["completion_rate"], 1.0667);
  // Without a budget there is no rate, and no warning.
  const Outcome none = s.keyproj({"log", "TM-012", "--invested", "500万"});
  EXPECT_EQ(none.out,
            "logged report 3 for TM-012 天门市冷链物流配送中心项目 on 2026-11-22\n"
            "invested: +500万元, total 500万元\n");
  EXPECT_EQ(none.err, "");
  EXPECT_TRUE(show("TM-012")["completion_rate"].is_null());
}

TEST_F(Tracking, SuspendedProjectsReturnToTheStageTheyLeft) {
  ok({"log", "TM-011", "--stage", "preparing"});
  EXPECT_EQ(ok({"log", "TM-011", "--stage", "suspended", "--blocker", "资金未到位"}),
            "logged report 2 for TM-011 天门市综合物流产业园项目 on 2026-11-22\nstage: preparing → suspended\n");
  expect_refused(s, {"log", "TM-011", "--stage", "building"}, 4,
                 "stage suspended → building needs --force and --reason: a suspended project returns to the stage it "
                 "left (preparing)");
  EXPECT_EQ(ok({"log", "TM-011", "--stage", "preparing"}),
            "logged report 3 for TM-011 天门市综合物流产业园项目 on 2026-11-22\nstage: suspended → preparing\n");
  EXPECT_EQ(show("TM-011")["stage"], "preparing");
}

TEST_F(Tracking, BackwardMovesNeedForceAndAReasonAndCancelledIsFinal) {
  ok({"log", "TM-011", "--stage", "building"});
  expect_refused(s, {"log", "TM-011", "--stage", "preparing", "--invested", "100万"}, 4,
                 "stage building → preparing is a backward move; it needs --force and --reason");
  expect_refused(s, {"log", "TM-011", "--stage", "preparing", "--force"}, 4,
                 "stage building → preparing is a backward move; it needs --force and --reason");
  EXPECT_EQ(ok({"log", "TM-011", "--stage", "preparing", "--force", "--reason", "规划调整，重新报批"}),
            "logged report 2 for TM-011 天门市综合物流产业园项目 on 2026-11-22\nstage: building → preparing\n");
  ok({"log", "TM-011", "--stage", "cancelled"});
  expect_refused(s, {"log", "TM-011", "--stage", "building", "--force", "--reason", "重新启动"}, 4,
                 "stage cancelled → building is refused: a cancelled project stays cancelled");
  ok({"project", "add", "--code", "TM-013", "--name", "天门市电商产业园项目", "--region", "TM", "--stage", "operating"});
  expect_refused(s, {"log", "TM-013", "--stage", "suspended", "--force", "--reason", "停产"}, 4,
                 "stage operating → suspended is refused: only a project not yet completed can be suspended");
}

TEST_F(Tracking, LogRefusesBadInputWithOneSentenceAndWritesNothing) {
  expect_refused(s, {"log", "TM-011", "--progress", "120"}, 4,
                 "progress '120' is not a percentage; give a whole number from 0 to 100");
  expect_refused(s, {"log", "TM-011", "--progress", "4.5"}, 4,
                 "progress '4.5' is not a percentage; give a whole number from 0 to 100");
  expect_refused(s, {"log", "TM-011", "--invested", "-1"}, 4,
                 "invested '-1' is negative; money must be zero or more");
  expect_refused(s, {"log", "TM-011", "--date", "2026-12-01"}, 4,
                 "date '2026-12-01' is after today (2026-11-22); record what has happened, or set --as-of");
  expect_refused(s, {"log", "TM-011", "--date", "2026-11"}, 4, "date '2026-11' is not a date; give YYYY-MM-DD");
  expect_refused(s, {"log", "TM-011", "--stage", "started"}, 4,
                 "stage 'started' is not a stage; use planned, preparing, building, completed, operating, suspended "
                 "or cancelled");
  expect_refused(s, {"log", "物流"}, 2,
                 "project '物流' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, "
                 "TM-012 天门市冷链物流配送中心项目");
  expect_refused(s, {"log", "港口"}, 3, "project '港口' is not a code nor part of any project's name");
  expect_refused(s, {"log", "--progress", "5"}, 2, "--project is required");
}

TEST_F(Tracking, ReportsAreAppendOnlyInTheDatabase) {
  ok({"log", "TM-011", "--invested", "100万"});
  SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
  EXPECT_THROW(db.exec("UPDATE progress_update SET invested_yuan = 0"), SQLite::Exception);
}

// Several officers logging the same project at the same moment: every report is kept.
TEST_F(Tracking, ConcurrentLogsAllSucceedAndNoneIsLost) {
  constexpr int kOfficers = 8;
  std::vector<Outcome> outcomes(kOfficers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kOfficers; ++i)
    threads.emplace_back([&, i] {
      outcomes[i] = s.keyproj({"--user", "officer" + std::to_string(i), "log", "TM-011", "--invested", "100万",
                               "--note", "report " + std::to_string(i)});
    });
  for (auto& t : threads) t.join();
  for (int i = 0; i < kOfficers; ++i) {
    EXPECT_EQ(outcomes[i].code, 0) << i << ": " << outcomes[i].err;
    EXPECT_EQ(outcomes[i].err, "");
  }
  const json j = show("TM-011");
  EXPECT_EQ(j["invested_yuan"], kOfficers * 1000000);
  ASSERT_EQ(j["updates"].size(), static_cast<std::size_t>(kOfficers));
  std::set<std::string> authors;
  for (const auto& u : j["updates"]) authors.insert(u["author"].get<std::string>() + "/" + u["note"].get<std::string>());
  std::set<std::string> expected;
  for (int i = 0; i < kOfficers; ++i) expected.insert("officer" + std::to_string(i) + "/report " + std::to_string(i));
  EXPECT_EQ(authors, expected);
  SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT count(*) FROM audit WHERE action = 'log'");
  q.executeStep();
  EXPECT_EQ(q.getColumn(0).getInt(), kOfficers);
}

// ---- milestones -------------------------------------------------------------------------

class Milestones : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    ASSERT_EQ(ok({"milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"}), "1\n");
    ASSERT_EQ(ok({"milestone", "add", "物流产业园", "--title", "竣工验收", "--due", "2027"}), "2\n");
    ASSERT_EQ(ok({"milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2026-12-15"}), "3\n");
  }
};

TEST_F(Milestones, AddPrintsTheIdAndTakesThePeriodsLastDay) {
  const json j = show("TM-011");
  EXPECT_EQ(j["milestones"], json::parse(R"([
      {"id":1,"title":"主体工程完工","baseline_due":"2026-06-30","due":"2026-06-30","done_on":null},
      {"id":2,"title":"竣工验收","baseline_due":"2027-12-31","due":"2027-12-31","done_on":null}])"));
}

TEST_F(Milestones, ListInAllThreeFormatsWithDaysLate) {
  EXPECT_EQ(ok({"milestone", "list"}),
            "Id  Project  Milestone     Baseline    Due         Done  Days late\n"
            "--  -------  ------------  ----------  ----------  ----  ---------\n"
            " 1  TM-011   主体工程完工  2026-06-30  2026-06-30  —           145\n"
            " 2  TM-011   竣工验收      2027-12-31  2027-12-31  —             —\n"
            " 3  TM-012   冷库建成      2026-12-15  2026-12-15  —             —\n");
  EXPECT_EQ(ok({"milestone", "list", "TM-011", "--format", "csv"}),
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-06-30,,145\r\n"
            "2,TM-011,竣工验收,2027-12-31,2027-12-31,,\r\n");
  EXPECT_EQ(json::parse(ok({"milestone", "list", "冷链", "--format", "json"})),
            json::parse(R"([{"id":3,"project":"TM-012","title":"冷库建成","baseline_due":"2026-12-15",
                "due":"2026-12-15","done_on":null,"days_late":null}])"));
}

TEST_F(Milestones, ListsEveryProjectByCodeThenDueDate) {
  ok({"milestone", "add", "TM-011", "--title", "开工", "--due", "2022-03-01"});
  const std::string out = ok({"milestone", "list", "--format", "csv"});
  EXPECT_EQ(out,
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "4,TM-011,开工,2022-03-01,2022-03-01,,1727\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-06-30,,145\r\n"
            "2,TM-011,竣工验收,2027-12-31,2027-12-31,,\r\n"
            "3,TM-012,冷库建成,2026-12-15,2026-12-15,,\r\n");
}

TEST_F(Milestones, MoveKeepsTheBaselineAndDoneClosesIt) {
  EXPECT_EQ(ok({"--user", "张三", "milestone", "move", "1", "--due", "2026-09", "--reason", "征地延误"}),
            "milestone 1 of TM-011 moved from 2026-06-30 to 2026-09-30 (baseline 2026-06-30): 主体工程完工\n");
  EXPECT_EQ(ok({"milestone", "move", "1", "--due", "2026-12-31", "--reason", "资金未到位"}),
            "milestone 1 of TM-011 moved from 2026-09-30 to 2026-12-31 (baseline 2026-06-30): 主体工程完工\n");
  EXPECT_EQ(ok({"milestone", "done", "2", "--date", "2026-11-01"}),
            "milestone 2 of TM-011 done on 2026-11-01: 竣工验收\n");
  EXPECT_EQ(ok({"milestone", "list", "TM-011", "--format", "csv"}),
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-12-31,,\r\n"
            "2,TM-011,竣工验收,2027-12-31,2027-12-31,2026-11-01,\r\n");
  EXPECT_EQ(ok({"milestone", "list", "TM-011", "--open", "--format", "csv"}),
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-12-31,,\r\n");
  SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT from_due, to_due, reason, moved_at, author FROM milestone_move ORDER BY id");
  std::vector<std::string> moves;
  while (q.executeStep())
    moves.push_back(q.getColumn(0).getString() + " " + q.getColumn(1).getString() + " " + q.getColumn(2).getString() +
                    " " + q.getColumn(3).getString() + " " + q.getColumn(4).getString());
  EXPECT_EQ(moves, (std::vector<std::string>{"2026-06-30 2026-09-30 征地延误 2026-11-22 张三",
                                             "2026-09-30 2026-12-31 资金未到位 2026-11-22 tester"}));
}

TEST_F(Milestones, DoneDefaultsToTheAsOfDate) {
  EXPECT_EQ(ok({"milestone", "done", "3"}), "milestone 3 of TM-012 done on 2026-11-22: 冷库建成\n");
}

TEST_F(Milestones, RefusalsWriteNothing) {
  ok({"milestone", "done", "2", "--date", "2026-11-01"});
  expect_refused(s, {"milestone", "done", "2"}, 4, "milestone 2 is already done (on 2026-11-01)");
  expect_refused(s, {"milestone", "move", "2", "--due", "2028", "--reason", "x"}, 4,
                 "milestone 2 was done on 2026-11-01; a reached milestone keeps its date");
  expect_refused(s, {"milestone", "move", "1", "--due", "2026-06-30", "--reason", "x"}, 4,
                 "milestone 1 is already due on 2026-06-30");
  expect_refused(s, {"milestone", "move", "1", "--due", "2026-09"}, 2, "--reason is required");
  expect_refused(s, {"milestone", "move", "1", "--reason", "x"}, 2, "--due is required");
  expect_refused(s, {"milestone", "move", "1", "--due", "2026-09", "--reason", ""}, 4, "reason is empty; give a value");
  expect_refused(s, {"milestone", "done", "99"}, 3, "milestone 99 does not exist");
  expect_refused(s, {"milestone", "done", "abc"}, 2,
                 "milestone 'abc' is not a milestone id; give the number 'milestone list' shows");
  expect_refused(s, {"milestone", "done", "1", "--date", "2027-01-01"}, 4,
                 "date '2027-01-01' is after today (2026-11-22); record what has happened, or set --as-of");
  expect_refused(s, {"milestone", "add", "TM-011", "--title", "x", "--due", "2026-13"}, 4, "due '2026-13' has no month 13");
  expect_refused(s, {"milestone", "add", "TM-011", "--due", "2026"}, 2, "--title is required");
  expect_refused(s, {"milestone", "add", "物流", "--title", "x", "--due", "2026"}, 2,
                 "project '物流' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, "
                 "TM-012 天门市冷链物流配送中心项目");
  expect_refused(s, {"milestone", "list", "港口"}, 3, "project '港口' is not a code nor part of any project's name");
}

// ---- project show -----------------------------------------------------------------------

TEST_F(Milestones, ShowCardHasFiguresMilestonesWithDaysLateAndTheLastFiveReports) {
  ok({"--user", "张三", "log", "TM-011", "--date", "2026-05-31", "--stage", "building", "--progress", "10",
      "--invested", "1000万", "--note", "桩基施工"});
  for (const std::string month : {"06-30", "07-31", "08-31", "09-30"})
    ok({"--user", "张三", "log", "TM-011", "--date", "2026-" + month, "--invested", "1000万"});
  ok({"--user", "李四", "log", "TM-011", "--progress", "45", "--invested", "3000万", "--note", "主体结构封顶", "--blocker",
      "征地未完成"});
  ok({"milestone", "move", "1", "--due", "2026-09", "--reason", "征地延误"});
  ok({"milestone", "add", "TM-011", "--title", "开工", "--due", "2022-03-01"});
  ok({"milestone", "done", "4", "--date", "2022-04-15"});
  EXPECT_EQ(ok({"project", "show", "TM-011"}),
            "TM-011       天门市综合物流产业园项目\n"
            "Region       天门 TM\n"
            "Program      (not stated)\n"
            "Category     (not stated)\n"
            "Location     (not stated)\n"
            "Scale        (not stated)\n"
            "Owner        天门市商务局\n"
            "Stage        building\n"
            "Progress     45%\n"
            "Budget       1.5亿元\n"
            "Invested     8000万元\n"
            "Completion   53.3%\n"
            "Last report  2026-11-22\n"
            "Start        2022-01-01\n"
            "Finish       2025-12-31\n"
            "Milestones   #4 开工: due 2022-03-01, done 2022-04-15\n"
            "             #1 主体工程完工: due 2026-09-30 (baseline 2026-06-30), 53 days late\n"
            "             #2 竣工验收: due 2027-12-31\n"
            "Reports      2026-11-22 李四: building, 45%, +3000万元 — 主体结构封顶\n"
            "               blocker: 征地未完成\n"
            "             2026-09-30 张三: building, +1000万元\n"
            "             2026-08-31 张三: building, +1000万元\n"
            "             2026-07-31 张三: building, +1000万元\n"
            "             2026-06-30 张三: building, +1000万元\n");
}

TEST_F(Tracking, ShowCardOfAProjectWithNothingReported) {
  EXPECT_EQ(ok({"project", "show", "TM-012"}),
            "TM-012       天门市冷链物流配送中心项目\n"
            "Region       天门 TM\n"
            "Program      (not stated)\n"
            "Category     (not stated)\n"
            "Location     (not stated)\n"
            "Scale        (not stated)\n"
            "Owner        (not stated)\n"
            "Stage        planned\n"
            "Progress     (not reported)\n"
            "Budget       (not stated)\n"
            "Invested     0元\n"
            "Completion   —\n"
            "Last report  (none)\n"
            "Start        (not stated)\n"
            "Finish       (not stated)\n"
            "Milestones   (none)\n"
            "Reports      (none)\n");
  ok({"log", "TM-012", "--stage", "suspended"});
  const std::string card = ok({"project", "show", "TM-012"});
  EXPECT_NE(card.find("Stage        suspended (left planned)\n"), std::string::npos) << card;
}

TEST_F(Tracking, ListJsonCarriesTheTrackingFields) {
  ok({"log", "TM-011", "--progress", "20", "--invested", "3000万"});
  ok({"milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"});
  const json list = json::parse(ok({"project", "list", "--format", "json"}));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["progress_pct"], 20);
  EXPECT_EQ(list[0]["invested_yuan"], 30000000);
  EXPECT_EQ(list[0]["completion_rate"], 0.2);
  EXPECT_EQ(list[0]["last_update"], "2026-11-22");
  EXPECT_EQ(list[0]["milestones"].size(), 1u);
  EXPECT_EQ(list[0]["updates"].size(), 1u);
  EXPECT_TRUE(list[1]["progress_pct"].is_null());
  EXPECT_EQ(list[1]["milestones"], json::array());
  EXPECT_EQ(list[1]["updates"], json::array());
}

// ---- project edit and archive -----------------------------------------------------------

TEST_F(Tracking, EditChangesFieldsAndSaysWhatChanged) {
  EXPECT_EQ(ok({"project", "edit", "TM-011", "--budget", "2亿", "--finish", "2026-06", "--county", "天门市", "--owner",
                "天门市发改委"}),
            "edited TM-011 天门市综合物流产业园项目\n"
            "  county: — → 天门市\n"
            "  owner: 天门市商务局 → 天门市发改委\n"
            "  budget_yuan: 1.5亿元 → 2亿元\n"
            "  planned_finish: 2025-12-31 → 2026-06-30\n");
  const json j = show("TM-011");
  EXPECT_EQ(j["budget_yuan"], 200000000);
  EXPECT_EQ(j["planned_finish"], "2026-06-30");
  EXPECT_EQ(j["finish_source"], "officer");
  EXPECT_EQ(j["county"], "天门市");
  EXPECT_EQ(j["owner"], "天门市发改委");
  EXPECT_EQ(ok({"project", "edit", "TM-011", "--budget", "2亿"}), "TM-011 天门市综合物流产业园项目: nothing changed\n");
  EXPECT_EQ(ok({"project", "edit", "TM-011", "--county", ""}),
            "edited TM-011 天门市综合物流产业园项目\n  county: 天门市 → —\n");
  EXPECT_TRUE(show("TM-011")["county"].is_null());
}

TEST_F(Tracking, AnEditedFinishIsTheOfficersEvenWhenThePlanGaveIt) {
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE project SET finish_source = 'plan' WHERE code = 'TM-011'");
  }
  EXPECT_EQ(ok({"project", "edit", "TM-011", "--finish", "2025"}),
            "edited TM-011 天门市综合物流产业园项目\n  finish_source: plan → officer\n");
}

TEST_F(Tracking, EditMovesTheStageByTheSameRulesAsLog) {
  ok({"project", "edit", "TM-011", "--stage", "building"});
  // A refused stage move leaves the other fields given with it unwritten too.
  expect_refused(s, {"project", "edit", "TM-011", "--budget", "3亿", "--stage", "planned"}, 4,
                 "stage building → planned is a backward move; it needs --force and --reason");
  EXPECT_EQ(ok({"project", "edit", "TM-011", "--stage", "planned", "--force", "--reason", "项目重新论证"}),
            "edited TM-011 天门市综合物流产业园项目\n  stage: building → planned\n");
  ok({"project", "edit", "TM-011", "--stage", "取消"});
  expect_refused(s, {"project", "edit", "TM-011", "--stage", "planned", "--force", "--reason", "x"}, 4,
                 "stage cancelled → planned is refused: a cancelled project stays cancelled");
}

TEST_F(Tracking, EditRefusalsWriteNothing) {
  expect_refused(s, {"project", "edit", "TM-011"}, 2,
                 "project edit needs a field to change, such as --budget, --finish, --owner or --stage");
  expect_refused(s, {"project", "edit", "TM-011", "--start", "2026"}, 4,
                 "finish '2025-12-31' is before start '2026-01-01'");
  expect_refused(s, {"project", "edit", "TM-011", "--budget", "很多"}, 4,
                 "budget '很多' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿");
  expect_refused(s, {"project", "edit", "TM-011", "--name", ""}, 4, "name is empty; give a value");
  expect_refused(s, {"project", "edit", "TM-999", "--budget", "1亿"}, 3,
                 "project 'TM-999' is not a code nor part of any project's name");
}

TEST_F(Tracking, ArchivedProjectsLeaveListsButKeepTheirRecord) {
  ok({"milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2026-06"});
  EXPECT_EQ(ok({"project", "archive", "冷链"}), "archived TM-012 天门市冷链物流配送中心项目\n");
  EXPECT_EQ(ok({"project", "list", "--format", "csv"}),
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish\r\n"
            "TM-011,天门市综合物流产业园项目,TM,planned,天门市商务局,150000000,0,2025-12-31\r\n");
  EXPECT_EQ(ok({"milestone", "list", "--format", "csv"}), "id,project,title,baseline_due,due,done_on,days_late\r\n");
  // "物流" now names one project only; the archived one is still found by its code.
  EXPECT_EQ(ok({"log", "物流"}), "logged report 1 for TM-011 天门市综合物流产业园项目 on 2026-11-22\n");
  const std::string card = ok({"project", "show", "TM-012"});
  EXPECT_NE(card.find("\nArchived     yes\n"), std::string::npos) << card;
  expect_refused(s, {"project", "show", "冷链"}, 3, "project '冷链' is not a code nor part of any project's name");
  expect_refused(s, {"project", "archive", "TM-012"}, 4, "project 'TM-012' is already archived");
  expect_refused(s, {"log", "TM-012"}, 4, "project 'TM-012' is archived; it takes no more reports");
  expect_refused(s, {"milestone", "add", "TM-012", "--title", "x", "--due", "2027"}, 4,
                 "project 'TM-012' is archived; it takes no new milestones");
  expect_refused(s, {"milestone", "done", "1"}, 4, "project 'TM-012' is archived; it takes no milestone changes");
  SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT archived_at FROM project WHERE code = 'TM-012'");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "2026-11-22");
}

// ---- history ----------------------------------------------------------------------------

// Audit times are the real clock's: the tests read them as a placeholder of the same width.
std::string without_times(const std::string& text) {
  static const std::regex local(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)");
  static const std::regex utc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
  return std::regex_replace(std::regex_replace(text, utc, "<at>"), local, "YYYY-MM-DD hh:mm:ss");
}

TEST_F(Tracking, HistoryListsEveryChangeOldestFirst) {
  ok({"--user", "张三", "log", "TM-011", "--stage", "building", "--progress", "30", "--invested", "2000万", "--blocker",
      "征地未完成"});
  ok({"--user", "李四", "milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"});
  ok({"--user", "李四", "milestone", "move", "1", "--due", "2026-12", "--reason", "征地延误"});
  ok({"--user", "李四", "milestone", "done", "1"});
  ok({"--user", "王五", "project", "edit", "TM-011", "--budget", "2亿", "--stage", "preparing", "--force", "--reason",
      "重新报批"});
  ok({"log", "TM-012", "--note", "另一个项目"});  // not in TM-011's history
  ok({"--user", "王五", "project", "archive", "TM-011"});
  EXPECT_EQ(without_times(ok({"history", "TM-011"})),
            "When                 Who     What                Change\n"
            "-------------------  ------  ------------------  ---------------------------------\n"
            "YYYY-MM-DD hh:mm:ss  tester  project create      code: TM-011\n"
            "                                                 name_zh: 天门市综合物流产业园项目\n"
            "                                                 region: TM\n"
            "                                                 owner: 天门市商务局\n"
            "                                                 stage: planned\n"
            "                                                 budget_yuan: 1.5亿元\n"
            "                                                 planned_start: 2022-01-01\n"
            "                                                 planned_finish: 2025-12-31\n"
            "                                                 finish_source: officer\n"
            "YYYY-MM-DD hh:mm:ss  张三    report 1 log        reported_on: 2026-11-22\n"
            "                                                 stage: building\n"
            "                                                 progress_pct: 30\n"
            "                                                 invested_yuan: 2000万元\n"
            "                                                 blocker: 征地未完成\n"
            "YYYY-MM-DD hh:mm:ss  张三    project stage       stage: planned → building\n"
            "YYYY-MM-DD hh:mm:ss  李四    milestone 1 create  title: 主体工程完工\n"
            "                                                 baseline_due: 2026-06-30\n"
            "                                                 due: 2026-06-30\n"
            "YYYY-MM-DD hh:mm:ss  李四    milestone 1 move    due: 2026-06-30 → 2026-12-31\n"
            "                                                 reason: 征地延误\n"
            "YYYY-MM-DD hh:mm:ss  李四    milestone 1 done    done_on: — → 2026-11-22\n"
            "YYYY-MM-DD hh:mm:ss  王五    project edit        budget_yuan: 1.5亿元 → 2亿元\n"
            "YYYY-MM-DD hh:mm:ss  王五    project stage       stage: building → preparing\n"
            "                                                 reason: 重新报批\n"
            "YYYY-MM-DD hh:mm:ss  王五    project archive     archived_at: — → 2026-11-22\n");
}

TEST_F(Tracking, HistoryAsCsvAndJsonKeepsTheStoredBeforeAndAfter) {
  ok({"--user", "李四", "milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2026-06"});
  ok({"--user", "李四", "milestone", "move", "1", "--due", "2026-12", "--reason", "设备未到货"});
  EXPECT_EQ(without_times(ok({"history", "冷链", "--format", "csv"})),
            "at,user,entity,entity_id,action,before,after,reason\r\n"
            "<at>,tester,project,2,create,,\"{\"\"code\"\":\"\"TM-012\"\",\"\"name_zh\"\":\"\"天门市冷链物流配送中心项目\"\","
            "\"\"name_en\"\":null,\"\"region\"\":\"\"TM\"\",\"\"county\"\":null,\"\"program\"\":null,\"\"category\"\":null,"
            "\"\"location\"\":null,\"\"scale\"\":null,\"\"owner\"\":null,\"\"stage\"\":\"\"planned\"\",\"\"budget_yuan\"\":null,"
            "\"\"planned_start\"\":null,\"\"planned_finish\"\":null,\"\"finish_source\"\":null}\",\r\n"
            "<at>,李四,milestone,1,create,,\"{\"\"title\"\":\"\"冷库建成\"\",\"\"baseline_due\"\":\"\"2026-06-30\"\","
            "\"\"due\"\":\"\"2026-06-30\"\"}\",\r\n"
            "<at>,李四,milestone,1,move,\"{\"\"due\"\":\"\"2026-06-30\"\"}\",\"{\"\"due\"\":\"\"2026-12-31\"\"}\",设备未到货\r\n");
  const json j = json::parse(ok({"history", "TM-012", "--format", "json"}));
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[2]["user"], "李四");
  EXPECT_EQ(j[2]["entity"], "milestone");
  EXPECT_EQ(j[2]["entity_id"], 1);
  EXPECT_EQ(j[2]["action"], "move");
  EXPECT_EQ(j[2]["before"], json::parse(R"({"due":"2026-06-30"})"));
  EXPECT_EQ(j[2]["after"], json::parse(R"({"due":"2026-12-31"})"));
  EXPECT_EQ(j[2]["reason"], "设备未到货");
  EXPECT_TRUE(j[0]["before"].is_null());
  EXPECT_TRUE(j[0]["reason"].is_null());
  EXPECT_EQ(without_times(j[0]["at"].get<std::string>()), "<at>");
}

TEST_F(Tracking, HistoryOfAnUnknownOrAmbiguousProject) {
  expect_refused(s, {"history", "港口"}, 3, "project '港口' is not a code nor part of any project's name");
  expect_refused(s, {"history", "物流"}, 2,
                 "project '物流' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, "
                 "TM-012 天门市冷链物流配送中心项目");
}

}  // namespace
}  // namespace keyproj::e2e
