// Corrections: a wrong report is put right by a correction that names it (log --correct ID,
// an import's corrects column). Every figure uses the values in force, from the date of the
// report corrected; history keeps the original, the correction, who, when and why. Expected
// figures are computed here from the amounts the tests log.

#include <chrono>
#include <cmath>
#include <cstdint>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

using namespace std::chrono;

class Corrections : public Tracking {
 protected:
  // Logs a report of `yuan` on `date` and returns its id, as the confirmation prints it.
  std::int64_t log(const std::string& code, const std::string& date, std::int64_t yuan,
                   const std::vector<std::string>& more = {}) {
    std::vector<std::string> args{"log", code, "--date", date, "--invested", std::to_string(yuan)};
    args.insert(args.end(), more.begin(), more.end());
    const std::string out = ok(args);
    return std::stoll(out.substr(std::string("logged report ").size()));
  }
  // The completion rate as README defines it: invested ÷ budget, rounded to four decimals.
  static double rate(std::int64_t invested, std::int64_t budget) {
    return std::round(static_cast<double>(invested) / static_cast<double>(budget) * 10000.0) / 10000.0;
  }
  json report_total() {
    const json rows = json::parse(ok({"report", "--format", "json"}));
    return rows.back();
  }
  std::string csv_invested(const std::string& code) {
    const std::string list = ok({"project", "list", "--format", "csv"});
    const auto at = list.find(code + ",");
    const auto end = list.find("\r\n", at);
    const std::string row = list.substr(at, end - at);
    // code,name_zh,region,stage,owner,budget_yuan,invested_yuan,…
    std::size_t from = 0;
    for (int i = 0; i < 6; ++i) from = row.find(',', from) + 1;
    return row.substr(from, row.find(',', from) - from);
  }
};

constexpr std::int64_t kBudget = 150000000;  // TM-011's 1.5亿元

TEST_F(Corrections, ACorrectionReplacesTheReportInEveryFigure) {
  const std::int64_t a = 30000000, b = 45000000, c = 20000000, fixed = 5000000;
  const std::int64_t r1 = log("TM-011", "2026-08-31", a);
  const std::int64_t r2 = log("TM-011", "2026-09-30", b, {"--progress", "40", "--note", "主体施工"});
  const std::int64_t r3 = log("TM-011", "2026-10-31", c);
  const Outcome r = s.keyproj({"--user", "王五", "log", "TM-011", "--correct", std::to_string(r2), "--invested",
                               std::to_string(fixed), "--reason", "县里把累计数填成了本期数"});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::int64_t total = a + fixed + c;
  const std::int64_t correction = r3 + 1;
  EXPECT_EQ(r.out, "logged report " + std::to_string(correction) +
                       " for TM-011 天门市综合物流产业园项目 on 2026-09-30, correcting report " + std::to_string(r2) +
                       "\ninvested: 4500万元 → 500万元, total 5500万元 of budget 1.5亿元 (36.7%)\n");
  ASSERT_EQ(total, 55000000);  // the sentence above spells this total out
  EXPECT_EQ(r.err, "");

  const json j = show("TM-011");
  EXPECT_EQ(j["invested_yuan"], total);
  EXPECT_EQ(j["completion_rate"], rate(total, kBudget));
  EXPECT_EQ(j["progress_pct"], 40);  // left out of the correction: kept
  // The card and JSON list the reports in force, by date, each with its id.
  ASSERT_EQ(j["updates"].size(), 3u);
  EXPECT_EQ(j["updates"][0]["id"], r1);
  EXPECT_EQ(j["updates"][1]["id"], correction);
  EXPECT_EQ(j["updates"][1]["date"], "2026-09-30");
  EXPECT_EQ(j["updates"][1]["invested_yuan"], fixed);
  EXPECT_EQ(j["updates"][1]["note"], "主体施工");
  EXPECT_EQ(j["updates"][1]["author"], "王五");
  EXPECT_EQ(j["updates"][1]["corrects"], r2);
  EXPECT_EQ(j["updates"][1]["reason"], "县里把累计数填成了本期数");
  EXPECT_EQ(j["updates"][2]["id"], r3);
  const std::string card = ok({"project", "show", "TM-011"});
  std::string line = "#";  // appended: GCC 12 warns (-Wrestrict) of "#" + std::to_string(…)
  line += std::to_string(correction);
  line += " 2026-09-30 王五: planned, 40%, +500万元 — 主体施工\n               corrects #";
  line += std::to_string(r2);
  line += ": 县里把累计数填成了本期数\n";
  EXPECT_NE(card.find(line), std::string::npos) << card;
  EXPECT_EQ(card.find("4500万元"), std::string::npos) << card;

  const json t = report_total();
  EXPECT_EQ(t["invested_yuan"], total);
  EXPECT_EQ(csv_invested("TM-011"), std::to_string(total));
  const std::string exported = ok({"export", "--what", "projects", "--format", "json"});
  EXPECT_EQ(json::parse(exported)[0]["invested_yuan"], total);
}

