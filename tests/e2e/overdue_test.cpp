// `keyproj overdue` as leaders and cron jobs meet it, over a small portfolio built by commands.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "e2e/harness.h"
#include "e2e/portfolio_fixture.h"

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
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
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
  // As run(), on a terminal `columns` wide.
  Outcome run_at(int columns, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--db", s.db(), "--as-of", s.as_of, "overdue"};
    args.insert(args.end(), extra.begin(), extra.end());
    return s.raw(args, {"COLUMNS=" + std::to_string(columns)});
  }
  Sandbox s;
};

TEST_F(Overdue, JsonHasExactlyTheKeysOfTheIssue) {
  const Outcome r = run({"--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "[\n"
            R"({"kind":"stale","project_code":"EZ-001","project_name":"Ezhou Cargo Hub 货运枢纽","region":"EZ",)"
            R"("owner":"Hubei Airport Group","leader":null,"milestone":null,"due":"2026-02-09","days_late":286,"unit":null,"level":null},)"
            "\n"
            R"({"kind":"stale","project_code":"TM-001","project_name":"天门市综合物流产业园项目","region":"TM",)"
            R"("owner":"天门市商务局","leader":null,"milestone":null,"due":"2026-02-09","days_late":286,"unit":null,"level":null},)"
            "\n"
            R"({"kind":"project","project_code":"TM-001","project_name":"天门市综合物流产业园项目","region":"TM",)"
            R"("owner":"天门市商务局","leader":null,"milestone":null,"due":"2026-06-30","days_late":145,"unit":null,"level":null})"
            "\n]\n");
}

TEST_F(Overdue, CsvHasTheSameColumnsWithAHeader) {
  const Outcome r = run({"--format", "csv", "--kind", "project"});
  EXPECT_EQ(r.out,
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "project,TM-001,天门市综合物流产业园项目,TM,天门市商务局,,,2026-06-30,145,,\r\n");
}

TEST_F(Overdue, TableAlignsChineseAndLatinByDisplayWidth) {
  // On a terminal 120 columns wide every name fits.
  const auto wide = [&](std::vector<std::string> extra) { return run_at(120, std::move(extra)); };
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

TEST_F(Overdue, TableCutsLongNamesInTheMiddleOnATerminalOfOneHundredColumns) {
  const auto at_100 = [&](std::vector<std::string> extra) { return run_at(100, std::move(extra)); };
  // The name column gives up 4 columns (24 → 20): 10 of head, "…", 9 of tail; a tail that a
  // Chinese character would overrun leaves the column one short ("…业园项目" is 9 wide).
  Outcome r = at_100({});
  EXPECT_EQ(r.out,
            "Kind     Code    Name                  Region  Owner                Milestone  Due         Days late\n"
            "-------  ------  --------------------  ------  -------------------  ---------  ----------  ---------\n"
            "stale    EZ-001  Ezhou Carg… 货运枢纽  EZ      Hubei Airport Group  —          2026-02-09        286\n"
            "stale    TM-001  天门市综合…业园项目   TM      天门市商务局         —          2026-02-09        286\n"
            "project  TM-001  天门市综合…业园项目   TM      天门市商务局         —          2026-06-30        145\n");
  r = at_100({"--lang", "zh"});
  EXPECT_EQ(r.out,
            "类型        项目编号  项目名称               地区  责任单位             里程碑  应完成日期  逾期天数\n"
            "----------  --------  ---------------------  ----  -------------------  ------  ----------  --------\n"
            "未按期调度  EZ-001    Ezhou Carg…b 货运枢纽  EZ    Hubei Airport Group  —       2026-02-09       286\n"
            "未按期调度  TM-001    天门市综合…产业园项目  TM    天门市商务局         —       2026-02-09       286\n"
            "项目逾期    TM-001    天门市综合…产业园项目  TM    天门市商务局         —       2026-06-30       145\n");
  // Not a terminal, and no COLUMNS: nothing is cut.
  r = run();
  EXPECT_EQ(r.out,
            "Kind     Code    Name                      Region  Owner                Milestone  Due         Days late\n"
            "-------  ------  ------------------------  ------  -------------------  ---------  ----------  ---------\n"
            "stale    EZ-001  Ezhou Cargo Hub 货运枢纽  EZ      Hubei Airport Group  —          2026-02-09        286\n"
            "stale    TM-001  天门市综合物流产业园项目  TM      天门市商务局         —          2026-02-09        286\n"
            "project  TM-001  天门市综合物流产业园项目  TM      天门市商务局         —          2026-06-30        145\n");
}

TEST_F(Overdue, ANeverReportedProjectIsStaleFromTheDayItEntered) {
  // Entered 2026-01-10: the first report was due 30 days later, on 2026-02-09.
  s.as_of = "2026-02-09";
  EXPECT_EQ(run({"--format", "csv"}).out, "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n");
  s.as_of = "2026-02-10";
  EXPECT_EQ(run({"--format", "csv", "--region", "EZ"}).out,
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "stale,EZ-001,Ezhou Cargo Hub 货运枢纽,EZ,Hubei Airport Group,,,2026-02-09,1,,\r\n");
  EXPECT_EQ(run({"--format", "csv", "--region", "EZ", "--stale-days", "10"}).out,
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "stale,EZ-001,Ezhou Cargo Hub 货运枢纽,EZ,Hubei Airport Group,,,2026-01-20,21,,\r\n");
}

TEST_F(Overdue, StaleDaysDefaultComesFromTheSettings) {
  // 2026-01-10 to 2026-11-22 is 316 days: not more than 316.
  ASSERT_EQ(s.keyproj({"config", "set", "stale.days", "316"}).code, 0);
  EXPECT_EQ(run({"--format", "csv", "--kind", "stale"}).out,
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n");
  s.as_of = "2026-12-22";
  EXPECT_EQ(run({"--format", "csv", "--kind", "stale", "--owner", "天门市商务局"}).out,
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "stale,TM-001,天门市综合物流产业园项目,TM,天门市商务局,,,2026-11-22,30,,\r\n");
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
      {{"--kind", "milestone,overdue"}, 2, "keyproj: kind 'overdue' is not known; use milestone, approval, project, stale, start or problem\n"},
      {{"--kind", ""}, 2, "keyproj: kind '' is empty; use milestone, approval, project, stale, start or problem, separated by commas\n"},
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


// ---- the fixed portfolio, as it stood on several days -------------------------------------

// One row of `overdue --format json`, exactly as printed (these projects have no leader).
std::string row(const std::string& kind, const std::string& code, const std::string& name, const std::string& region,
                const std::string& owner, const std::string& milestone, const std::string& due, int days) {
  return R"({"kind":")" + kind + R"(","project_code":")" + code + R"(","project_name":")" + name +
         R"(","region":")" + region + R"(","owner":")" + owner + R"(","leader":null,"milestone":)" +
         (milestone.empty() ? std::string("null") : "\"" + milestone + "\"") + R"(,"due":")" + due +
         R"(","days_late":)" + std::to_string(days) + R"(,"unit":null,"level":null})";
}

