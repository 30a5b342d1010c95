// `keyproj overdue` as leaders and cron jobs meet it, over a small portfolio built by commands.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

// Three projects entered on 2026-01-10, none reported yet:
//   TM-001 building, finish 2026-06-30, owner 天门市商务局, programme 专栏4
//   EZ-001 planned, no finish, owner Hubei Airport Group
//   WH-001 operating, finish 2025-12-31 (finished projects are never late)
class Overdue : public ::testing::Test {
 protected:
  void SetUp() override {
    s.as_of = "2026-01-10";
    add({"--code", "TM-001", "--name", "天门市综合物流产业园项目", "--region", "TM", "--stage", "building",
         "--finish", "2026-06", "--owner", "天门市商务局", "--program", "专栏4 农商互联体系工程"});
    add({"--code", "EZ-001", "--name", "Ezhou Cargo Hub 货运枢纽", "--region", "EZ", "--owner",
         "Hubei Airport Group"});
    add({"--code", "WH-001", "--name", "汉口北市场", "--region", "WH", "--stage", "operating", "--finish", "2025"});
    s.as_of = "2026-11-22";
  }
  void add(std::vector<std::string> args) {
    args.insert(args.begin(), {"project", "add"});
    const Outcome r = s.keyproj(args);
    ASSERT_EQ(r.code, 0) << r.err;
  }
  Outcome run(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"overdue"};
    args.insert(args.end(), extra.begin(), extra.end());
    return s.keyproj(args);
  }
  Sandbox s;
};

