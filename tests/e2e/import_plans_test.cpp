// import --what plans and export --what plans: a city's annual list read from its sheet (万元,
// Chinese classes), an identical row skipped, a changed one refused unless --update, and an
// export read back unchanged.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

class ImportPlans : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM"});
    ok({"project", "add", "--code", "TM-002", "--name", "天门冷链中心", "--region", "TM"});
    ok({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH"});
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  std::string entries() {
    std::string out;
    for (const auto& row : s.rows("SELECT p.code, a.year, a.class, coalesce(CAST(a.investment_yuan AS TEXT), '-'), "
                                  "coalesce(CAST(a.planned_start AS TEXT), '-'), "
                                  "coalesce(CAST(a.planned_finish AS TEXT), '-') "
                                  "FROM annual_plan a JOIN project p ON p.id = a.project_id ORDER BY a.year, p.code")) {
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "|" : "") + row[i];
      out += "\n";
    }
    return out;
  }
  // The city's sheet: 万元 in its header, the classes in Chinese, one project by name only.
  std::string sheet(const std::string& tm001_amount) {
    return s.write("计划.csv", "序号,项目编号,项目名称,类别,年度计划投资（万元）,计划开工,计划竣工\n"
                              "1,TM-001,,新开工," + tm001_amount + ",2026年5月,\n"
                              "2,,天门冷链中心,竣工投产,8000,,2026-12\n"
                              "3,WH-001,,续建,,,\n");
  }
  Sandbox s;
};