std::string array(const std::vector<std::string>& rows) {
  if (rows.empty()) return "[]\n";
  std::string out = "[\n";
  for (std::size_t i = 0; i < rows.size(); ++i) out += rows[i] + (i + 1 < rows.size() ? ",\n" : "\n");
  return out + "]\n";
}

const std::string kTm1 = "天门市综合物流产业园项目";
const std::string kTm2 = "天门冷链物流中心";
const std::string kEz1 = "Ezhou Cargo Hub 鄂州货运枢纽";
const std::string kWh2 = "武汉港口岸综合服务中心";
const std::string kZs1 = "中山保税物流中心";

class OverdueOverTime : public FixedPortfolio {
 protected:
  std::string json_on(const std::string& date) {
    build_until(date);
    return ok({"overdue", "--format", "json"});
  }
};

TEST_F(OverdueOverTime, Feb4NothingIsLateYetCancelledAndArchivedProjectsNeverAre) {
  // 30 days after entry is not more than 30: no report is missed yet. Milestone 8 (ZS-002,
  // cancelled) and milestone 9 and JM-001's finish (archived) are past due but left out.
  EXPECT_EQ(json_on("2026-02-04"), "[]\n");
}

TEST_F(OverdueOverTime, Feb5EveryActiveProjectMissedItsFirstReport) {
  EXPECT_EQ(json_on("2026-02-05"), array({
                row("stale", "EZ-001", kEz1, "EZ", "Hubei Airport Group", "", "2026-02-04", 1),
                row("stale", "TM-001", kTm1, "TM", "天门市商务局", "", "2026-02-04", 1),
                row("stale", "TM-002", kTm2, "TM", "天门市商务局", "", "2026-02-04", 1),
                row("stale", "WH-002", kWh2, "WH", "武汉市商务局", "", "2026-02-04", 1),
                row("stale", "ZS-001", kZs1, "ZS", "中山市商务局", "", "2026-02-04", 1),
            }));
}

TEST_F(OverdueOverTime, Jun30AMilestoneDueTodayIsNotLate) {
  // Milestone 2 (TM-001) and ZS-001's finish fall due on 2026-06-30 itself: not late.
  EXPECT_EQ(json_on("2026-06-30"), array({
                row("stale", "EZ-001", kEz1, "EZ", "Hubei Airport Group", "", "2026-02-04", 146),
                row("stale", "TM-001", kTm1, "TM", "天门市商务局", "", "2026-04-30", 61),
                row("milestone", "TM-002", kTm2, "TM", "天门市商务局", "可研批复", "2026-04-30", 61),
                row("stale", "TM-002", kTm2, "TM", "天门市商务局", "", "2026-04-30", 61),
                row("stale", "WH-002", kWh2, "WH", "武汉市商务局", "", "2026-04-30", 61),
                row("stale", "ZS-001", kZs1, "ZS", "中山市商务局", "", "2026-04-30", 61),
                row("milestone", "ZS-001", kZs1, "ZS", "中山市商务局", "海关验收", "2026-05-31", 30),
            }));
}

