// Tracking as an officer does it every month: progress reports and stage moves (also under
// concurrent officers), the project card and JSON, edits and archiving, with exact outputs and
// exit codes.

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <thread>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

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
  EXPECT_EQ(j["updates"], json::parse(R"([{"id":1,"date":"2026-09-30","stage":"building","progress_pct":30,
      "invested_yuan":80000000,"note":"主体结构施工","blocker":"征地未完成","author":"张三","corrects":null,
      "reason":null}])"));
}

// Two amounts that would round alike (1.5亿元 and 1.5亿元) are printed exactly wherever a
// sentence compares them: the total and the budget, a correction's before and after, an edit.
TEST_F(Tracking, AmountsThatWouldReadAlikeArePrintedExactly) {
  const std::int64_t budget = 150000000;  // the fixture's 1.5亿元
  const std::string over = std::to_string(budget + 1);
  Outcome r = s.keyproj({"log", "TM-011", "--date", "2026-09-30", "--invested", over});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "logged report 1 for TM-011 天门市综合物流产业园项目 on 2026-09-30\n"
            "invested: +1.5亿元, total 150,000,001元 of budget 150,000,000元 (100.0%)\n");
  EXPECT_EQ(r.err,
            "keyproj: warning: invested total 150,000,001元 of TM-011 is beyond its budget of 150,000,000元; the "
            "report is recorded\n");
  // A correction by two yuan: before and after differ by less than the rounding.
  r = s.keyproj({"log", "TM-011", "--correct", "1", "--invested", std::to_string(budget + 3), "--reason", "复核"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "logged report 2 for TM-011 天门市综合物流产业园项目 on 2026-09-30, correcting report 1\n"
            "invested: 150,000,001元 → 150,000,003元, total 150,000,003元 of budget 150,000,000元 (100.0%)\n");
  EXPECT_EQ(r.err,
            "keyproj: warning: invested total 150,000,003元 of TM-011 is beyond its budget of 150,000,000元; the "
            "correction is recorded\n");
  // An edit of the budget by one yuan, and the history of it.
  r = s.keyproj({"project", "edit", "TM-011", "--budget", std::to_string(budget + 1)});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "edited TM-011 天门市综合物流产业园项目\n  budget_yuan: 150,000,000元 → 150,000,001元\n");
  EXPECT_NE(s.keyproj({"history", "TM-011"}).out.find("budget_yuan: 150,000,000元 → 150,000,001元"), std::string::npos);
  // Amounts that read apart keep their units.
  r = s.keyproj({"project", "edit", "TM-011", "--budget", "2亿"});
  EXPECT_EQ(r.out, "edited TM-011 天门市综合物流产业园项目\n  budget_yuan: 1.5亿元 → 2亿元\n");
}

TEST_F(Tracking, LogDefaultsToTheAsOfDateAndTheUserAndAcceptsAUniqueNamePart) {
  EXPECT_EQ(ok({"log", "物流产业园", "--progress", "5%"}),
            "logged report 1 for TM-011 天门市综合物流产业园项目 on 2026-11-22\n");
  const json j = show("TM-011");
  EXPECT_EQ(j["updates"], json::parse(R"([{"id":1,"date":"2026-11-22","stage":"planned","progress_pct":5,
      "invested_yuan":null,"note":null,"blocker":null,"author":"tester","corrects":null,"reason":null}])"));
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
  // One report a month: a day takes one report (the same month never counts twice).
  ok({"log", "TM-011", "--date", "2026-09-30", "--stage", "preparing"});
  EXPECT_EQ(ok({"log", "TM-011", "--date", "2026-10-31", "--stage", "suspended", "--blocker", "资金未到位"}),
            "logged report 2 for TM-011 天门市综合物流产业园项目 on 2026-10-31\nstage: preparing → suspended\n");
  expect_refused(s, {"log", "TM-011", "--stage", "building"}, 4,
                 "stage suspended → building needs --force and --reason: a suspended project returns to the stage it "
                 "left (preparing)");
  EXPECT_EQ(ok({"log", "TM-011", "--stage", "preparing"}),
            "logged report 3 for TM-011 天门市综合物流产业园项目 on 2026-11-22\nstage: suspended → preparing\n");
  EXPECT_EQ(show("TM-011")["stage"], "preparing");
}

