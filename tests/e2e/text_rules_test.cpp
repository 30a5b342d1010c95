// What text keyproj takes: project codes are short ASCII identifiers, and `--` ends the options
// so that an operand may begin with '-'. Rules hold for new text only: a database written
// before them keeps working.

#include <map>

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
  s.sql("UPDATE project SET code = '旧 011' WHERE code = 'TM-011'");
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

// One text typed two ways is stored once: trimmed, composed (NFC).
TEST_F(TextRules, FreeTextIsTrimmedAndComposed) {
  const std::string e_acute_decomposed = "Cafe\xcc\x81";  // e + COMBINING ACUTE ACCENT
  const std::string e_acute = "Caf\xc3\xa9";              // U+00E9
  ok({"project", "add", "--code", "TM-600", "--name", "\xe3\x80\x80 天门新项目 \t", "--region", "TM", "--name-en",
      e_acute_decomposed + " ", "--owner", " 中建三局\xe3\x80\x80"});
  const json p = show("TM-600");
  EXPECT_EQ(p["name_zh"], "天门新项目");
  EXPECT_EQ(p["name_en"], e_acute);
  EXPECT_EQ(p["owner"], "中建三局");
  // The owner named with spaces around it is the same owner.
  ok({"owner", "add", "--name", "中建四局"});
  ok({"project", "edit", "TM-012", "--owner", "中建四局 "});
  ok({"project", "edit", "TM-011", "--owner", "\xe3\x80\x80中建三局"});
  const std::string owners = ok({"owner", "list", "--format", "csv"});
  EXPECT_EQ(owners.find("中建三局 "), std::string::npos) << owners;
  const json list = json::parse(ok({"owner", "list", "--format", "json"}));
  std::map<std::string, int> projects;
  for (const auto& o : list) projects[o["name"].get<std::string>()] = o["projects"].get<int>();
  EXPECT_EQ(projects, (std::map<std::string, int>{{"中建三局", 2}, {"中建四局", 1}, {"天门市商务局", 0}}));
  // A filter names the owner the same way.
  const json mine = json::parse(ok({"project", "list", "--owner", "中建三局 ", "--format", "json"}));
  EXPECT_EQ(mine.size(), 2u);
  // An import trims and composes the same way: the owner file names no new owner.
  const std::string file = s.write("owners.csv", "name,kind\n\"中建三局\xe3\x80\x80\",enterprise\n");
  const Outcome r = s.keyproj({"import", file, "--what", "owners"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(json::parse(ok({"owner", "list", "--format", "json"})).size(), 3u);
}

// A note, a blocker, a reason, a contact and a scale may run over several lines (LF or CR LF,
// kept as written so that an export imported again is the same file).
TEST_F(TextRules, NarrativesKeepTheirNewlinesAndTabs) {
  ok({"log", "TM-011", "--note", "一、主体封顶\r\n二、\t装修", "--blocker", "征地\n拆迁"});
  const json p = show("TM-011");
  const json u = p["updates"][0];
  EXPECT_EQ(u["note"], "一、主体封顶\r\n二、\t装修");
  EXPECT_EQ(u["blocker"], "征地\n拆迁");
  // Anything else of C0 stays refused, naming the field.
  ok({"project", "edit", "TM-011", "--scale", "冷库5万吨\n配送中心"});
  EXPECT_EQ(show("TM-011")["scale"], "冷库5万吨\n配送中心");
  // Anything else of C0 stays refused, naming the field, and so does a CR alone.
  expect_refused(s, {"log", "TM-011", "--note", "a\x1b[2Jb"}, 4,
                 "note 'a\\x1b[2Jb' holds a control character (U+001B); only newline and tab may be");
  expect_refused(s, {"log", "TM-011", "--blocker", "征地\r拆迁"}, 4,
                 "blocker '征地\\x0d拆迁' holds a control character (U+000D); only newline and tab may be");
  expect_refused(s, {"project", "edit", "TM-011", "--location", "a\nb"}, 4,
                 "location 'a\\x0ab' holds a control character (U+000A); it is one line of text");
}

TEST_F(TextRules, UserIsTextLikeAnyOther) {
  KEYPROJ_SQLITE_ONLY("--user names the author in a file; a server refuses it (permission_test)");
  expect_refused(s, {"--user", "张三\x1b[8m", "log", "TM-011", "--progress", "5"}, 4,
                 "--user '张三\\x1b[8m' holds a control character (U+001B); it is one line of text");
  expect_refused(s, {"--user", std::string(65, 'u'), "log", "TM-011", "--progress", "5"}, 4,
                 "--user '" + std::string(65, 'u') + "' is 65 characters long; a user name holds at most 64");
  expect_refused(s, {"--user", " ", "log", "TM-011", "--progress", "5"}, 4,
                 "--user is empty; give the name changes are recorded under");
  std::string sixty_four;
  for (int i = 0; i < 64; ++i) sixty_four += "张";
  ok({"--user", " " + sixty_four + " ", "log", "TM-011", "--progress", "5"});
  const std::string history = ok({"history", "TM-011", "--format", "json"});
  EXPECT_NE(history.find("\"" + sixty_four + "\""), std::string::npos) << history;
}

}  // namespace
}  // namespace keyproj::e2e
