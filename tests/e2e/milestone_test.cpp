// Milestones: add, list, move (keeping the baseline), done, and how the card shows them.

#include <gtest/gtest.h>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

// ---- milestones -------------------------------------------------------------------------

class Milestones : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    ASSERT_EQ(ok({"milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"}), "1\n");
    ASSERT_EQ(ok({"milestone", "add", "物流产业园", "--title", "竣工验收", "--due", "2027"}), "2\n");
    ASSERT_EQ(ok({"milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2026-12-15"}), "3\n");
  }
};

TEST_F(Milestones, AddPrintsTheIdAndTakesThePeriodsLastDay) {
  const json j = show("TM-011");
  EXPECT_EQ(j["milestones"], json::parse(R"([
      {"id":1,"title":"主体工程完工","baseline_due":"2026-06-30","due":"2026-06-30","done_on":null},
      {"id":2,"title":"竣工验收","baseline_due":"2027-12-31","due":"2027-12-31","done_on":null}])"));
}

TEST_F(Milestones, ListInAllThreeFormatsWithDaysLate) {
  EXPECT_EQ(ok({"milestone", "list"}),
            "Id  Project  Milestone     Baseline    Due         Done  Days late\n"
            "--  -------  ------------  ----------  ----------  ----  ---------\n"
            " 1  TM-011   主体工程完工  2026-06-30  2026-06-30  —           145\n"
            " 2  TM-011   竣工验收      2027-12-31  2027-12-31  —             —\n"
            " 3  TM-012   冷库建成      2026-12-15  2026-12-15  —             —\n");
  EXPECT_EQ(ok({"milestone", "list", "TM-011", "--format", "csv"}),
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-06-30,,145\r\n"
            "2,TM-011,竣工验收,2027-12-31,2027-12-31,,\r\n");
  EXPECT_EQ(json::parse(ok({"milestone", "list", "冷链", "--format", "json"})),
            json::parse(R"([{"id":3,"project":"TM-012","title":"冷库建成","baseline_due":"2026-12-15",
                "due":"2026-12-15","done_on":null,"days_late":null}])"));
}

TEST_F(Milestones, ListsEveryProjectByCodeThenDueDate) {
  ok({"milestone", "add", "TM-011", "--title", "开工", "--due", "2022-03-01"});
  const std::string out = ok({"milestone", "list", "--format", "csv"});
  EXPECT_EQ(out,
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "4,TM-011,开工,2022-03-01,2022-03-01,,1727\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-06-30,,145\r\n"
            "2,TM-011,竣工验收,2027-12-31,2027-12-31,,\r\n"
            "3,TM-012,冷库建成,2026-12-15,2026-12-15,,\r\n");
}

TEST_F(Milestones, MoveKeepsTheBaselineAndDoneClosesIt) {
  EXPECT_EQ(ok({"--user", "张三", "milestone", "move", "1", "--due", "2026-09", "--reason", "征地延误"}),
            "milestone 1 of TM-011 moved from 2026-06-30 to 2026-09-30 (baseline 2026-06-30): 主体工程完工\n");
  EXPECT_EQ(ok({"milestone", "move", "1", "--due", "2026-12-31", "--reason", "资金未到位"}),
            "milestone 1 of TM-011 moved from 2026-09-30 to 2026-12-31 (baseline 2026-06-30): 主体工程完工\n");
  EXPECT_EQ(ok({"milestone", "done", "2", "--date", "2026-11-01"}),
            "milestone 2 of TM-011 done on 2026-11-01: 竣工验收\n");
  EXPECT_EQ(ok({"milestone", "list", "TM-011", "--format", "csv"}),
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-12-31,,\r\n"
            "2,TM-011,竣工验收,2027-12-31,2027-12-31,2026-11-01,\r\n");
  EXPECT_EQ(ok({"milestone", "list", "TM-011", "--open", "--format", "csv"}),
            "id,project,title,baseline_due,due,done_on,days_late\r\n"
            "1,TM-011,主体工程完工,2026-06-30,2026-12-31,,\r\n");
  std::vector<std::string> moves;
  for (const auto& row : s.rows("SELECT from_due, to_due, reason, moved_at, author FROM milestone_move ORDER BY id"))
    moves.push_back(row[0] + " " + row[1] + " " + row[2] + " " + row[3] + " " + row[4]);
  EXPECT_EQ(moves, (std::vector<std::string>{"2026-06-30 2026-09-30 征地延误 2026-11-22 张三",
                                             "2026-09-30 2026-12-31 资金未到位 2026-11-22 tester"}));
}

