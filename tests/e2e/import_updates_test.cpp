// The monthly dispatch sheet (调度表) as an updates import: one command logs a month, by the
// rules `log` applies, and nothing is written unless every row is right.

#include "e2e/tracking_fixture.h"


#include <cstdio>

namespace keyproj::e2e {
namespace {

class ImportUpdates : public Tracking {
 protected:
  std::string sheet(const std::string& text) { return s.write("dispatch.csv", text); }
};

// What an officer's spreadsheet saves: BOM, CRLF, Chinese headers, names instead of codes,
// a note with a comma, quotes and a line break.
constexpr const char* kSheet =
    "\xEF\xBB\xBF项目名称,调度日期,阶段,形象进度（%）,本期完成投资,进展情况,存在问题\r\n"
    "综合物流,2026/10/31,在建,35%,2000万,\"主体施工, 完成\"\"一期\"\"\r\n二期进场\",\r\n"
    "冷链,2026-10-31,前期,,,可研批复,用地指标未落实\r\n";

TEST_F(ImportUpdates, DispatchSheetLogsAMonth) {
  const std::string file = sheet(kSheet);
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + file + ": 2 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(ok({"export", "--what", "updates"}),
            "id,project_code,name_zh,reported_on,stage,progress_pct,invested_yuan,note,blocker,author,corrects,reason\r\n"
            "1,TM-011,天门市综合物流产业园项目,2026-10-31,building,35,20000000,\"主体施工, 完成\"\"一期\"\"\r\n"
            "二期进场\",,tester,,\r\n"
            "2,TM-012,天门市冷链物流配送中心项目,2026-10-31,preparing,,,可研批复,用地指标未落实,tester,,\r\n");
  const json p = show("TM-011");
  EXPECT_EQ(p["stage"], "building");
  EXPECT_EQ(p["invested_yuan"], 20000000);
  EXPECT_EQ(p["progress_pct"], 35);
  // The history shows the report and the stage move, as for log, and the problem its blocker
  // opened.
  const std::string history = ok({"history", "TM-012"});
  EXPECT_NE(history.find("tester  report 2 log      reported_on: 2026-10-31\n"), std::string::npos) << history;
  EXPECT_NE(history.find("tester  project stage     stage: planned → preparing\n"), std::string::npos) << history;
  EXPECT_NE(history.find("tester  problem 1 create  text: 用地指标未落实\n"), std::string::npos) << history;
}

TEST_F(ImportUpdates, DryRunSaysWhatWouldBeAddedAndWritesNothing) {
  const std::string file = sheet(kSheet);
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "updates", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "add report 1 for TM-011 on 2026-10-31: 2000万元, total 0万元 → 2000万元: stage planned → building\n"
            "add report 2 for TM-012 on 2026-10-31: stage planned → preparing\n" +
                // The sheet against its month: both Tianmen projects reported, 2000万 between them.
                file + ": 2 rows, 0 problems; invested in 2026-10: 2000万元; not reported in 2026-10: 0 active "
                "projects of its regions\n"
                "dry run of " + file + " (updates): would add 2, change 0, leave 0 unchanged; nothing was written\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportUpdates, EveryValidationErrorWithItsLineAndColumn) {
  ok({"project", "archive", "TM-012"});
  const std::string file = sheet(
      "code,date,stage,progress,invested,note\n"
      "TM-011,2026-10-31,building,40,100万,ok\n"              // 2: right
      "TM-011,2026-13-01,building,40,,\n"                     // 3: no month 13
      "TM-011,2026-10-31,started,140,-5,\n"                   // 4: stage, percent, money
      "TM-999,2026-10-31,,,,\n"                               // 5: unknown code
      ",2026-10-31,,,,没有项目\n"                              // 6: no project
      "TM-011,2026-12-01,,,,进展\n"                           // 7: after the as-of date
      "TM-011,2026-11-01,planned,,,\n"                        // 8: backward after line 2
      "TM-012,2026-10-31,,,,进展\n"                           // 9: archived
      "TM-011,2026-11-02,cancelled,,1.5亿亿,\n");             // 10: money
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  const std::string f = "keyproj: " + file + " ";
  EXPECT_EQ(r.err,
            f + "line 3, column B: date '2026-13-01' has no month 13\n" +
            f + "line 4, column C: stage 'started' is not a stage; use planned, preparing, building, completed, "
                "operating, suspended or cancelled\n" +
            f + "line 4, column D: progress '140' is not a whole percentage from 0 to 100\n" +
            f + "line 4, column E: invested '-5' is negative; money must be zero or more\n" +
            f + "line 5, column A: code 'TM-999' is not the code of any project\n" +
            f + "line 6, column A: the row names no project; give its code or name_zh\n" +
            f + "line 7, column B: date '2026-12-01' is after today (2026-11-22); record what has happened, or set "
                "--as-of\n" +
            f + "line 8, column C: stage building → planned is a backward move; it needs --force and --reason\n" +
            f + "line 9, column A: project 'TM-012' is archived; it takes no more reports\n" +
            f + "line 10, column E: invested '1.5亿亿' is not an amount of money; give digits with an optional 万 or "
                "亿, such as 1.5亿\n" +
            "keyproj: " + file + ": 10 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportUpdates, AFailureOnTheLastRowLeavesTheDatabaseUnchanged) {
  const std::string file = sheet(
      "code,date,stage,invested\n"
      "TM-011,2026-09-30,preparing,100万\n"
      "TM-012,2026-09-30,preparing,\n"
      "TM-011,2026-10-31,building,200万\n"
      "TM-012,2026-10-31,谋划,\n");  // backward: preparing → planned
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + file +
                       " line 5, column C: stage preparing → planned is a backward move; it needs --force and --reason\n"
                       "keyproj: " + file + ": 1 error; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
  // With --force and a reason, as log takes them, the same file goes in whole.
  const Outcome forced = s.keyproj({"import", file, "--what", "updates", "--force", "--reason", "立项调整"});
  ASSERT_EQ(forced.code, 0) << forced.err;
  EXPECT_EQ(show("TM-012")["stage"], "planned");
  EXPECT_EQ(show("TM-011")["invested_yuan"], 3000000);
}

// Reports are written many to a statement; a row the database refuses (here a trigger stands
// in for a rule keyproj does not check itself) is still named by its own line, in the middle
// of a batch or in the last few rows, and nothing is written.
TEST_F(ImportUpdates, ARowTheDatabaseRefusesIsPlacedOnItsLine) {
  // Triggers are the one thing the two dialects spell wholly differently. A row refused is a
  // constraint's failure on both: SQLite's RAISE(ABORT) is one, PostgreSQL's class 23.
  if (s.backend() == Backend::sqlite)
    s.sql("CREATE TRIGGER refuse_note BEFORE INSERT ON progress_update WHEN NEW.note = '拒绝' "
          "BEGIN SELECT RAISE(ABORT, 'this note is refused'); END");
  else
    s.sql("CREATE FUNCTION refuse_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
          "IF NEW.note = '拒绝' THEN RAISE EXCEPTION 'this note is refused' USING ERRCODE = 'check_violation'; "
          "END IF; RETURN NEW; END $$; "
          "CREATE TRIGGER refuse_note BEFORE INSERT ON progress_update FOR EACH ROW EXECUTE FUNCTION refuse_note()");
  std::string text = "code,date,invested,note\n";
  // A day of its own for each row (a day takes one report): 2026-01-03, 2026-01-04, …
  for (int line = 2; line <= 150; ++line) {
    char date[32];  // room for any int, so the compiler need not prove the range
    std::snprintf(date, sizeof date, "2026-%02d-%02d", 1 + line / 28, 1 + line % 28);
    text += "TM-011," + std::string(date) + ",1," + (line == 70 || line == 140 ? "拒绝" : "ok") + "\n";
  }
  const std::string file = sheet(text);
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: " + file + " line 70: the database refused the row: this note is refused\n"
                   "keyproj: " + file + " line 140: the database refused the row: this note is refused\n"
                   "keyproj: " + file + ": 2 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportUpdates, NamesMustBeUniqueAsForLog) {
  const std::string file = sheet("name,date\n物流,2026-10-31\n港口,2026-10-31\n");
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err,
            "keyproj: " + file + " line 2, column A: project '物流' matches several projects; name one by code: "
            "TM-011 天门市综合物流产业园项目, TM-012 天门市冷链物流配送中心项目\n"
            "keyproj: " + file + " line 3, column A: project '港口' is not a code nor part of any project's name\n"
            "keyproj: " + file + ": 2 errors; nothing was imported\n");
}

TEST_F(ImportUpdates, AnOverrunIsRecordedAndWarnedOnceAProjectAtTheRowThatFindsIt) {
  // TM-011's budget is 1.5亿: the second row takes it beyond, the third adds to it. TM-012 has
  // no budget to be beyond.
  const std::string file = sheet("code,date,invested\n"
                                 "TM-011,2026-08-31,1亿\n"
                                 "TM-012,2026-08-31,3亿\n"
                                 "TM-011,2026-09-30,1亿\n"
                                 "TM-011,2026-10-31,1亿\n");
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "keyproj: warning: " + file +
                       " line 4, column C: invested total 2亿元 of TM-011 is beyond its budget of 1.5亿元; the report is "
                       "recorded\n");
  EXPECT_EQ(show("TM-011")["invested_yuan"], 300000000);
}

