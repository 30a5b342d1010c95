// The annual plan (plan set, list, remove, copy) and a project's actual start, run through the
// binary: what each command prints, writes and audits, and what a refusal leaves untouched.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

class Plan : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM", "--budget", "5亿"});
    ok({"project", "add", "--code", "TM-002", "--name", "天门冷链中心", "--region", "TM", "--stage", "building"});
    ok({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH", "--stage", "building"});
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  std::string scalar(const std::string& sql) {
    std::string out;
    for (const auto& row : s.rows(sql)) {
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "|" : "") + row[i];
      out += "\n";
    }
    return out;
  }
  Sandbox s;
};

TEST_F(Plan, SetAddsChangesAndAnUnchangedSetWritesNothing) {
  EXPECT_EQ(ok({"plan", "set", "TM-001", "--year", "2026", "--class", "新开工", "--investment", "3亿", "--start",
                "2026-05"}),
            "added TM-001 天门物流园 in the 2026 plan\n  class: new\n  investment_yuan: 3亿元\n"
            "  planned_start: 2026-05-01\n");
  EXPECT_EQ(ok({"plan", "set", "天门物流园", "--year", "2026年", "--investment", "2.5亿"}),
            "changed TM-001 天门物流园 in the 2026 plan\n  investment_yuan: 3亿元 → 2.5亿元\n");
  const std::string before = s.dump();
  EXPECT_EQ(ok({"plan", "set", "TM-001", "--year", "2026", "--class", "new", "--investment", "25000万"}),
            "TM-001 天门物流园 in the 2026 plan: nothing changed\n");
  EXPECT_EQ(s.dump(), before);
  EXPECT_EQ(scalar("SELECT year, class, investment_yuan, planned_start, planned_finish FROM annual_plan"),
            "2026|new|250000000|2026-05-01|NULL\n");
  // Cleared: in the list, with no plan amount.
  ok({"plan", "set", "TM-001", "--year", "2026", "--investment", ""});
  EXPECT_EQ(scalar("SELECT investment_yuan FROM annual_plan"), "NULL\n");
  EXPECT_EQ(scalar("SELECT action, \"user\" FROM audit WHERE entity = 'annual_plan' ORDER BY id"),
            "create|tester\nedit|tester\nedit|tester\n");
}

TEST_F(Plan, ListShowsEachYearsEntriesInEveryFormat) {
  ok({"plan", "set", "TM-001", "--year", "2026", "--class", "new", "--investment", "3亿", "--start", "2026-05"});
  ok({"plan", "set", "TM-002", "--year", "2026", "--class", "竣工投产", "--investment", "8000万", "--finish", "2026-12"});
  ok({"--user", "张三", "plan", "set", "WH-001", "--year", "2025", "--class", "续建", "--investment", "1亿"});
  EXPECT_EQ(ok({"plan", "list", "--year", "2026", "--format", "csv"}),
            "year,code,name_zh,region,class,investment_yuan,planned_start,planned_finish,stage,started_on,author\r\n"
            "2026,TM-001,天门物流园,TM,new,300000000,2026-05-01,,planned,,tester\r\n"
            "2026,TM-002,天门冷链中心,TM,completing,80000000,,2026-12-31,building,,tester\r\n");
  EXPECT_EQ(ok({"plan", "list", "--region", "WH", "--format", "csv"}),
            "year,code,name_zh,region,class,investment_yuan,planned_start,planned_finish,stage,started_on,author\r\n"
            "2025,WH-001,汉口北市场,WH,continuing,100000000,,,building,,张三\r\n");
  // The author is who last set the entry; a set that changes nothing leaves it.
  ok({"--user", "李四", "plan", "set", "WH-001", "--year", "2025", "--investment", "1亿"});
  ok({"--user", "王五", "plan", "set", "TM-001", "--year", "2026", "--investment", "2亿"});
  EXPECT_EQ(scalar("SELECT p.code, a.author FROM annual_plan a JOIN project p ON p.id = a.project_id ORDER BY 1"),
            "TM-001|王五\nTM-002|tester\nWH-001|张三\n");
  const json rows = json::parse(ok({"plan", "list", "--format", "json"}));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0]["year"], 2025);
  EXPECT_EQ(rows[1]["investment_yuan"], 200000000);
  EXPECT_EQ(rows[1]["author"], "王五");
  EXPECT_TRUE(rows[2]["planned_start"].is_null());
  const std::string table = ok({"--lang", "zh", "plan", "list", "--year", "2026"});
  EXPECT_NE(table.find("新开工"), std::string::npos) << table;
  EXPECT_NE(table.find("竣工投产"), std::string::npos) << table;
}

TEST_F(Plan, RemoveTakesTheEntryOutAndTheAuditKeepsItWithTheReason) {
  ok({"plan", "set", "TM-001", "--year", "2026", "--class", "new", "--investment", "3亿"});
  EXPECT_EQ(ok({"--user", "张三", "plan", "remove", "TM-001", "--year", "2026", "--reason", "年中调整调出"}),
            "removed TM-001 天门物流园 from the 2026 plan (it was new)\n");
  EXPECT_EQ(scalar("SELECT count(*) FROM annual_plan"), "0\n");
  const Rows removal = s.rows("SELECT action, \"user\", before, reason FROM audit WHERE entity = 'annual_plan' "
                              "ORDER BY id DESC LIMIT 1");
  ASSERT_EQ(removal.size(), 1u);
  EXPECT_EQ(removal[0][0] + "|" + removal[0][1] + "|" + json::parse(removal[0][2])["investment_yuan"].dump() + "|" +
                removal[0][3],
            "remove|张三|300000000|年中调整调出");
}