TEST_F(OverdueOverTime, Jul1MovedAndDoneMilestonesLeaveTheList) {
  // Milestone 4 moved to 2026-09-30 and milestone 7 done; the day after, milestone 2 and
  // ZS-001's finish are one day late.
  EXPECT_EQ(json_on("2026-07-01"), array({
                row("stale", "EZ-001", kEz1, "EZ", "Hubei Airport Group", "", "2026-02-04", 147),
                row("milestone", "TM-001", kTm1, "TM", "天门市商务局", "主体工程完工", "2026-06-30", 1),
                row("project", "ZS-001", kZs1, "ZS", "中山市商务局", "", "2026-06-30", 1),
            }));
}

TEST_F(OverdueOverTime, Nov22AMovedMilestoneIsLateAgainstItsNewDueDate) {
  // Milestone 4: 53 days after its new due date (206 after its baseline). Milestone 5 is due
  // today. Milestones 1, 6 and 7 are done: never late.
  EXPECT_EQ(json_on("2026-11-22"), array({
                row("stale", "EZ-001", kEz1, "EZ", "Hubei Airport Group", "", "2026-02-04", 291),
                row("milestone", "TM-001", kTm1, "TM", "天门市商务局", "主体工程完工", "2026-06-30", 145),
                row("project", "ZS-001", kZs1, "ZS", "中山市商务局", "", "2026-06-30", 145),
                row("milestone", "TM-002", kTm2, "TM", "天门市商务局", "可研批复", "2026-09-30", 53),
            }));
}

TEST_F(OverdueOverTime, Nov23TheMilestoneDueYesterdayJoins) {
  EXPECT_EQ(json_on("2026-11-23"), array({
                row("stale", "EZ-001", kEz1, "EZ", "Hubei Airport Group", "", "2026-02-04", 292),
                row("milestone", "TM-001", kTm1, "TM", "天门市商务局", "主体工程完工", "2026-06-30", 146),
                row("project", "ZS-001", kZs1, "ZS", "中山市商务局", "", "2026-06-30", 146),
                row("milestone", "TM-002", kTm2, "TM", "天门市商务局", "可研批复", "2026-09-30", 54),
                row("milestone", "EZ-001", kEz1, "EZ", "Hubei Airport Group", "立项", "2026-11-22", 1),
            }));
}

TEST_F(OverdueOverTime, ArchivingAProjectTakesItOffTheList) {
  build_until("2026-11-22");
  ASSERT_EQ(run({"project", "archive", "ZS-001"}).code, 0);
  EXPECT_EQ(ok({"overdue", "--format", "csv", "--region", "ZS"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n");
}

TEST_F(OverdueOverTime, FiltersOverTheTrackedPortfolio) {
  build_until("2026-11-22");
  EXPECT_EQ(ok({"overdue", "--format", "csv", "--kind", "milestone", "--min-days", "100"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "milestone,TM-001,天门市综合物流产业园项目,TM,天门市商务局,,主体工程完工,2026-06-30,145,,\r\n");
  EXPECT_EQ(ok({"overdue", "--format", "csv", "--program", "专栏4 农商互联体系工程"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "milestone,TM-001,天门市综合物流产业园项目,TM,天门市商务局,,主体工程完工,2026-06-30,145,,\r\n"
            "project,ZS-001,中山保税物流中心,ZS,中山市商务局,,,2026-06-30,145,,\r\n");
  EXPECT_EQ(ok({"overdue", "--format", "csv", "--stage", "preparing"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "milestone,TM-002,天门冷链物流中心,TM,天门市商务局,,可研批复,2026-09-30,53,,\r\n");
  EXPECT_EQ(run({"overdue", "--fail-if-any", "--region", "WH"}).code, 0);
  EXPECT_EQ(run({"overdue", "--fail-if-any", "--region", "TM"}).code, 1);
}

TEST_F(OverdueOverTime, TableAlignsMixedChineseAndLatinText) {
  build_until("2026-11-22");
  // "Ezhou Cargo Hub " is 16 columns and 鄂州货运枢纽 12 more: the name column is 28 wide.
  EXPECT_EQ(ok_at_width({"overdue"}, 160),
            "Kind       Code    Name                          Region  Owner                Milestone     Due         Days late\n"
            "---------  ------  ----------------------------  ------  -------------------  ------------  ----------  ---------\n"
            "stale      EZ-001  Ezhou Cargo Hub 鄂州货运枢纽  EZ      Hubei Airport Group  —             2026-02-04        291\n"
            "milestone  TM-001  天门市综合物流产业园项目      TM      天门市商务局         主体工程完工  2026-06-30        145\n"
            "project    ZS-001  中山保税物流中心              ZS      中山市商务局         —             2026-06-30        145\n"
            "milestone  TM-002  天门冷链物流中心              TM      天门市商务局         可研批复      2026-09-30         53\n");
}

}  // namespace
}  // namespace keyproj::e2e