TEST_F(Corrections, TheLatestCorrectionWinsAndACorrectedReportIsNoLongerTheOneToCorrect) {
  const std::int64_t a = 12000000;
  const std::int64_t r1 = log("TM-011", "2026-10-31", a, {"--progress", "20"});
  ok({"log", "TM-011", "--correct", std::to_string(r1), "--invested", "1", "--reason", "第一次更正"});
  const std::int64_t second = r1 + 1;
  expect_refused(s, {"log", "TM-011", "--correct", std::to_string(r1), "--invested", "2", "--reason", "再改"}, 4,
                 "report " + std::to_string(r1) + " was corrected by report " + std::to_string(second) +
                     "; correct report " + std::to_string(second) + ", the one in force");
  ok({"log", "TM-011", "--correct", std::to_string(second), "--progress", "25", "--reason", "第二次更正"});
  const json j = show("TM-011");
  EXPECT_EQ(j["invested_yuan"], 1);  // the first correction's amount, kept by the second
  EXPECT_EQ(j["progress_pct"], 25);
  ASSERT_EQ(j["updates"].size(), 1u);
  EXPECT_EQ(j["updates"][0]["id"], second + 1);
  EXPECT_EQ(j["updates"][0]["corrects"], r1);  // always the original
  // The updates export keeps every row: the record of what was reported.
  const std::string exported = ok({"export", "--what", "updates"});
  EXPECT_EQ(std::count(exported.begin(), exported.end(), '\n'), 4);
}

TEST_F(Corrections, RefusalsSayWhyAndWriteNothing) {
  const std::int64_t r1 = log("TM-011", "2026-10-31", 1000);
  const std::int64_t other = log("TM-012", "2026-10-31", 1000);
  const std::string id = std::to_string(r1);
  expect_refused(s, {"log", "TM-011", "--correct", id, "--invested", "5"}, 2,
                 "--correct needs --reason TEXT saying why the report is corrected");
  expect_refused(s, {"log", "TM-011", "--correct", std::to_string(other), "--invested", "5", "--reason", "x"}, 4,
                 "report " + std::to_string(other) + " is a report of TM-012, not of TM-011");
  expect_refused(s, {"log", "TM-011", "--correct", "99", "--invested", "5", "--reason", "x"}, 3,
                 "report 99 does not exist; `project show` lists a project's reports with their ids");
  expect_refused(s, {"log", "TM-011", "--correct", id, "--invested", "1000", "--reason", "x"}, 4,
                 "report " + id + " already has these values; a correction changes something");
  expect_refused(s, {"log", "TM-011", "--correct", id, "--date", "2026-11-01", "--invested", "5", "--reason", "x"}, 4,
                 "date '2026-11-01' is not the date of report " + id +
                     " (2026-10-31); a correction keeps the date of the report it corrects");
  expect_refused(s, {"log", "TM-011", "--invested", "-500万"}, 4,
                 "invested '-500万' is negative; a report cannot take investment back: correct the report that "
                 "overstated it with --correct REPORT_ID --invested AMOUNT --reason TEXT (project show lists the "
                 "reports' ids)");
  ok({"project", "archive", "TM-011"});
  expect_refused(s, {"log", "TM-011", "--correct", id, "--invested", "5", "--reason", "x"}, 4,
                 "project 'TM-011' is archived; it takes no corrections");
}