TEST_F(ImportUpdates, AnOverrunThatWouldReadAsTheBudgetIsWarnedExactly) {
  // One yuan beyond TM-011's 1.5亿: rounded, the two amounts would read the same.
  const std::string file = sheet("code,date,invested\nTM-011,2026-08-31,150000001\n");
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "keyproj: warning: " + file +
                       " line 2, column C: invested total 150,000,001元 of TM-011 is beyond its budget of "
                       "150,000,000元; the report is recorded\n");
}

TEST_F(ImportUpdates, ReimportingAnExportAddsNothingAndReportsAreNeverEdited) {
  ok({"log", "TM-011", "--date", "2026-10-31", "--invested", "500万", "--note", "进场"});
  const std::string exported = ok({"export", "--what", "updates", "--format", "json"});
  const std::string file = s.write("updates.json", exported);
  Outcome r = s.keyproj({"import", file, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + file + ": 0 added, 0 changed, 1 unchanged\n");
  const std::string edited = s.write("edited.csv", "id,code,invested,note\n1,TM-011,600万,进场\n");
  r = s.keyproj({"import", edited, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + edited +
                       " line 2, column A: report 1 is recorded with other values (invested_yuan 5000000 → 6000000); "
                       "reports are never edited: leave the id out and give the row a corrects column naming it to correct it\n"
                       "keyproj: " + edited + ": 1 error; nothing was imported\n");
}

}  // namespace
}  // namespace keyproj::e2e
