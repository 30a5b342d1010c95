// Traffic lights on `project list` and `project show`, read with the thresholds the settings
// hold. Milestone-driven lights are asserted over the tracked portfolio in report_test.cpp.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

// Entered on 2026-10-01, listed on 2026-11-22 (52 days later, never reported).
class Lights : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    s.as_of = "2026-10-01";
    add({"--code", "TM-001", "--name", "天门市综合物流产业园项目", "--region", "TM", "--finish", "2026-10"});
    add({"--code", "TM-002", "--name", "天门电商产业园", "--region", "TM", "--stage", "operating"});
    add({"--code", "EZ-001", "--name", "Ezhou Cargo Hub 货运枢纽", "--region", "EZ", "--finish", "2027-06",
         "--budget", "10亿", "--start", "2026-01"});
    s.as_of = "2026-11-22";
  }
  void add(std::vector<std::string> args) {
    args.insert(args.begin(), {"project", "add"});
    const Outcome r = s.keyproj(args);
    ASSERT_EQ(r.code, 0) << r.err;
  }
  // code=light for every project `project list` prints as CSV with `extra` options.
  std::string lights(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"project", "list", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    std::string out;
    for (const auto& p : json::parse(r.out))
      out += p["code"].get<std::string>() + "=" + (p["light"].is_null() ? "null" : p["light"].get<std::string>()) + " ";
    return out;
  }
  Sandbox s;
};

TEST_F(Lights, ListShowsEachProjectsLight) {
  // TM-001: finish 2026-10-31 passed → red. EZ-001: 52 days without a report (stale) and
  // investment 0 % against 60 % of time elapsed → amber. TM-002 is operating: it owes no reports.
  EXPECT_EQ(lights(), "EZ-001=amber TM-001=red TM-002=green ");
  const Outcome r = s.keyproj({"project", "list", "--format", "csv"});
  EXPECT_EQ(r.out,
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light\r\n"
            "EZ-001,Ezhou Cargo Hub 货运枢纽,EZ,planned,,1000000000,0,2027-06-30,amber\r\n"
            "TM-001,天门市综合物流产业园项目,TM,planned,,,0,2026-10-31,red\r\n"
            "TM-002,天门电商产业园,TM,operating,,,0,,green\r\n");
}