TEST_F(Milestones, DoneDefaultsToTheAsOfDate) {
  EXPECT_EQ(ok({"milestone", "done", "3"}), "milestone 3 of TM-012 done on 2026-11-22: 冷库建成\n");
}

TEST_F(Milestones, RefusalsWriteNothing) {
  ok({"milestone", "done", "2", "--date", "2026-11-01"});
  expect_refused(s, {"milestone", "done", "2"}, 4, "milestone 2 is already done (on 2026-11-01)");
  expect_refused(s, {"milestone", "move", "2", "--due", "2028", "--reason", "x"}, 4,
                 "milestone 2 was done on 2026-11-01; a reached milestone keeps its date");
  expect_refused(s, {"milestone", "move", "1", "--due", "2026-06-30", "--reason", "x"}, 4,
                 "milestone 1 is already due on 2026-06-30");
  expect_refused(s, {"milestone", "move", "1", "--due", "2026-09"}, 2, "--reason is required");
  expect_refused(s, {"milestone", "move", "1", "--reason", "x"}, 2, "--due is required");
  expect_refused(s, {"milestone", "move", "1", "--due", "2026-09", "--reason", ""}, 4, "reason is empty; give a value");
  expect_refused(s, {"milestone", "done", "99"}, 3, "milestone 99 does not exist");
  expect_refused(s, {"milestone", "done", "abc"}, 2,
                 "milestone 'abc' is not a milestone id; give the number 'milestone list' shows");
  expect_refused(s, {"milestone", "done", "1", "--date", "2027-01-01"}, 4,
                 "date '2027-01-01' is after today (2026-11-22); record what has happened, or set --as-of");
  expect_refused(s, {"milestone", "add", "TM-011", "--title", "x", "--due", "2026-13"}, 4, "due '2026-13' has no month 13");
  expect_refused(s, {"milestone", "add", "TM-011", "--due", "2026"}, 2, "--title is required");
  expect_refused(s, {"milestone", "add", "物流", "--title", "x", "--due", "2026"}, 2,
                 "project '物流' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, "
                 "TM-012 天门市冷链物流配送中心项目");
  expect_refused(s, {"milestone", "list", "港口"}, 3, "project '港口' is not a code nor part of any project's name");
}

// ---- project show -----------------------------------------------------------------------

TEST_F(Milestones, ShowCardHasFiguresMilestonesWithDaysLateAndTheLastFiveReports) {
  ok({"--user", "张三", "log", "TM-011", "--date", "2026-05-31", "--stage", "building", "--progress", "10",
      "--invested", "1000万", "--note", "桩基施工"});
  for (const std::string month : {"06-30", "07-31", "08-31", "09-30"})
    ok({"--user", "张三", "log", "TM-011", "--date", "2026-" + month, "--invested", "1000万"});
  ok({"--user", "李四", "log", "TM-011", "--progress", "45", "--invested", "3000万", "--note", "主体结构封顶", "--blocker",
      "征地未完成"});
  ok({"milestone", "move", "1", "--due", "2026-09", "--reason", "征地延误"});
  ok({"milestone", "add", "TM-011", "--title", "开工", "--due", "2022-03-01"});
  ok({"milestone", "done", "4", "--date", "2022-04-15"});
  EXPECT_EQ(ok({"project", "show", "TM-011"}),
            "TM-011       天门市综合物流产业园项目\n"
            "Region       天门 TM\n"
            "Program      (not stated)\n"
            "Category     (not stated)\n"
            "Location     (not stated)\n"
            "Scale        (not stated)\n"
            "Owner        天门市商务局\n"
            "Leader       (none)\n"
            "Stage        building\n"
            "Progress     45%\n"
            "Budget       1.5亿元\n"
            "Invested     8000万元\n"
            "Completion   53.3%\n"
            "Light        red: planned finish 2025-12-31 has passed; a milestone 53 days late; investment lags "
            "time elapsed by 47 points (more than 20)\n"
            "Last report  2026-11-22\n"
            "Start        2022-01-01\n"
            "Finish       2025-12-31\n"
            "Milestones   #4 开工: due 2022-03-01, done 2022-04-15\n"
            "             #1 主体工程完工: due 2026-09-30 (baseline 2026-06-30), 53 days late\n"
            "             #2 竣工验收: due 2027-12-31\n"
            "Reports      #6 2026-11-22 李四: building, 45%, +3000万元 — 主体结构封顶\n"
            "               blocker: 征地未完成\n"
            "             #5 2026-09-30 张三: building, +1000万元\n"
            "             #4 2026-08-31 张三: building, +1000万元\n"
            "             #3 2026-07-31 张三: building, +1000万元\n"
            "             #2 2026-06-30 张三: building, +1000万元\n");
}

}  // namespace
}  // namespace keyproj::e2e