TEST_F(ImportPlans, ASheetIsReadThenAgainAddsNothing) {
  EXPECT_EQ(ok({"import", sheet("30000"), "--what", "plans", "--year", "2026"}),
            "imported plans from " + s.dir().string() + "/计划.csv: 3 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(entries(), "TM-001|2026|new|300000000|2026-05-01|-\n"
                       "TM-002|2026|completing|80000000|-|2026-12-31\n"
                       "WH-001|2026|continuing|-|-|-\n");
  const std::string before = s.dump();
  EXPECT_EQ(ok({"import", sheet("30000"), "--what", "plans", "--year", "2026"}),
            "imported plans from " + s.dir().string() + "/计划.csv: 0 added, 0 changed, 3 unchanged\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportPlans, AChangedRowIsRefusedUnlessUpdate) {
  ok({"import", sheet("30000"), "--what", "plans", "--year", "2026"});
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", sheet("25000"), "--what", "plans", "--year", "2026"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: " + s.dir().string() + "/计划.csv line 2: TM-001 in the 2026 plan is new, 3亿元, start "
                   "2026-05-01, and the row says new, 2.5亿元, start 2026-05-01; to revise the plan (年中调整), import "
                   "with --update\n"
                   "keyproj: " + s.dir().string() + "/计划.csv: 1 error; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
  EXPECT_EQ(ok({"import", sheet("25000"), "--what", "plans", "--year", "2026", "--update", "--dry-run"}),
            "change TM-001 in the 2026 plan: new, 3亿元, start 2026-05-01 → new, 2.5亿元, start 2026-05-01\n"
            "dry run of " + s.dir().string() + "/计划.csv (plans): would add 0, change 1, leave 2 unchanged; nothing "
            "was written\n");
  EXPECT_EQ(s.dump(), before);
  ok({"import", sheet("25000"), "--what", "plans", "--year", "2026", "--update"});
  EXPECT_EQ(entries().substr(0, entries().find('\n')), "TM-001|2026|new|250000000|2026-05-01|-");
  const Rows edit = s.rows("SELECT after, reason FROM audit WHERE entity = 'annual_plan' AND action = 'edit'");
  ASSERT_EQ(edit.size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(edit[0][0])["investment_yuan"].dump() + " " + edit[0][1], "250000000 import --update");
}

TEST_F(ImportPlans, AnExportIsReadBackAsItWasWritten) {
  ok({"import", sheet("30000"), "--what", "plans", "--year", "2026"});
  ok({"--user", "张三", "plan", "set", "TM-001", "--year", "2025", "--class", "reserve"});
  const std::string csv = ok({"export", "--what", "plans", "--format", "csv"});
  EXPECT_EQ(csv, "project_code,name_zh,year,class,investment_yuan,planned_start,planned_finish,author\r\n"
                 "TM-001,天门物流园,2025,reserve,,,,张三\r\n"
                 "TM-001,天门物流园,2026,new,300000000,2026-05-01,,tester\r\n"
                 "TM-002,天门冷链中心,2026,completing,80000000,,2026-12-31,tester\r\n"
                 "WH-001,汉口北市场,2026,continuing,,,,tester\r\n");
  EXPECT_EQ(ok({"--lang", "zh", "export", "--what", "plans", "--year", "2025", "--format", "csv"}),
            "项目编号,项目名称,年度,类别,年度计划投资（元）,计划开工,计划竣工,填报人\r\n"
            "TM-001,天门物流园,2025,reserve,,,,张三\r\n");
  const std::string zh = ok({"--lang", "zh", "export", "--what", "plans", "--format", "csv"});
  Sandbox other;
  ASSERT_EQ(other.keyproj({"init"}).code, 0);
  for (const auto& [code, name, region] : {std::tuple{"TM-001", "天门物流园", "TM"}, {"TM-002", "天门冷链中心", "TM"},
                                           {"WH-001", "汉口北市场", "WH"}})
    ASSERT_EQ(other.keyproj({"project", "add", "--code", code, "--name", name, "--region", region}).code, 0);
  // The author column is read back: the entries keep who set them, the audit names who imported.
  // On a server the author of a row is the role that wrote it, whatever a file says (the server
  // writes it): the import's.
  const Outcome r = other.keyproj({"--user", "李四", "import", other.write("p.csv", zh), "--what", "plans"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::string expected = csv;
  if (other.backend() == Backend::postgres)
    for (const std::string from : {",张三\r\n", ",tester\r\n"})
      for (std::size_t at = expected.find(from); at != std::string::npos; at = expected.find(from))
        expected.replace(at, from.size(), ",李四\r\n");
  EXPECT_EQ(other.keyproj({"export", "--what", "plans", "--format", "csv"}).out, expected);
  EXPECT_EQ(other.rows("SELECT DISTINCT \"user\" FROM audit WHERE entity = 'annual_plan'"), (Rows{{"李四"}}));
}

TEST_F(ImportPlans, EveryBadRowIsNamedAndNothingIsWritten) {
  const std::string f = s.write("bad.csv", "项目编号,类别,年度,年度计划投资（万元）,计划开工\n"
                                           "TM-001,在建,2026,100,\n"
                                           "TM-999,新开工,2026,100,\n"
                                           "TM-002,新开工,2026,-5,\n"
                                           "WH-001,新开工,2026,100,2027-03\n"
                                           "TM-002,续建,26,,\n"
                                           "TM-002,续建,,,\n");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", f, "--what", "plans"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err,
            "keyproj: " + f + " line 2, column B: 类别 '在建' is not a class of the annual plan; use new (新开工), "
            "continuing (续建), completing (竣工投产) or reserve (预备/前期)\n"
            "keyproj: " + f + " line 3, column A: 项目编号 'TM-999' is not the code of any project\n"
            "keyproj: " + f + " line 4, column D: 年度计划投资（万元） '-5' (万元) is negative; money must be zero or more\n"
            "keyproj: " + f + " line 5: start '2027-03-01' is not in 2026, the year of the plan\n"
            "keyproj: " + f + " line 6, column C: 年度 '26' is not a year; give four digits, such as 2026\n"
            "keyproj: " + f + " line 7, column C: the row gives no year; give it in a year (年度) column, or --year "
            "for the whole file\n"
            "keyproj: " + f + ": 6 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

}  // namespace
}  // namespace keyproj::e2e
