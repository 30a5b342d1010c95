// The overdue list leaves as a file: the same rows, columns and filters as `overdue` shows.

#include <gtest/gtest.h>

#include <cstdio>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

std::string unzip_sheet(const std::string& archive) {
  FILE* pipe = popen(("unzip -p '" + archive + "' xl/worksheets/sheet1.xml").c_str(), "r");
  std::string out;
  char buf[4096];
  for (std::size_t n; pipe && (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  if (pipe) pclose(pipe);
  return out;
}

class ExportOverdue : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    ok({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM", "--owner",
        "天门市商务局", "--finish", "2025"});
    ok({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH", "--finish", "2027"});
    ok({"milestone", "add", "WH-001", "--title", "一期开业, \"试运营\"", "--due", "2026-09"});
    ok({"log", "WH-001", "--date", "2026-11-01", "--progress", "20"});
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
    return r.out;
  }
  Sandbox s;
};

TEST_F(ExportOverdue, CsvIsTheListOverdueShows) {
  const std::string expected =
      "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
      "project,TM-011,天门市综合物流产业园项目,TM,天门市商务局,,,2025-12-31,326,,\r\n"
      "milestone,WH-001,汉口北市场,WH,,,\"一期开业, \"\"试运营\"\"\",2026-09-30,53,,\r\n";
  EXPECT_EQ(ok({"export", "--what", "overdue"}), expected);
  EXPECT_EQ(ok({"overdue", "--format", "csv"}), expected);
}

TEST_F(ExportOverdue, TheFiltersOfOverdue) {
  for (const std::vector<std::string>& filter :
       {std::vector<std::string>{"--region", "WH"}, {"--kind", "project"}, {"--min-days", "100"},
        {"--owner", "天门市商务局"}, {"--stage", "building"}, {"--stale-days", "10"}}) {
    std::vector<std::string> exported{"export", "--what", "overdue", "--format", "json"};
    std::vector<std::string> listed{"overdue", "--format", "json"};
    exported.insert(exported.end(), filter.begin(), filter.end());
    listed.insert(listed.end(), filter.begin(), filter.end());
    EXPECT_EQ(ok(exported), ok(listed)) << filter[0];
  }
  EXPECT_EQ(ok({"export", "--what", "overdue", "--kind", "project"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "project,TM-011,天门市综合物流产业园项目,TM,天门市商务局,,,2025-12-31,326,,\r\n");
  const Outcome r = s.keyproj({"export", "--what", "overdue", "--region", "XX"});
  EXPECT_EQ(r.code, s.keyproj({"overdue", "--region", "XX"}).code);
  EXPECT_EQ(r.err, s.keyproj({"overdue", "--region", "XX"}).err);
}

TEST_F(ExportOverdue, WorkbookForLeadersInChinese) {
  const std::string out = (s.dir() / "逾期清单.xlsx").string();
  ok({"--lang", "zh", "export", "--what", "overdue", "--out", out});
  const std::string sheet = unzip_sheet(out);
  EXPECT_NE(sheet.find("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>类型</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"F1\" s=\"1\" t=\"inlineStr\"><is><t>包保领导</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"I1\" s=\"1\" t=\"inlineStr\"><is><t>逾期天数</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"A2\" t=\"inlineStr\"><is><t>项目逾期</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"A3\" t=\"inlineStr\"><is><t>里程碑逾期</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"I2\"><v>326</v></c>"), std::string::npos);  // days late as a number
}

// The list says who owns each row: the owner, then the leader; the leader's phone only with
// --contacts; --leader keeps one leader's rows.
TEST_F(ExportOverdue, TheLeaderFollowsTheOwner) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok({"project", "edit", "TM-011", "--leader", "张伟"});
  const std::string expected =
      "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
      "project,TM-011,天门市综合物流产业园项目,TM,天门市商务局,张伟,,2025-12-31,326,,\r\n"
      "milestone,WH-001,汉口北市场,WH,,,\"一期开业, \"\"试运营\"\"\",2026-09-30,53,,\r\n";
  EXPECT_EQ(ok({"export", "--what", "overdue"}), expected);
  EXPECT_EQ(ok({"overdue", "--format", "csv"}), expected);
  const std::string with_phone =
      "kind,project_code,project_name,region,owner,leader,leader_phone,milestone,due,days_late,unit,level\r\n"
      "project,TM-011,天门市综合物流产业园项目,TM,天门市商务局,张伟,13800000000,,2025-12-31,326,,\r\n";
  EXPECT_EQ(ok({"export", "--what", "overdue", "--contacts", "--leader", "张伟"}), with_phone);
  EXPECT_EQ(ok({"overdue", "--format", "csv", "--contacts", "--leader", "1"}), with_phone);
  EXPECT_EQ(ok({"overdue", "--format", "json", "--kind", "project"}),
            R"([)" "\n"
            R"({"kind":"project","project_code":"TM-011","project_name":"天门市综合物流产业园项目","region":"TM",)"
            R"("owner":"天门市商务局","leader":"张伟","milestone":null,"due":"2025-12-31","days_late":326,"unit":null,"level":null})" "\n"
            "]\n");

  const std::string out = (s.dir() / "逾期清单.xlsx").string();
  ok({"--lang", "zh", "export", "--what", "overdue", "--out", out});
  const std::string sheet = unzip_sheet(out);
  EXPECT_NE(sheet.find("<c r=\"F2\" t=\"inlineStr\"><is><t>张伟</t></is></c>"), std::string::npos) << sheet;
  EXPECT_EQ(sheet.find("13800000000"), std::string::npos);

  // A refusal writes no file and names the leader.
  Outcome r = s.keyproj({"overdue", "--leader", "王五"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "keyproj: leader '王五' is not a known leader's id or name; 'keyproj leader list' shows the leaders\n");
  r = s.keyproj({"export", "--what", "milestones", "--contacts"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: --contacts adds phone numbers and contacts to projects, owners, leaders or the overdue "
                   "list; use it with --what projects, owners, leaders or overdue\n");
}

// A table shows the leader where the terminal has room for it, and leaves it out where not.
TEST_F(ExportOverdue, TheTableShowsTheLeaderWhenWideEnough) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
  ok({"project", "edit", "TM-011", "--leader", "张伟"});
  const std::string piped = ok({"overdue", "--kind", "project"});
  EXPECT_EQ(piped,
            "Kind     Code    Name                      Region  Owner         Leader  Milestone  Due         Days late\n"
            "-------  ------  ------------------------  ------  ------------  ------  ---------  ----------  ---------\n"
            "project  TM-011  天门市综合物流产业园项目  TM      天门市商务局  张伟    —          2025-12-31        326\n");
  const Outcome narrow = s.raw({"--db", s.db(), "--as-of", s.as_of, "overdue", "--kind", "project"}, {"COLUMNS=99"});
  EXPECT_EQ(narrow.code, 0) << narrow.err;
  EXPECT_EQ(narrow.out.find("Leader"), std::string::npos) << narrow.out;
  EXPECT_NE(narrow.out.find("Owner"), std::string::npos) << narrow.out;
  const Outcome wide = s.raw({"--db", s.db(), "--as-of", s.as_of, "overdue", "--kind", "project"}, {"COLUMNS=100"});
  EXPECT_NE(wide.out.find("Leader"), std::string::npos) << wide.out;
}

TEST_F(ExportOverdue, AProblemsUnitAndLevelAreTheLastColumns) {
  ok({"problem", "add", "WH-001", "--text", "电力接入滞后", "--unit", "武汉供电公司", "--level", "city", "--due",
      "2026-11-12", "--date", "2026-10-01"});
  // 2026-11-22 − 2026-11-12 = 10 days late.
  EXPECT_EQ(ok({"export", "--what", "overdue", "--kind", "problem"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "problem,WH-001,汉口北市场,WH,,,电力接入滞后,2026-11-12,10,武汉供电公司,city\r\n");
  const std::string out = (s.dir() / "问题.xlsx").string();
  ok({"--lang", "zh", "export", "--what", "overdue", "--kind", "problem", "--out", out});
  const std::string sheet = unzip_sheet(out);
  EXPECT_NE(sheet.find("<c r=\"J1\" s=\"1\" t=\"inlineStr\"><is><t>问题责任单位</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"K1\" s=\"1\" t=\"inlineStr\"><is><t>级别</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"A2\" t=\"inlineStr\"><is><t>问题逾期</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"I2\"><v>10</v></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"J2\" t=\"inlineStr\"><is><t>武汉供电公司</t></is></c>"), std::string::npos);
  // A Chinese workbook writes the level in Chinese, as it writes the kind; CSV keeps `city`.
  EXPECT_NE(sheet.find("<c r=\"K2\" t=\"inlineStr\"><is><t>市级</t></is></c>"), std::string::npos) << sheet;
  // So does the workbook of the problems themselves, status included (import reads both back).
  const std::string problems = (s.dir() / "问题清单.xlsx").string();
  ok({"--lang", "zh", "export", "--what", "problems", "--out", problems});
  const std::string list = unzip_sheet(problems);
  EXPECT_NE(list.find("<c r=\"F2\" t=\"inlineStr\"><is><t>市级</t></is></c>"), std::string::npos) << list;
  EXPECT_NE(list.find("<c r=\"I2\" t=\"inlineStr\"><is><t>未销号</t></is></c>"), std::string::npos) << list;
  // The table keeps its columns: the unit and level follow the problem's text.
  const std::string table = ok({"overdue", "--kind", "problem"});
  EXPECT_NE(table.find("电力接入滞后 (武汉供电公司, city)"), std::string::npos) << table;
  EXPECT_NE(ok({"--lang", "zh", "overdue", "--kind", "problem"}).find("电力接入滞后（武汉供电公司，市级）"),
            std::string::npos);
}

}  // namespace
}  // namespace keyproj::e2e
