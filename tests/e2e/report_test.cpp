// `keyproj report` and the lights over the fixed portfolio (e2e/portfolio_fixture.h), as of
// 2026-11-22: exact totals in every format, every project's light.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "e2e/portfolio_fixture.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

class Report : public FixedPortfolio {
 protected:
  void SetUp() override { build_until("2026-11-22"); }
};

TEST_F(Report, EachProjectsLight) {
  // EZ-001 red: no report for 321 days. TM-001 red: milestone 2 is 145 days late. TM-002 amber:
  // milestone 4 is 53 days late, and 10 % invested against 45 % of its time. WH-001 green: operating.
  // WH-002 green: 40 % invested against 45 % of its time. ZS-001 red: its finish has passed.
  // ZS-002 has no light: cancelled, it owes nothing. JM-001 is archived: not listed.
  std::string lights;
  for (const auto& p : json::parse(ok({"project", "list", "--format", "json"})))
    lights += p["code"].get<std::string>() + "=" + (p["light"].is_null() ? "null" : p["light"].get<std::string>()) + " ";
  EXPECT_EQ(lights, "EZ-001=red TM-001=red TM-002=amber WH-001=green WH-002=green ZS-001=red ZS-002=null ");
  EXPECT_EQ(ok({"project", "list", "--light", "amber", "--format", "csv"}),
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light,light_reason\r\n"
            "TM-002,天门冷链物流中心,TM,preparing,天门市商务局,80000000,8000000,2027-12-31,amber,"
            "a milestone 53 days late; investment lags time elapsed by 35 points (more than 20)\r\n");
  const std::string card = ok({"project", "show", "TM-002"});
  EXPECT_NE(card.find("\nLight        amber: a milestone 53 days late; investment lags time elapsed by 35 points "
                      "(more than 20)\n"),
            std::string::npos)
      << card;
}

TEST_F(Report, ByRegionExactTotalsAsCsv) {
  EXPECT_EQ(ok({"report", "--format", "csv"}),
            "row,group,projects,planned,preparing,building,completed,operating,suspended,cancelled,no_budget,"
            "budget_yuan,invested_yuan,completion_rate,overdue_milestones,overdue_projects,stale_projects,red,amber,"
            "green,no_light,open_problems,overdue_problems\r\n"
            "group,EZ,1,1,0,0,0,0,0,0,1,,0,,0,0,1,1,0,0,0,0,0\r\n"
            "group,TM,2,0,1,1,0,0,0,0,0,230000000,53000000,0.2304,2,0,0,1,1,0,0,0,0\r\n"
            "group,WH,2,0,0,1,0,1,0,0,0,300000000,240000000,0.8,0,0,0,0,0,2,0,0,0\r\n"
            "group,ZS,2,0,0,1,0,0,0,1,1,500000000,300000000,0.6,0,1,0,1,0,0,1,1,0\r\n"
            "total,,7,1,1,3,0,1,0,1,2,1030000000,593000000,0.5757,2,1,1,3,1,2,1,1,0\r\n");
}

TEST_F(Report, NoBudgetIsCountedAndShownAsSuchNeverAsZero) {
  const json rows = json::parse(ok({"report", "--format", "json"}));
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0]["group"], "EZ");
  EXPECT_EQ(rows[0]["no_budget"], 1);
  EXPECT_TRUE(rows[0]["budget_yuan"].is_null());
  EXPECT_TRUE(rows[0]["completion_rate"].is_null());
  EXPECT_EQ(rows[4]["row"], "total");
  EXPECT_TRUE(rows[4]["group"].is_null());
  EXPECT_EQ(rows[4]["budget_yuan"], 1030000000);
  EXPECT_EQ(rows[4]["completion_rate"], 0.5757);
  // Every key, in order, as the CSV header has them.
  const auto ordered = nlohmann::ordered_json::parse(ok({"report", "--format", "json"}));
  std::string keys;
  for (const auto& [k, v] : ordered[4].items()) keys += k + " ";
  EXPECT_EQ(keys,
            "row group projects planned preparing building completed operating suspended cancelled no_budget "
            "budget_yuan invested_yuan completion_rate overdue_milestones overdue_projects stale_projects red amber "
            "green no_light open_problems overdue_problems ");
}

