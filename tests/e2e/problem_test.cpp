// Problems (问题清单): add, list, show, update (an escalation), resolve (销号) and reopen, their
// refusals, and how history shows each change. The sandbox's as-of date is 2026-11-22.

#include <gtest/gtest.h>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

class Problems : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    ASSERT_EQ(ok({"problem", "add", "TM-011", "--text", "征地拆迁未完成", "--unit", "天门市自然资源局", "--due",
                  "2026-10-31", "--date", "2026-09-01"}),
              "1\n");
    ASSERT_EQ(ok({"problem", "add", "冷链", "--text", "电力接入滞后", "--level", "city", "--date", "2026-10-15"}), "2\n");
  }
};

TEST_F(Problems, AddPrintsTheIdAndListShowsTheOpenOnesWithDaysLate) {
  // Problem 1 is due 2026-10-31: 22 days late on 2026-11-22.
  EXPECT_EQ(ok({"problem", "list", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "1,TM-011,征地拆迁未完成,天门市自然资源局,county,2026-09-01,2026-10-31,open,,22\r\n"
            "2,TM-012,电力接入滞后,,city,2026-10-15,,open,,\r\n");
  EXPECT_EQ(ok({"problem", "list", "--overdue", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "1,TM-011,征地拆迁未完成,天门市自然资源局,county,2026-09-01,2026-10-31,open,,22\r\n");
  // Before problem 2 was raised it is in no list.
  EXPECT_EQ(ok_on(s, "2026-10-01", {"problem", "list", "--all", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "1,TM-011,征地拆迁未完成,天门市自然资源局,county,2026-09-01,2026-10-31,open,,\r\n");
  // The portfolio filters select the projects.
  EXPECT_EQ(ok({"problem", "list", "--search", "冷链", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "2,TM-012,电力接入滞后,,city,2026-10-15,,open,,\r\n");
}

TEST_F(Problems, UpdateEscalateResolveAndReopenAreDatedEntries) {
  EXPECT_EQ(ok({"--user", "张三", "problem", "update", "1", "--level", "city", "--note", "需市级协调",
                "--due", "2026-12-31", "--date", "2026-11-01"}),
            "problem 1 of TM-011 updated on 2026-11-01\n");
  EXPECT_EQ(ok({"problem", "list", "--overdue", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n");
  EXPECT_EQ(ok({"--user", "李四", "problem", "resolve", "1", "--note", "已完成征地", "--date", "2026-11-20"}),
            "problem 1 of TM-011 resolved on 2026-11-20\n");
  EXPECT_EQ(ok({"problem", "list", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "2,TM-012,电力接入滞后,,city,2026-10-15,,open,,\r\n");
  // Before it was resolved it was open.
  EXPECT_EQ(ok_on(s, "2026-11-19", {"problem", "list", "--search", "TM-011", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "1,TM-011,征地拆迁未完成,天门市自然资源局,city,2026-09-01,2026-12-31,open,,\r\n");
  const json j = json::parse(ok({"problem", "show", "1", "--format", "json"}));
  EXPECT_EQ(j, json::parse(R"({"id":1,"project":"TM-011","text":"征地拆迁未完成","unit":"天门市自然资源局",
      "level":"city","raised_on":"2026-09-01","due":"2026-12-31","status":"resolved","resolved_on":"2026-11-20",
      "resolution":"已完成征地","days_late":null,"entries":[
      {"date":"2026-09-01","kind":"raise","note":null,"level":"county","due":"2026-10-31","unit":"天门市自然资源局","author":"tester"},
      {"date":"2026-11-01","kind":"update","note":"需市级协调","level":"city","due":"2026-12-31","unit":null,"author":"张三"},
      {"date":"2026-11-20","kind":"resolve","note":"已完成征地","level":null,"due":null,"unit":null,"author":"李四"}]})"));
  EXPECT_EQ(ok({"problem", "show", "1"}),
            "Problem     #1 征地拆迁未完成\n"
            "Project     TM-011\n"
            "Unit        天门市自然资源局\n"
            "Level       city\n"
            "Raised      2026-09-01\n"
            "Due         2026-12-31\n"
            "Status      resolved on 2026-11-20\n"
            "Resolution  已完成征地\n"
            "Log         2026-09-01 raised (tester)\n"
            "            2026-11-01 updated, level city, due 2026-12-31 (张三): 需市级协调\n"
            "            2026-11-20 resolved (李四): 已完成征地\n");
  EXPECT_EQ(ok({"problem", "reopen", "1", "--reason", "复查发现仍有两户未搬迁"}),
            "problem 1 of TM-011 reopened on 2026-11-22\n");
  EXPECT_EQ(ok({"problem", "list", "--search", "TM-011", "--format", "csv"}),
            "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n"
            "1,TM-011,征地拆迁未完成,天门市自然资源局,city,2026-09-01,2026-12-31,open,,\r\n");
}

// As of a past date a problem has the level, deadline and unit it had then, and the status: an
// escalation, a new deadline or a resolution dated later is not yet known, and a resolution
// reopened later still held.
TEST_F(Problems, AsOfAPastDateEachFactIsTheOneOfThen) {
  ok({"problem", "update", "1", "--level", "city", "--due", "2026-12-31", "--unit", "天门市发改委", "--note",
      "需市级协调", "--date", "2026-11-10"});
  ok({"problem", "resolve", "1", "--note", "已完成征地", "--date", "2026-11-12"});
  ok({"problem", "reopen", "1", "--reason", "复查仍有两户未搬迁", "--date", "2026-11-20"});
  const std::string header = "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n";
  // Due 2026-10-31 until the update of 2026-11-10: 5 days late on 2026-11-05.
  EXPECT_EQ(ok_on(s, "2026-11-05", {"problem", "list", "--search", "TM-011", "--format", "csv"}),
            header + "1,TM-011,征地拆迁未完成,天门市自然资源局,county,2026-09-01,2026-10-31,open,,5\r\n");
  EXPECT_EQ(ok_on(s, "2026-11-05", {"overdue", "--kind", "problem", "--format", "csv"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "problem,TM-011,天门市综合物流产业园项目,TM,天门市商务局,,征地拆迁未完成,2026-10-31,5,天门市自然资源局,county\r\n");
  // Between the resolution and the reopening it was resolved.
  EXPECT_EQ(ok_on(s, "2026-11-15", {"problem", "list", "--all", "--search", "TM-011", "--format", "csv"}),
            header + "1,TM-011,征地拆迁未完成,天门市发改委,city,2026-09-01,2026-12-31,resolved,2026-11-12,\r\n");
  EXPECT_EQ(ok_on(s, "2026-11-15", {"problem", "list", "--search", "TM-011", "--format", "csv"}), header);
  // Today it is open again, with the deadline of the update, not late.
  EXPECT_EQ(ok({"problem", "list", "--search", "TM-011", "--format", "csv"}),
            header + "1,TM-011,征地拆迁未完成,天门市发改委,city,2026-09-01,2026-12-31,open,,\r\n");
  EXPECT_EQ(ok({"overdue", "--kind", "problem", "--format", "csv"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n");
  // The report counts the problems open and overdue then: on 2026-11-05 both (problem 2 has no
  // deadline); on 2026-11-15 only problem 2, open.
  const json early = json::parse(ok_on(s, "2026-11-05", {"report", "--format", "json"}));
  const json later = json::parse(ok_on(s, "2026-11-15", {"report", "--format", "json"}));
  EXPECT_EQ(early.back()["open_problems"], 2);
  EXPECT_EQ(early.back()["overdue_problems"], 1);
  EXPECT_EQ(later.back()["open_problems"], 1);
  EXPECT_EQ(later.back()["overdue_problems"], 0);
}

TEST_F(Problems, HistoryShowsEachChange) {
  ok({"problem", "update", "1", "--level", "city", "--note", "需市级协调", "--date", "2026-11-01"});
  ok({"problem", "update", "1", "--note", "已召开协调会", "--date", "2026-11-05"});
  ok({"problem", "resolve", "1", "--note", "已完成征地"});
  std::vector<std::string> seen;
  for (const auto& h : json::parse(ok({"history", "TM-011", "--format", "json"})))
    if (h["entity"] == "problem")
      seen.push_back(h["action"].get<std::string>() + " " + h["after"].dump() + " " + h["reason"].dump());
  // (history's JSON is parsed unordered: its keys read sorted)
  EXPECT_EQ(seen, (std::vector<std::string>{
                      R"(create {"due":"2026-10-31","level":"county","raised_on":"2026-09-01","text":"征地拆迁未完成","unit":"天门市自然资源局"} null)",
                      R"(escalate {"level":"city"} "需市级协调")",
                      R"(edit {"note":"已召开协调会"} null)",
                      R"(resolve {"resolution":"已完成征地","resolved_on":"2026-11-22","status":"resolved"} null)"}));
  // The table says it in the reader's words.
  const std::string table = ok({"--lang", "zh", "history", "TM-011"});
  EXPECT_NE(table.find("问题 1 提级"), std::string::npos) << table;
  EXPECT_NE(table.find("问题 1 销号"), std::string::npos) << table;
}

TEST_F(Problems, Refusals) {
  ok({"problem", "resolve", "1", "--note", "已完成征地", "--date", "2026-11-20"});
  expect_refused(s, {"problem", "resolve", "1", "--note", "再次销号"}, 4, "problem 1 is already resolved (on 2026-11-20)");
  expect_refused(s, {"problem", "update", "1", "--note", "补充"}, 4,
                 "problem 1 is resolved (on 2026-11-20); reopen it before updating it");
  expect_refused(s, {"problem", "reopen", "2", "--reason", "误操作"}, 4,
                 "problem 2 is open; only a resolved problem can be reopened");
  expect_refused(s, {"problem", "update", "2"}, 4,
                 "problem 2: the update changes nothing; give --note, or a new --level, --due or --unit");
  expect_refused(s, {"problem", "update", "2", "--level", "city"}, 4,
                 "problem 2: the update changes nothing; give --note, or a new --level, --due or --unit");
  expect_refused(s, {"problem", "add", "TM-011", "--text", "资金未到位", "--level", "national"}, 4,
                 "--level 'national' is not a level; give county, city or province");
  expect_refused(s, {"problem", "resolve", "2", "--note", "已接入", "--date", "2026-10-01"}, 4,
                 "--date 2026-10-01 is before problem 2 was raised (2026-10-15)");
  expect_refused(s, {"problem", "show", "9"}, 3, "problem 9 does not exist");
  expect_refused(s, {"problem", "show", "x"}, 2, "problem 'x' is not a problem id; give the number 'problem list' shows");
  expect_refused(s, {"problem", "list", "--open", "--all"}, 2, "give one of --open, --overdue and --all");
}

TEST_F(Problems, RefusalsInChinese) {
  ok({"problem", "resolve", "1", "--note", "已完成征地", "--date", "2026-11-20"});
  expect_refused(s, {"--lang", "zh", "problem", "resolve", "1", "--note", "再次销号"}, 4,
                 "问题 1 已于 2026-11-20 销号");
  expect_refused(s, {"--lang", "zh", "problem", "reopen", "2", "--reason", "误操作"}, 4,
                 "问题 2 未销号；只有已销号的问题才能重新打开");
}

TEST_F(Problems, ExportAndImportRoundTripThem) {
  ok({"problem", "update", "1", "--level", "city", "--note", "需市级协调", "--date", "2026-11-01"});
  ok({"problem", "resolve", "2", "--note", "已接入", "--date", "2026-11-20"});
  const std::string header = "id,project_code,name_zh,text,unit,level,raised_on,due,status,resolved_on,resolution\r\n";
  const std::string exported = ok({"export", "--what", "problems"});
  EXPECT_EQ(exported, header +
                          "1,TM-011,天门市综合物流产业园项目,征地拆迁未完成,天门市自然资源局,city,2026-09-01,2026-10-31,"
                          "open,,\r\n"
                          "2,TM-012,天门市冷链物流配送中心项目,电力接入滞后,,city,2026-10-15,,resolved,2026-11-20,"
                          "已接入\r\n");
  // Into a database with the same projects and no problems: the same rows, the same ids.
  Sandbox copy;
  copy.as_of = s.as_of;
  ASSERT_EQ(copy.keyproj({"init"}).code, 0);
  const std::string projects = s.write("projects.csv", ok({"export", "--what", "projects"}));
  ASSERT_EQ(copy.keyproj({"import", projects, "--what", "projects"}).code, 0);
  const std::string file = s.write("problems.csv", exported);
  Outcome r = copy.keyproj({"import", file, "--what", "problems"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported problems from " + file + ": 2 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(copy.keyproj({"export", "--what", "problems"}).out, exported);
  // Imported again: nothing changes.
  r = copy.keyproj({"import", file, "--what", "problems"});
  EXPECT_EQ(r.out, "imported problems from " + file + ": 0 added, 0 changed, 2 unchanged\n");
  // A sheet that moves a deadline and resolves one: dated the as-of date, as the commands are.
  const std::string edit = s.write("edit.csv",
                                   "问题编号,办结期限,状态,办理情况\r\n"
                                   "1,2026-12-31,已销号,征地完成\r\n");
  r = copy.keyproj({"import", edit, "--what", "problems"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported problems from " + edit + ": 0 added, 1 changed, 0 unchanged\n");
  const json j = json::parse(copy.keyproj({"problem", "show", "1", "--format", "json"}).out);
  EXPECT_EQ(j["due"], "2026-12-31");
  EXPECT_EQ(j["status"], "resolved");
  EXPECT_EQ(j["resolved_on"], "2026-11-22");
  EXPECT_EQ(j["resolution"], "征地完成");
  // A file does not reopen a resolved problem, nor resolve one without saying what was done.
  const std::string reopen = s.write("reopen.csv", "id,status\r\n2,open\r\n");
  const std::string bare = s.write("bare.csv", "id,status\r\n1,resolved\r\n");
  expect_refused(s, {"import", reopen, "--what", "problems"}, 4,
                 reopen + " line 2, column B: problem 2 was resolved on 2026-11-20; reopen it with problem reopen ID "
                          "--reason\nkeyproj: " + reopen + ": 1 error; nothing was imported");
  ok({"problem", "reopen", "2", "--reason", "复查"});
  expect_refused(s, {"import", bare, "--what", "problems"}, 4,
                 bare + " line 2: resolution is empty; a resolved problem says what was done\nkeyproj: " + bare +
                     ": 1 error; nothing was imported");
}

}  // namespace
}  // namespace keyproj::e2e
