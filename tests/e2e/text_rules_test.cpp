// What text keyproj takes: project codes are short ASCII identifiers, and `--` ends the options
// so that an operand may begin with '-'. Rules hold for new text only: a database written
// before them keeps working.

#include <SQLiteCpp/SQLiteCpp.h>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

using TextRules = Tracking;

const std::string kCodeRule =
    " is not a project code: use 1 to 32 ASCII letters, digits, '-', '_' or '.', not starting with '-', e.g. TM-022";

TEST_F(TextRules, NewCodesAreShortAsciiIdentifiers) {
  const std::vector<std::string> bad = {"天门-1", "TM 1", "TM/1", "-X1", "TM:1", std::string(33, 'A'), "TM\x1b"};
  for (const std::string& code : bad) {
    const std::string shown = code == "TM\x1b" ? std::string("TM\\x1b") : code;
    expect_refused(s, {"project", "add", "--code=" + code, "--name", "新项目", "--region", "TM"}, 4,
                   "code '" + shown + "'" + kCodeRule);
  }
  for (const std::string& code : std::vector<std::string>{std::string(32, 'A'), "a.b_c-9", "9"}) {
    const Outcome r = s.keyproj({"project", "add", "--code", code, "--name", "新项目" + code, "--region", "TM"});
    EXPECT_EQ(r.code, 0) << code << r.err;
    EXPECT_EQ(show(code)["code"], code);
  }
}

TEST_F(TextRules, AnImportedNewCodeIsHeldToTheRule) {
  const std::string file = s.write("p.csv", "code,name,region\nTM-600,新项目,TM\n天门-601,另一个,TM\n");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + file + " line 3, column A: code '天门-601'" + kCodeRule + "\n" + "keyproj: " + file +
                       ": 1 error; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(TextRules, ACodeEqualToAProjectsNameIsRefused) {
  ok({"project", "add", "--code", "WH-1", "--name", "Hub", "--region", "WH"});
  expect_refused(s, {"project", "add", "--code", "Hub", "--name", "新项目", "--region", "TM"}, 4,
                 "code 'Hub' is the name of project WH-1; a code equal to a name would take over that name's look-ups; "
                 "choose another code");
  const std::string file = s.write("p.csv", "code,name,region\nHub,新项目,TM\n");
  const Outcome r = s.keyproj({"import", file, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("code 'Hub' is the name of project WH-1"), std::string::npos) << r.err;
  EXPECT_EQ(show("Hub")["code"], "WH-1");  // the name still finds its project
}

// A code entered before the rule (or by another program) still names its project everywhere.
TEST_F(TextRules, OlderCodesThatBreakTheRuleStillWork) {
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE project SET code = '旧 011' WHERE code = 'TM-011'");
  }
  EXPECT_EQ(show("旧 011")["name_zh"], "天门市综合物流产业园项目");
  ok({"log", "旧 011", "--progress", "30"});
  ok({"project", "edit", "旧 011", "--budget", "2亿"});
  const std::string file = s.write("p.csv", "code,budget\n旧 011,3亿\n");
  ok({"import", file, "--what", "projects"});
  EXPECT_EQ(show("旧 011")["budget_yuan"], 300000000);
  EXPECT_EQ(show("旧 011")["progress_pct"], 30);
}

TEST_F(TextRules, DoubleDashEndsTheOptions) {
  Outcome r = s.keyproj({"project", "show", "--", "-X1"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "keyproj: project '-X1' is not a code nor part of any project's name\n");
  r = s.keyproj({"project", "show", "--format", "json", "--", "TM-011"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["code"], "TM-011");
  // Global options before `--` are still read; after it, even --db is an operand.
  r = s.keyproj({"project", "show", "--", "--db"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "keyproj: project '--db' is not a code nor part of any project's name\n");
}

}  // namespace
}  // namespace keyproj::e2e