TEST_F(Report, TableInChineseAlignsByDisplayWidth) {
  EXPECT_EQ(ok({"--lang", "zh", "report"}),
            "重点项目按地区汇总（截至2026-11-22）\n"
            "\n"
            "地区     项目数  谋划  前期  在建  竣工  投产运营  停缓建  取消\n"
            "-------  ------  ----  ----  ----  ----  --------  ------  ----\n"
            "EZ 鄂州       1     1     0     0     0         0       0     0\n"
            "TM 天门       2     0     1     1     0         0       0     0\n"
            "WH 武汉       2     0     0     1     0         1       0     0\n"
            "ZS 中山       2     0     0     1     0         0       0     1\n"
            "合计          7     1     1     3     0         1       0     1\n"
            "\n"
            "地区     未载明投资  计划总投资  累计完成投资  完成率  逾期里程碑  逾期项目  未按期调度  红  黄  绿  无灯  未销号问题  逾期问题\n"
            "-------  ----------  ----------  ------------  ------  ----------  --------  ----------  --  --  --  ----  ----------  --------\n"
            "EZ 鄂州           1           —           0元       —           0         0           1   1   0   0     0           0         0\n"
            "TM 天门           0     2.3亿元      5300万元   23.0%           2         0           0   1   1   0     0           0         0\n"
            "WH 武汉           0       3亿元       2.4亿元   80.0%           0         0           0   0   0   2     0           0         0\n"
            "ZS 中山           1       5亿元         3亿元   60.0%           0         1           0   1   0   0     1           1         0\n"
            "合计              2    10.3亿元      5.93亿元   57.6%           2         1           1   3   1   2     1           1         0\n");
}

TEST_F(Report, ByCategoryProgramOwnerAndStage) {
  auto groups = [&](const std::string& by) {
    std::string out;
    for (const auto& r : json::parse(ok({"report", "--by", by, "--format", "json"})))
      out += (r["group"].is_null() ? std::string("null") : r["group"].get<std::string>()) + ":" +
             std::to_string(r["projects"].get<int>()) + " ";
    return out;
  };
  EXPECT_EQ(groups("category"), "airport:1 cold_chain:1 logistics:2 market:1 port:1 null:1 null:7 ");
  EXPECT_EQ(groups("program"), "专栏4 农商互联体系工程:2 null:5 null:7 ");
  EXPECT_EQ(groups("owner"), "Hubei Airport Group:1 中山市商务局:1 天门市商务局:2 武汉市商务局:2 null:1 null:7 ");
  EXPECT_EQ(groups("stage"), "planned:1 preparing:1 building:3 operating:1 cancelled:1 null:7 ");
  const Outcome r = run({"report", "--by", "city"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: by 'city' is not known; use region, program, owner, leader, stage or category\n");
}

TEST_F(Report, OpenAndOverdueProblemsPerGroupAsOfTheDate) {
  // Problem 1 is ZS-001's, opened by its report's blocker on 2026-07-01, with no deadline.
  // TM-001: one late (due 2026-10-31), one without a deadline; TM-002: one resolved on
  // 2026-11-10; WH-002: one due after the as-of date. ZS-002 is cancelled: its late problem is
  // open but not overdue.
  ASSERT_EQ(ok({"problem", "add", "TM-001", "--text", "征地未完成", "--due", "2026-10-31", "--date", "2026-09-01"}), "2\n");
  ASSERT_EQ(ok({"problem", "add", "TM-001", "--text", "资金未到位", "--date", "2026-09-01"}), "3\n");
  ASSERT_EQ(ok({"problem", "add", "TM-002", "--text", "环评未批复", "--due", "2026-10-01", "--date", "2026-09-01"}), "4\n");
  ok({"problem", "resolve", "4", "--note", "已批复", "--date", "2026-11-10"});
  ASSERT_EQ(ok({"problem", "add", "WH-002", "--text", "电力接入", "--due", "2026-12-31", "--date", "2026-09-01"}), "5\n");
  ASSERT_EQ(ok({"problem", "add", "ZS-002", "--text", "项目取消善后", "--due", "2026-10-01", "--date", "2026-09-01"}), "6\n");
  auto problems = [&](const std::string& as_of) {
    std::string out;
    const std::string kept = s.as_of;
    s.as_of = as_of;
    const json rows = json::parse(ok({"report", "--format", "json"}));
    s.as_of = kept;
    for (const auto& r : rows)
      out += (r["group"].is_null() ? std::string("total") : r["group"].get<std::string>()) + ":" +
             std::to_string(r["open_problems"].get<int>()) + "/" + std::to_string(r["overdue_problems"].get<int>()) + " ";
    return out;
  };
  EXPECT_EQ(problems("2026-11-22"), "EZ:0/0 TM:2/1 WH:1/0 ZS:2/0 total:5/1 ");
  // Before TM-002's was resolved it was open and late; before the others were raised, only
  // ZS-001's.
  EXPECT_EQ(problems("2026-11-09"), "EZ:0/0 TM:3/2 WH:1/0 ZS:2/0 total:6/2 ");
  EXPECT_EQ(problems("2026-08-31"), "EZ:0/0 TM:0/0 WH:0/0 ZS:1/0 total:1/0 ");
}

TEST_F(Report, TotalsFollowTheThresholdSettings) {
  ASSERT_EQ(run({"config", "set", "light.red_days", "150"}).code, 0);  // milestone 2: 145 days, now amber
  ASSERT_EQ(run({"config", "set", "stale.days", "400"}).code, 0);       // EZ-001 no longer stale …
  ASSERT_EQ(run({"config", "set", "light.red_stale_days", "400"}).code, 0);  // … nor red
  const json total = json::parse(ok({"report", "--format", "json"})).back();
  EXPECT_EQ(total["stale_projects"], 0);
  EXPECT_EQ(total["red"], 1);    // ZS-001
  EXPECT_EQ(total["amber"], 2);  // TM-001, TM-002
  EXPECT_EQ(total["green"], 3);  // EZ-001 has no budget: no lag rule
  EXPECT_EQ(total["no_light"], 1);  // ZS-002, cancelled
}

}  // namespace
}  // namespace keyproj::e2e