TEST_F(Corrections, HistoryShowsTheOriginalTheCorrectionWhoWhenAndWhy) {
  ok({"--user", "张三", "log", "TM-011", "--date", "2026-10-31", "--invested", "8000万"});
  ok({"--user", "李四", "log", "TM-011", "--correct", "1", "--invested", "800万", "--reason", "多填了一个零"});
  const json h = json::parse(ok({"history", "TM-011", "--format", "json"}));
  const json& original = h[h.size() - 2];
  const json& correction = h.back();
  EXPECT_EQ(original["user"], "张三");
  EXPECT_EQ(original["action"], "log");
  EXPECT_EQ(original["entity_id"], 1);
  EXPECT_EQ(original["after"]["invested_yuan"], 80000000);
  EXPECT_EQ(correction["user"], "李四");
  EXPECT_EQ(correction["action"], "correct");
  EXPECT_EQ(correction["entity_id"], 2);
  EXPECT_EQ(correction["corrects"], 1);
  EXPECT_EQ(correction["before"]["invested_yuan"], 80000000);
  EXPECT_EQ(correction["after"]["invested_yuan"], 8000000);
  EXPECT_EQ(correction["reason"], "多填了一个零");
  EXPECT_TRUE(correction["at"].is_string());
  const std::string table = ok({"history", "TM-011"});
  EXPECT_NE(table.find("report 2 corrects 1  invested_yuan: 8000万元 → 800万元\n"), std::string::npos) << table;
  EXPECT_NE(table.find("reason: 多填了一个零\n"), std::string::npos) << table;
}