TEST_F(Overdue, JsonHasExactlyTheKeysOfTheIssue) {
  const Outcome r = run({"--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "[\n"
            R"({"kind":"stale","project_code":"EZ-001","project_name":"Ezhou Cargo Hub 货运枢纽","region":"EZ",)"
            R"("owner":"Hubei Airport Group","milestone":null,"due":"2026-02-09","days_late":286},)"
            "\n"
            R"({"kind":"stale","project_code":"TM-001","project_name":"天门市综合物流产业园项目","region":"TM",)"
            R"("owner":"天门市商务局","milestone":null,"due":"2026-02-09","days_late":286},)"
            "\n"
            R"({"kind":"project","project_code":"TM-001","project_name":"天门市综合物流产业园项目","region":"TM",)"
            R"("owner":"天门市商务局","milestone":null,"due":"2026-06-30","days_late":145})"
            "\n]\n");
}

TEST_F(Overdue, CsvHasTheSameColumnsWithAHeader) {
  const Outcome r = run({"--format", "csv", "--kind", "project"});
  EXPECT_EQ(r.out,
            "kind,project_code,project_name,region,owner,milestone,due,days_late\r\n"
            "project,TM-001,天门市综合物流产业园项目,TM,天门市商务局,,2026-06-30,145\r\n");
}

TEST_F(Overdue, TableAlignsChineseAndLatinByDisplayWidth) {
  // On a terminal 120 columns wide every name fits.
  const auto wide = [&](std::vector<std::string> extra) {
    std::vector<std::string> args{"--db", s.db(), "--as-of", s.as_of, "overdue"};
    args.insert(args.end(), extra.begin(), extra.end());
    return s.raw(args, {"COLUMNS=120"});
  };
  Outcome r = wide({});
  EXPECT_EQ(r.out,
            "Kind     Code    Name                      Region  Owner                Milestone  Due         Days late\n"
            "-------  ------  ------------------------  ------  -------------------  ---------  ----------  ---------\n"
            "stale    EZ-001  Ezhou Cargo Hub 货运枢纽  EZ      Hubei Airport Group  —          2026-02-09        286\n"
            "stale    TM-001  天门市综合物流产业园项目  TM      天门市商务局         —          2026-02-09        286\n"
            "project  TM-001  天门市综合物流产业园项目  TM      天门市商务局         —          2026-06-30        145\n");
  r = wide({"--lang", "zh"});
  EXPECT_EQ(r.out,
            "类型        项目编号  项目名称                  地区  责任单位             里程碑  应完成日期  逾期天数\n"
            "----------  --------  ------------------------  ----  -------------------  ------  ----------  --------\n"
            "未按期调度  EZ-001    Ezhou Cargo Hub 货运枢纽  EZ    Hubei Airport Group  —       2026-02-09       286\n"
            "未按期调度  TM-001    天门市综合物流产业园项目  TM    天门市商务局         —       2026-02-09       286\n"
            "项目逾期    TM-001    天门市综合物流产业园项目  TM    天门市商务局         —       2026-06-30       145\n");
}

TEST_F(Overdue, TableCutsLongNamesToOneHundredColumnsWhenNotATerminal) {
  // A cut that falls inside a Chinese character leaves the column one short: "货…" is 3 wide.
  Outcome r = run();
  EXPECT_EQ(r.out,
            "Kind     Code    Name                  Region  Owner                Milestone  Due         Days late\n"
            "-------  ------  --------------------  ------  -------------------  ---------  ----------  ---------\n"
            "stale    EZ-001  Ezhou Cargo Hub 货…   EZ      Hubei Airport Group  —          2026-02-09        286\n"
            "stale    TM-001  天门市综合物流产业…   TM      天门市商务局         —          2026-02-09        286\n"
            "project  TM-001  天门市综合物流产业…   TM      天门市商务局         —          2026-06-30        145\n");
  r = run({"--lang", "zh"});
  EXPECT_EQ(r.out,
            "类型        项目编号  项目名称               地区  责任单位             里程碑  应完成日期  逾期天数\n"
            "----------  --------  ---------------------  ----  -------------------  ------  ----------  --------\n"
            "未按期调度  EZ-001    Ezhou Cargo Hub 货运…  EZ    Hubei Airport Group  —       2026-02-09       286\n"
            "未按期调度  TM-001    天门市综合物流产业园…  TM    天门市商务局         —       2026-02-09       286\n"
            "项目逾期    TM-001    天门市综合物流产业园…  TM    天门市商务局         —       2026-06-30       145\n");
}

TEST_F(Overdue, ANeverReportedProjectIsStaleFromTheDayItEntered) {
  // Entered 2026-01-10: the first report was due 30 days later, on 2026-02-09.
  s.as_of = "2026-02-09";
  EXPECT_EQ(run({"--format", "csv"}).out, "kind,project_code,project_name,region,owner,milestone,due,days_late\r\n");
  s.as_of = "2026-02-10";
  EXPECT_EQ(run({"--format", "csv", "--region", "EZ"}).out,
            "kind,project_code,project_name,region,owner,milestone,due,days_late\r\n"
            "stale,EZ-001,Ezhou Cargo Hub 货运枢纽,EZ,Hubei Airport Group,,2026-02-09,1\r\n");
  EXPECT_EQ(run({"--format", "csv", "--region", "EZ", "--stale-days", "10"}).out,
            "kind,project_code,project_name,region,owner,milestone,due,days_late\r\n"
            "stale,EZ-001,Ezhou Cargo Hub 货运枢纽,EZ,Hubei Airport Group,,2026-01-20,21\r\n");
}

TEST_F(Overdue, StaleDaysDefaultComesFromTheSettings) {
  // 2026-01-10 to 2026-11-22 is 316 days: not more than 316.
  ASSERT_EQ(s.keyproj({"config", "set", "stale.days", "316"}).code, 0);
  EXPECT_EQ(run({"--format", "csv", "--kind", "stale"}).out,
            "kind,project_code,project_name,region,owner,milestone,due,days_late\r\n");
  s.as_of = "2026-12-22";
  EXPECT_EQ(run({"--format", "csv", "--kind", "stale", "--owner", "天门市商务局"}).out,
            "kind,project_code,project_name,region,owner,milestone,due,days_late\r\n"
            "stale,TM-001,天门市综合物流产业园项目,TM,天门市商务局,,2026-11-22,30\r\n");
}

TEST_F(Overdue, FiltersNarrowTheList) {
  auto codes = [&](std::vector<std::string> extra) {
    extra.insert(extra.end(), {"--format", "json"});
    const Outcome r = run(extra);
    EXPECT_EQ(r.code, 0) << r.err;
    std::string out;
    for (const auto& row : json::parse(r.out)) out += row["kind"].get<std::string>() + ":" + row["project_code"].get<std::string>() + " ";
    return out;
  };
  EXPECT_EQ(codes({"--region", "TM"}), "stale:TM-001 project:TM-001 ");
  EXPECT_EQ(codes({"--owner", "Hubei Airport Group"}), "stale:EZ-001 ");
  EXPECT_EQ(codes({"--program", "专栏4 农商互联体系工程"}), "stale:TM-001 project:TM-001 ");
  EXPECT_EQ(codes({"--stage", "planned"}), "stale:EZ-001 ");
  EXPECT_EQ(codes({"--stage", "在建"}), "stale:TM-001 project:TM-001 ");
  EXPECT_EQ(codes({"--min-days", "200"}), "stale:EZ-001 stale:TM-001 ");
  EXPECT_EQ(codes({"--min-days", "287"}), "");
  EXPECT_EQ(codes({"--kind", "project,stale", "--region", "EZ"}), "stale:EZ-001 ");
  EXPECT_EQ(codes({"--kind", "milestone"}), "");
}

TEST_F(Overdue, FailIfAnyExitsOneWhenTheListIsNotEmpty) {
  Outcome r = run({"--fail-if-any", "--format", "csv"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "");
  r = run({"--fail-if-any", "--region", "WH"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "Kind  Code  Name  Region  Owner  Milestone  Due  Days late\n"
            "----  ----  ----  ------  -----  ---------  ---  ---------\n");
  s.as_of = "2026-02-01";
  EXPECT_EQ(run({"--fail-if-any"}).code, 0);
}

TEST_F(Overdue, BadOptionsGetOneSentenceAndTheRightExitCode) {
  struct Case {
    std::vector<std::string> args;
    int code;
    std::string err;
  } cases[] = {
      {{"--region", "XX"}, 4, "keyproj: region 'XX' is not known; use one of TM, EZ, WH, ZS, JM\n"},
      {{"--owner", "无此单位"}, 4, "keyproj: owner '无此单位' is not known; 'keyproj owner list' shows the owners\n"},
      {{"--program", "专栏9"}, 4, "keyproj: program '专栏9' is not known\n"},
      {{"--stage", "late"}, 4,
       "keyproj: stage 'late' is not a stage; use planned, preparing, building, completed, operating, suspended or "
       "cancelled\n"},
      {{"--kind", "milestone,overdue"}, 2, "keyproj: kind 'overdue' is not known; use milestone, project or stale\n"},
      {{"--kind", ""}, 2, "keyproj: kind '' is empty; use milestone, project or stale, separated by commas\n"},
      {{"--min-days", "-1"}, 4, "keyproj: min-days '-1' is not a whole number of zero or more\n"},
      {{"--stale-days", "thirty"}, 4, "keyproj: stale-days 'thirty' is not a whole number of zero or more\n"},
  };
  for (const auto& c : cases) {
    const Outcome r = run(c.args);
    EXPECT_EQ(r.code, c.code) << c.args[0] << " " << c.args[1];
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
}

}  // namespace
}  // namespace keyproj::e2e