namespace keyproj::e2e {
namespace {

// Amounts stored before one amount had a ceiling (or written by another program) can add up
// past 64 bits: the total is refused with a sentence, never printed negative.
class Totals : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    for (const std::string code : {"TM-901", "TM-902"})
      ASSERT_EQ(s.keyproj({"project", "add", "--code", code, "--name", "项目" + code, "--region", "TM", "--budget", "1亿"}).code, 0);
  }
  void sql(const std::string& statement) { s.sql(statement); }
  static std::string beyond() { return "is beyond " + std::string("9,223,372,036,854,775,807") + " yuan"; }
  Sandbox s;
};

TEST_F(Totals, BudgetsAddedInTheReportAreChecked) {
  sql("UPDATE project SET budget_yuan = 5000000000000000000");  // 5e18 each, 1e19 together
  for (const auto& args : {std::vector<std::string>{"report"}, {"report", "--format", "json"}}) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 4);
    EXPECT_EQ(r.out, "");
    EXPECT_TRUE(r.err.starts_with("keyproj: the budget total of the report " + beyond())) << r.err;
  }
}

TEST_F(Totals, ReportsSummedInSqlAreChecked) {
  sql("INSERT INTO progress_update (project_id, reported_on, invested_yuan, author, created_at) "
      "SELECT id, '2026-01-31', 5000000000000000000, 'x', '2026-01-31T00:00:00Z' FROM project WHERE code = 'TM-901'");
  sql("INSERT INTO progress_update (project_id, reported_on, invested_yuan, author, created_at) "
      "SELECT id, '2026-02-28', 5000000000000000000, 'x', '2026-02-28T00:00:00Z' FROM project WHERE code = 'TM-901'");
  for (const auto& args :
       {std::vector<std::string>{"project", "list"}, {"project", "show", "TM-901"}, {"report"}}) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 4) << args[0];
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.find('-'), std::string::npos) << r.err;  // nothing negative
    EXPECT_TRUE(r.err.starts_with("keyproj: a total of money " + beyond())) << r.err;
  }
}

}  // namespace
}  // namespace keyproj::e2e