TEST_F(Plan, CopyCarriesTheUnfinishedOverAndSaysHowMany) {
  ok({"project", "add", "--code", "TM-003", "--name", "天门竣工项目", "--region", "TM", "--stage", "building"});
  ok({"project", "add", "--code", "TM-004", "--name", "天门前期项目", "--region", "TM"});
  ok({"plan", "set", "TM-001", "--year", "2025", "--class", "new", "--investment", "3亿", "--start", "2025-05"});
  ok({"plan", "set", "TM-002", "--year", "2025", "--class", "new", "--investment", "1亿", "--start", "2025-03"});
  ok({"plan", "set", "TM-003", "--year", "2025", "--class", "completing", "--investment", "1亿"});
  ok({"plan", "set", "TM-004", "--year", "2025", "--class", "reserve"});
  ok({"plan", "set", "WH-001", "--year", "2025", "--class", "continuing"});
  // TM-001 is not started yet; TM-002 entered building (started, its day unknown); TM-003 is
  // completed; WH-001 is already in 2026's list.
  ok({"log", "TM-001", "--date", "2025-10-31", "--stage", "preparing"});
  ok({"log", "TM-003", "--date", "2025-12-20", "--stage", "completed"});
  ok({"plan", "set", "WH-001", "--year", "2026", "--class", "completing", "--investment", "2亿"});
  EXPECT_EQ(ok({"plan", "copy", "--from", "2025", "--to", "2026"}),
            "carried 3 projects over from 2025 to 2026 with no plan amount; 1 completed, operating or cancelled stay "
            "behind; 1 already in the 2026 plan kept as they are\n");
  EXPECT_EQ(scalar("SELECT p.code, a.class, coalesce(CAST(a.investment_yuan AS TEXT), '-'), "
                   "coalesce(CAST(a.planned_start AS TEXT), '-') "
                   "FROM annual_plan a JOIN project p ON p.id = a.project_id WHERE a.year = 2026 ORDER BY p.code"),
            "TM-001|new|-|-\nTM-002|continuing|-|-\nTM-004|reserve|-|-\nWH-001|completing|200000000|-\n");
  EXPECT_EQ(scalar("SELECT count(*) FROM audit WHERE entity = 'annual_plan' AND reason = 'carried over from 2025'"),
            "3\n");
}

TEST_F(Plan, TheFirstMoveToBuildingStartsAProjectAndAnOfficersStartStands) {
  ok({"log", "TM-001", "--date", "2026-02-28", "--stage", "preparing"});
  ok({"log", "TM-001", "--date", "2026-03-31", "--stage", "building"});
  ok({"log", "TM-001", "--date", "2026-04-30", "--stage", "suspended"});
  ok({"log", "TM-001", "--date", "2026-05-31", "--stage", "building"});  // a resumption starts nothing
  EXPECT_EQ(scalar("SELECT started_on, start_source FROM project WHERE code = 'TM-001'"), "2026-03-31|stage\n");
  std::vector<std::string> starts;
  for (const auto& row : s.rows("SELECT after FROM audit WHERE action = 'stage' ORDER BY id"))
    if (const json after = json::parse(row[0]); after.contains("started_on") && !after["started_on"].is_null())
      starts.push_back(after["started_on"].get<std::string>());
  EXPECT_EQ(starts, std::vector<std::string>{"2026-03-31"});
  // An officer's day; a later move does not override it.
  EXPECT_EQ(ok({"project", "edit", "TM-002", "--started", "2025年6月1日"}),
            "edited TM-002 天门冷链中心\n  started_on: — → 2025-06-01\n  start_source: — → officer\n");
  ok({"log", "TM-002", "--date", "2026-01-31", "--stage", "completed"});
  EXPECT_EQ(scalar("SELECT started_on, start_source FROM project WHERE code = 'TM-002'"), "2025-06-01|officer\n");
  ok({"project", "edit", "TM-002", "--started", ""});
  EXPECT_EQ(scalar("SELECT coalesce(CAST(started_on AS TEXT), '-'), coalesce(start_source, '-') FROM project "
                   "WHERE code = 'TM-002'"),
            "-|-\n");
  // In the list, as of a date before the start the project had not started.
  ok({"plan", "set", "TM-001", "--year", "2026", "--class", "new"});
  s.as_of = "2026-03-30";
  EXPECT_EQ(ok({"plan", "list", "--format", "csv"}),
            "year,code,name_zh,region,class,investment_yuan,planned_start,planned_finish,stage,started_on,author\r\n"
            "2026,TM-001,天门物流园,TM,new,,,,preparing,,tester\r\n");
  s.as_of = "2026-03-31";
  EXPECT_EQ(ok({"plan", "list", "--format", "csv"}),
            "year,code,name_zh,region,class,investment_yuan,planned_start,planned_finish,stage,started_on,author\r\n"
            "2026,TM-001,天门物流园,TM,new,,,,building,2026-03-31,tester\r\n");
}

}  // namespace
}  // namespace keyproj::e2e