TEST_F(Tracking, BackwardMovesNeedForceAndAReasonAndCancelledIsFinal) {
  ok({"log", "TM-011", "--date", "2026-10-31", "--stage", "building"});
  expect_refused(s, {"log", "TM-011", "--stage", "preparing", "--invested", "100万"}, 4,
                 "stage building → preparing is a backward move; it needs --force and --reason");
  expect_refused(s, {"log", "TM-011", "--stage", "preparing", "--force"}, 4,
                 "stage building → preparing is a backward move; it needs --force and --reason");
  EXPECT_EQ(ok({"log", "TM-011", "--stage", "preparing", "--force", "--reason", "规划调整，重新报批"}),
            "logged report 2 for TM-011 天门市综合物流产业园项目 on 2026-11-22\nstage: building → preparing\n");
  ok({"log", "TM-011", "--stage", "cancelled", "--again"});  // a second report on 2026-11-22
  expect_refused(s, {"log", "TM-011", "--stage", "building", "--force", "--reason", "重新启动"}, 4,
                 "stage cancelled → building is refused: a cancelled project stays cancelled");
  ok({"project", "add", "--code", "TM-013", "--name", "天门市电商产业园项目", "--region", "TM", "--stage", "operating"});
  expect_refused(s, {"log", "TM-013", "--stage", "suspended", "--force", "--reason", "停产"}, 4,
                 "stage operating → suspended is refused: only a project not yet completed can be suspended");
}

TEST_F(Tracking, LogReadsAPercentAsAnImportReadsIt) {
  // 40.0 is how a spreadsheet saves a whole 40: an import takes it, and so does log.
  ASSERT_EQ(s.keyproj({"log", "TM-011", "--date", "2026-10-31", "--progress", "40.0"}).code, 0);
  EXPECT_EQ(show("TM-011")["progress_pct"], 40);
  const std::string sheet = s.write("progress.csv", "code,date,progress\nTM-011,2026-11-22,45.0\n");
  ASSERT_EQ(s.keyproj({"import", sheet, "--what", "updates"}).code, 0);
  EXPECT_EQ(show("TM-011")["progress_pct"], 45);
}