TEST_F(Corrections, AStageCorrectionIsAMoveMadeOnTheCorrectedReportsDate) {
  log("TM-011", "2026-08-31", 1, {"--stage", "preparing"});
  const std::int64_t wrong = log("TM-011", "2026-09-30", 1, {"--stage", "completed"});
  // The latest report: from the stage before it (preparing) to building is forward, and the
  // project, still in the stage that report gave, follows.
  const Outcome r = s.keyproj({"log", "TM-011", "--correct", std::to_string(wrong), "--stage", "building", "--reason",
                               "尚未竣工"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\nstage: completed → building\n"), std::string::npos) << r.out;
  EXPECT_EQ(show("TM-011")["stage"], "building");
  // Behind the stage before it is a backward move, which needs --force.
  const std::string again = std::to_string(wrong + 1);
  expect_refused(s, {"log", "TM-011", "--correct", again, "--stage", "planned", "--reason", "x"}, 4,
                 "report " + again + " cannot be corrected to stage planned: stage preparing → planned is a backward "
                 "move; it needs --force and --reason");
  // An earlier report corrected: the later report gave the project its stage, which stays.
  ok({"log", "TM-011", "--correct", "1", "--stage", "building", "--reason", "八月已开工"});
  EXPECT_EQ(show("TM-011")["stage"], "building");
  ok({"log", "TM-011", "--date", "2026-10-31", "--stage", "operating"});
  ok({"log", "TM-011", "--correct", "4", "--stage", "completed", "--reason", "八月已竣工"});
  EXPECT_EQ(show("TM-011")["stage"], "operating");
}

TEST_F(Corrections, TheLightFollowsTheCorrectedInvestment) {
  ok({"project", "add", "--code", "TM-013", "--name", "天门市电商产业园项目", "--region", "TM", "--budget", "100000000",
      "--start", "2026-01-01", "--finish", "2027-12-31"});
  const std::int64_t budget = 100000000, reported = 90000000, fixed = 10000000;
  const auto days = [](int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2) {
    return (sys_days{year{y2} / m2 / d2} - sys_days{year{y1} / m1 / d1}).count();
  };
  const double elapsed = 100.0 * days(2026, 1, 1, 2026, 11, 22) / days(2026, 1, 1, 2027, 12, 31);
  const auto light = [&](std::int64_t invested) {
    return elapsed - 100.0 * invested / budget > 20 ? "amber" : "green";  // README's lag rule, 20 points
  };
  const std::int64_t id = log("TM-013", "2026-11-20", reported);
  EXPECT_EQ(show("TM-013")["light"], light(reported));
  ok({"log", "TM-013", "--correct", std::to_string(id), "--invested", std::to_string(fixed), "--reason", "单位错"});
  EXPECT_EQ(show("TM-013")["light"], light(fixed));
  EXPECT_STRNE(light(reported), light(fixed));  // the case shows the correction, not a constant
}

TEST_F(Corrections, AnImportCarriesCorrectionsAndItsDryRunNamesTheReports) {
  const std::int64_t wrong = 50000000, fixed = 5000000, other = 7000000;
  log("TM-012", "2026-10-31", other);
  const std::int64_t id = log("TM-011", "2026-10-31", wrong);
  const std::string sheet = s.write("更正.csv", "项目编号,调度日期,本期完成投资（元）,更正记录编号,更正原因\n"
                                                "TM-011,2026-10-31," + std::to_string(fixed) + "," +
                                                std::to_string(id) + ",多报一位\n");
  const std::string dry = ok({"import", sheet, "--what", "updates", "--dry-run"});
  EXPECT_EQ(dry, "add report " + std::to_string(id + 1) + " for TM-011 on 2026-10-31, correcting report " +
                     std::to_string(id) + ": 5000万元 → 500万元, total 500万元\n" +
                     sheet + ": 1 row, 0 problems; no new report to date its month\n"  // a correction reports nothing new
                     "dry run of " + sheet + " (updates): would add 1, change 0, leave 0 unchanged; nothing was written\n");
  ok({"import", sheet, "--what", "updates"});
  EXPECT_EQ(show("TM-011")["invested_yuan"], fixed);
  EXPECT_EQ(report_total()["invested_yuan"], fixed + other);
  // A reason on a row that corrects nothing is a slip, refused on its line.
  const std::string stray = s.write("stray.csv", "code,date,invested,reason\nTM-012,2026-11-01,1,多报\n");
  expect_refused(s, {"import", stray, "--what", "updates"}, 4,
                 stray + " line 2, column D: reason is the reason of a correction; this row corrects no report (give "
                         "its corrects)\nkeyproj: " + stray + ": 1 error; nothing was imported");
}

TEST_F(Corrections, AnExportWithCorrectionsImportsIntoAnEmptyDatabaseExactly) {
  const std::int64_t first = log("TM-011", "2026-09-30", 30000000, {"--stage", "building", "--progress", "30"});
  log("TM-012", "2026-09-30", 1000000, {"--note", "可研"});
  ok({"log", "TM-011", "--correct", std::to_string(first), "--invested", "3000000", "--reason", "单位错"});
  ok({"log", "TM-011", "--correct", std::to_string(first + 2), "--note", "补记", "--reason", "补充说明"});
  log("TM-011", "2026-10-31", 2000000);
  const std::string projects = s.write("projects.csv", ok({"export", "--what", "projects"}));
  const std::string updates = ok({"export", "--what", "updates"});
  const std::string file = s.write("updates.csv", updates);

  Sandbox copy;
  ASSERT_EQ(copy.keyproj({"init"}).code, 0);
  ASSERT_EQ(copy.keyproj({"import", projects, "--what", "projects"}).code, 0);
  // Projects arrive in their current stage: replayed reports walk it back (README).
  const Outcome r = copy.keyproj({"import", file, "--what", "updates", "--force", "--reason", "复制"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + file + ": 5 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(copy.keyproj({"export", "--what", "updates"}).out, updates);
  EXPECT_EQ(copy.keyproj({"export", "--what", "projects"}).out, ok({"export", "--what", "projects"}));
  // Imported again, it adds nothing.
  const Outcome again = copy.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(again.out, "imported updates from " + file + ": 0 added, 0 changed, 5 unchanged\n");
}

}  // namespace
}  // namespace keyproj::e2e