TEST_F(Lights, ListFiltersByLightInEitherLanguage) {
  EXPECT_EQ(lights({"--light", "red"}), "TM-001=red ");
  EXPECT_EQ(lights({"--light", "黄"}), "EZ-001=amber ");
  EXPECT_EQ(lights({"--light", "green", "--region", "TM"}), "TM-002=green ");
  const Outcome r = s.keyproj({"project", "list", "--light", "blue"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: light 'blue' is not a light; use red, amber or green\n");
}

TEST_F(Lights, ThresholdsComeFromTheSettings) {
  // Silence turns red after more than 60 days by default; 52 days is amber.
  s.as_of = "2026-12-01";  // 61 days since entry
  EXPECT_EQ(lights({"--region", "EZ"}), "EZ-001=red ");
  ASSERT_EQ(s.keyproj({"config", "set", "light.red_stale_days", "90"}).code, 0);
  ASSERT_EQ(s.keyproj({"config", "set", "light.amber_lag_points", "70"}).code, 0);  // lag is 61 points
  ASSERT_EQ(s.keyproj({"config", "set", "stale.days", "70"}).code, 0);
  EXPECT_EQ(lights({"--region", "EZ"}), "EZ-001=green ");
}

TEST_F(Lights, TableShowsTheLightAndChineseLabelsWithinOneHundredColumns) {
  // A terminal of 100 columns: the longest name gives way, cut in its middle by display width.
  // The stages speak Chinese too (谋划, 投产运营: 投产运营 sets the column's width of 8).
  const Outcome r = s.raw({"--db", s.db(), "--as-of", s.as_of, "--lang", "zh", "project", "list", "--region", "TM"},
                          {"COLUMNS=100"});
  EXPECT_EQ(r.out,
            "项目编号  项目名称              地区  阶段      责任单位  计划总投资  累计完成投资  计划完成    灯号\n"
            "--------  --------------------  ----  --------  --------  ----------  ------------  ----------  ----\n"
            "TM-001    天门市综合…业园项目   TM    谋划      —                  —           0元  2026-10-31  红\n"
            "TM-002    天门电商产业园        TM    投产运营  —                  —           0元  —           绿\n");
}

// A cancelled project has no light; the open milestones of an operating or cancelled project
// are late for nothing: not in the lights, not in the overdue list, not in the report.
TEST_F(Lights, ACancelledProjectHasNoLightAndAFinishedProjectsMilestonesAreNotLate) {
  s.as_of = "2026-10-01";
  add({"--code", "TM-003", "--name", "天门某项目", "--region", "TM"});
  for (const char* code : {"TM-002", "TM-003"})
    ASSERT_EQ(s.keyproj({"milestone", "add", code, "--title", "验收", "--due", "2026-10-15"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "edit", "TM-003", "--stage", "cancelled"}).code, 0);
  s.as_of = "2026-11-22";  // both milestones open and 38 days past their due date
  EXPECT_EQ(lights(), "EZ-001=amber TM-001=red TM-002=green TM-003=null ");
  EXPECT_EQ(lights({"--light", "green"}), "TM-002=green ");
  Outcome r = s.keyproj({"project", "list", "--region", "TM", "--format", "csv"});
  EXPECT_EQ(r.out,
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light\r\n"
            "TM-001,天门市综合物流产业园项目,TM,planned,,,0,2026-10-31,red\r\n"
            "TM-002,天门电商产业园,TM,operating,,,0,,green\r\n"
            "TM-003,天门某项目,TM,cancelled,,,0,,\r\n");
  r = s.keyproj({"project", "list", "--region", "TM"});
  EXPECT_EQ(r.out,
            "Code    Name                      Region  Stage      Owner  Budget  Invested  Finish      Light\n"
            "------  ------------------------  ------  ---------  -----  ------  --------  ----------  -----\n"
            "TM-001  天门市综合物流产业园项目  TM      planned    —           —       0元  2026-10-31  red\n"
            "TM-002  天门电商产业园            TM      operating  —           —       0元  —           green\n"
            "TM-003  天门某项目                TM      cancelled  —           —       0元  —           —\n");
  r = s.keyproj({"project", "show", "TM-003"});
  EXPECT_NE(r.out.find("\nLight        — (cancelled: no light)\n"), std::string::npos) << r.out;
  EXPECT_TRUE(json::parse(s.keyproj({"project", "show", "TM-003", "--format", "json"}).out)["light"].is_null());
  r = s.keyproj({"overdue", "--kind", "milestone", "--format", "csv"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("\r\n") + 2, r.out.size()) << r.out;  // the header alone
  // The report: the lights and "no light" add up to the projects; no milestone is late.
  const json rows = json::parse(s.keyproj({"report", "--format", "json"}).out);
  ASSERT_EQ(rows.size(), 3u);  // EZ, TM, the total
  const json& tm = rows[1];
  EXPECT_EQ(tm["group"], "TM");
  EXPECT_EQ(tm["projects"], 3);
  EXPECT_EQ(tm["red"], 1);
  EXPECT_EQ(tm["amber"], 0);
  EXPECT_EQ(tm["green"], 1);
  EXPECT_EQ(tm["no_light"], 1);
  EXPECT_EQ(tm["overdue_milestones"], 0);
  for (const json& row : rows)
    EXPECT_EQ(row["red"].get<int>() + row["amber"].get<int>() + row["green"].get<int>() + row["no_light"].get<int>(),
              row["projects"].get<int>());
}

TEST_F(Lights, ShowGivesTheLightWithItsReasons) {
  Outcome r = s.keyproj({"project", "show", "EZ-001"});
  EXPECT_NE(r.out.find("\nLight        amber: no report for 52 days (more than 30); investment lags time elapsed by 60 "
                       "points (more than 20)\n"),
            std::string::npos)
      << r.out;
  r = s.keyproj({"project", "show", "TM-001", "--format", "json"});
  EXPECT_EQ(json::parse(r.out)["light"], "red");
  r = s.keyproj({"--lang", "zh", "project", "show", "TM-001"});
  EXPECT_NE(r.out.find("\n灯号          红：计划完成时间2026-10-31已过；52天未调度（超过30天）\n"), std::string::npos) << r.out;
  r = s.keyproj({"project", "show", "TM-002", "--format", "csv"});
  EXPECT_EQ(r.out.substr(r.out.find("\r\n") + 2), "TM-002,天门电商产业园,TM,operating,,,0,,green\r\n");
}

}  // namespace
}  // namespace keyproj::e2e