TEST_F(Tracking, LogRefusesBadInputWithOneSentenceAndWritesNothing) {
  expect_refused(s, {"log", "TM-011", "--progress", "120"}, 4,
                 "progress '120' is not a percentage; give a whole number from 0 to 100");
  expect_refused(s, {"log", "TM-011", "--progress", "4.5"}, 4,
                 "progress '4.5' is not a percentage; give a whole number from 0 to 100");
  expect_refused(s, {"log", "TM-011", "--invested", "-1"}, 4,
                 "invested '-1' is negative; a report cannot take investment back: correct the report that "
                 "overstated it with --correct REPORT_ID --invested AMOUNT --reason TEXT (project show lists the "
                 "reports' ids)");
  expect_refused(s, {"log", "TM-011", "--date", "2026-12-01"}, 4,
                 "date '2026-12-01' is after today (2026-11-22); record what has happened, or set --as-of");
  expect_refused(s, {"log", "TM-011", "--date", "2026-11"}, 4,
                 "date '2026-11' is a month or a year, not a day; give YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
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
  EXPECT_THROW(s.sql("UPDATE progress_update SET invested_yuan = 0"), std::runtime_error);
  EXPECT_EQ(s.query_one("SELECT invested_yuan FROM progress_update"), "1000000");
}

// Several officers logging the same project at the same moment, each for a day of its own:
// every report is kept.
TEST_F(Tracking, ConcurrentLogsAllSucceedAndNoneIsLost) {
  constexpr int kOfficers = 8;
  std::vector<Outcome> outcomes(kOfficers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kOfficers; ++i)
    threads.emplace_back([&, i] {
      outcomes[i] = s.keyproj({"--user", "officer" + std::to_string(i), "log", "TM-011", "--date",
                               "2026-11-0" + std::to_string(i + 1), "--invested", "100万", "--note",
                               "report " + std::to_string(i)});
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
  // Each report recorded once, under the officer who wrote it.
  EXPECT_EQ(s.rows("SELECT count(DISTINCT author), count(*) FROM progress_update"),
            (Rows{{std::to_string(kOfficers), std::to_string(kOfficers)}}));
}

// The same officers all logging one day at the same moment: the check for a report already on
// that day runs inside the write transaction, so exactly one passes it and the others are
// refused naming that one's report.
TEST_F(Tracking, ConcurrentLogsOfOneDayRecordItOnce) {
  constexpr int kOfficers = 8;
  std::vector<Outcome> outcomes(kOfficers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kOfficers; ++i)
    threads.emplace_back([&, i] {
      outcomes[i] = s.keyproj({"--user", "officer" + std::to_string(i), "log", "TM-011", "--date", "2026-10-31",
                               "--invested", "100万"});
    });
  for (auto& t : threads) t.join();
  int logged = 0;
  for (const Outcome& o : outcomes) {
    if (o.code == 0) {
      ++logged;
      continue;
    }
    EXPECT_EQ(o.code, 4) << o.err;
    EXPECT_EQ(o.err, "keyproj: TM-011 already has report 1 on 2026-10-31; to put it right, log TM-011 --correct 1 "
                     "--reason TEXT; for a second report that day, add --again\n");
  }
  EXPECT_EQ(logged, 1);
  EXPECT_EQ(show("TM-011")["invested_yuan"], 1000000);
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
            "Leader       (none)\n"
            "Stage        planned\n"
            "Progress     (not reported)\n"
            "Budget       (not stated)\n"
            "Invested     0元\n"
            "Completion   —\n"
            "Light        green\n"
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

TEST_F(Tracking, EditReachesEveryField) {
  EXPECT_EQ(ok({"project", "edit", "冷链", "--name", "天门市冷链物流中心项目", "--name-en", "Tianmen Cold Chain Centre",
                "--program", "专栏4 农商互联体系工程", "--category", "cold chain", "--location", "天门经济开发区",
                "--scale", "冷库 5 万吨", "--start", "2023-03", "--finish", "2026"}),
            "edited TM-012 天门市冷链物流配送中心项目\n"
            "  name_zh: 天门市冷链物流配送中心项目 → 天门市冷链物流中心项目\n"
            "  name_en: — → Tianmen Cold Chain Centre\n"
            "  program: — → 专栏4 农商互联体系工程\n"
            "  category: — → cold chain\n"
            "  location: — → 天门经济开发区\n"
            "  scale: — → 冷库 5 万吨\n"
            "  planned_start: — → 2023-03-01\n"
            "  planned_finish: — → 2026-12-31\n"
            "  finish_source: — → officer\n");
  const json j = show("TM-012");
  EXPECT_EQ(j["name_zh"], "天门市冷链物流中心项目");
  EXPECT_EQ(j["name_en"], "Tianmen Cold Chain Centre");
  EXPECT_EQ(j["program"], "专栏4 农商互联体系工程");
  EXPECT_EQ(j["category"], "cold chain");
  EXPECT_EQ(j["location"], "天门经济开发区");
  EXPECT_EQ(j["scale"], "冷库 5 万吨");
  EXPECT_EQ(j["planned_start"], "2023-03-01");
  EXPECT_EQ(j["planned_finish"], "2026-12-31");
}

TEST_F(Tracking, AnEditedFinishIsTheOfficersEvenWhenThePlanGaveIt) {
  s.sql("UPDATE project SET finish_source = 'plan' WHERE code = 'TM-011'");
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
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light\r\n"
            "TM-011,天门市综合物流产业园项目,TM,planned,天门市商务局,150000000,0,2025-12-31,red\r\n");
  EXPECT_EQ(ok({"milestone", "list", "--format", "csv"}), "id,project,title,baseline_due,due,done_on,days_late\r\n");
  // "物流" now names one project only; the archived one is still found by its code.
  EXPECT_EQ(ok({"log", "物流"}), "logged report 1 for TM-011 天门市综合物流产业园项目 on 2026-11-22\n");
  const std::string card = ok({"project", "show", "TM-012"});
  EXPECT_NE(card.find("\nArchived     " + s.as_of + "\n"), std::string::npos) << card;
  expect_refused(s, {"project", "show", "冷链"}, 3, "project '冷链' is not a code nor part of any project's name");
  expect_refused(s, {"project", "archive", "TM-012"}, 4, "project 'TM-012' is already archived");
  expect_refused(s, {"log", "TM-012"}, 4, "project 'TM-012' is archived; it takes no more reports");
  expect_refused(s, {"milestone", "add", "TM-012", "--title", "x", "--due", "2027"}, 4,
                 "project 'TM-012' is archived; it takes no new milestones");
  expect_refused(s, {"milestone", "done", "1"}, 4, "project 'TM-012' is archived; it takes no milestone changes");
  EXPECT_EQ(s.query_one("SELECT archived_at FROM project WHERE code = 'TM-012'"), "2026-11-22");
}

}  // namespace
}  // namespace keyproj::e2e
