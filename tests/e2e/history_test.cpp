// history PROJECT: every change to a project, its milestones and its reports, oldest first.

#include <gtest/gtest.h>

#include <regex>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

// ---- history ----------------------------------------------------------------------------

TEST_F(Tracking, HistoryListsEveryChangeOldestFirst) {
  ok({"--user", "张三", "log", "TM-011", "--stage", "building", "--progress", "30", "--invested", "2000万", "--blocker",
      "征地未完成"});
  ok({"--user", "李四", "milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"});
  ok({"--user", "李四", "milestone", "move", "1", "--due", "2026-12", "--reason", "征地延误"});
  ok({"--user", "李四", "milestone", "done", "1"});
  ok({"--user", "王五", "project", "edit", "TM-011", "--budget", "2亿", "--stage", "preparing", "--force", "--reason",
      "重新报批"});
  ok({"log", "TM-012", "--note", "另一个项目"});  // not in TM-011's history
  ok({"--user", "王五", "project", "archive", "TM-011"});
  EXPECT_EQ(without_times(ok({"history", "TM-011"})),
            "When                 Who     What                Change\n"
            "-------------------  ------  ------------------  ---------------------------------\n"
            "YYYY-MM-DD hh:mm:ss  tester  project create      code: TM-011\n"
            "                                                 name_zh: 天门市综合物流产业园项目\n"
            "                                                 region: TM\n"
            "                                                 owner: 天门市商务局\n"
            "                                                 stage: planned\n"
            "                                                 budget_yuan: 1.5亿元\n"
            "                                                 planned_start: 2022-01-01\n"
            "                                                 planned_finish: 2025-12-31\n"
            "                                                 finish_source: officer\n"
            "YYYY-MM-DD hh:mm:ss  张三    project stage       stage: planned → building\n"
            "                                                 started_on: — → 2026-11-22\n"
            // The report's blocker opened a problem of the project.
            "YYYY-MM-DD hh:mm:ss  张三    problem 1 create    text: 征地未完成\n"
            "                                                 level: county\n"
            "                                                 raised_on: 2026-11-22\n"
            "YYYY-MM-DD hh:mm:ss  张三    report 1 log        reported_on: 2026-11-22\n"
            "                                                 stage: building\n"
            "                                                 progress_pct: 30\n"
            "                                                 invested_yuan: 2000万元\n"
            "                                                 blocker: 征地未完成\n"
            "YYYY-MM-DD hh:mm:ss  李四    milestone 1 create  title: 主体工程完工\n"
            "                                                 baseline_due: 2026-06-30\n"
            "                                                 due: 2026-06-30\n"
            "YYYY-MM-DD hh:mm:ss  李四    milestone 1 move    due: 2026-06-30 → 2026-12-31\n"
            "                                                 reason: 征地延误\n"
            "YYYY-MM-DD hh:mm:ss  李四    milestone 1 done    done_on: — → 2026-11-22\n"
            "YYYY-MM-DD hh:mm:ss  王五    project edit        budget_yuan: 1.5亿元 → 2亿元\n"
            "YYYY-MM-DD hh:mm:ss  王五    project stage       stage: building → preparing\n"
            "                                                 reason: 重新报批\n"
            "YYYY-MM-DD hh:mm:ss  王五    project archive     archived_at: — → 2026-11-22\n");
}

TEST_F(Tracking, HistoryAsCsvAndJsonKeepsTheStoredBeforeAndAfter) {
  ok({"--user", "李四", "milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2026-06"});
  ok({"--user", "李四", "milestone", "move", "1", "--due", "2026-12", "--reason", "设备未到货"});
  EXPECT_EQ(without_times(ok({"history", "冷链", "--format", "csv"})),
            "at,user,entity,entity_id,action,before,after,reason\r\n"
            "<at>,tester,project,2,create,,\"{\"\"code\"\":\"\"TM-012\"\",\"\"name_zh\"\":\"\"天门市冷链物流配送中心项目\"\","
            "\"\"name_en\"\":null,\"\"region\"\":\"\"TM\"\",\"\"county\"\":null,\"\"program\"\":null,\"\"category\"\":null,"
            "\"\"location\"\":null,\"\"scale\"\":null,\"\"owner\"\":null,\"\"stage\"\":\"\"planned\"\",\"\"budget_yuan\"\":null,"
            "\"\"planned_start\"\":null,\"\"planned_finish\"\":null,\"\"finish_source\"\":null,\"\"started_on\"\":null,\"\"start_source\"\":null}\",\r\n"
            "<at>,李四,milestone,1,create,,\"{\"\"title\"\":\"\"冷库建成\"\",\"\"baseline_due\"\":\"\"2026-06-30\"\","
            "\"\"due\"\":\"\"2026-06-30\"\"}\",\r\n"
            "<at>,李四,milestone,1,move,\"{\"\"due\"\":\"\"2026-06-30\"\"}\",\"{\"\"due\"\":\"\"2026-12-31\"\"}\",设备未到货\r\n");
  const json j = json::parse(ok({"history", "TM-012", "--format", "json"}));
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[2]["user"], "李四");
  EXPECT_EQ(j[2]["entity"], "milestone");
  EXPECT_EQ(j[2]["entity_id"], 1);
  EXPECT_EQ(j[2]["action"], "move");
  EXPECT_EQ(j[2]["before"], json::parse(R"({"due":"2026-06-30"})"));
  EXPECT_EQ(j[2]["after"], json::parse(R"({"due":"2026-12-31"})"));
  EXPECT_EQ(j[2]["reason"], "设备未到货");
  EXPECT_TRUE(j[0]["before"].is_null());
  EXPECT_TRUE(j[0]["reason"].is_null());
  EXPECT_EQ(without_times(j[0]["at"].get<std::string>()), "<at>");
}

TEST_F(Tracking, HistoryOfAnUnknownOrAmbiguousProject) {
  expect_refused(s, {"history", "港口"}, 3, "project '港口' is not a code nor part of any project's name");
  expect_refused(s, {"history", "物流"}, 2,
                 "project '物流' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, "
                 "TM-012 天门市冷链物流配送中心项目");
}

}  // namespace
}  // namespace keyproj::e2e
