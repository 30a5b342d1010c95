// A report's blocker opens a problem of its project, raised on the report's date, unless an
// open problem of that project has the same text; and the scenario leaders follow: a problem
// raised by a report becomes overdue, is escalated, resolved, and leaves the overdue list.
// The sandbox's as-of date is 2026-11-22.

#include <gtest/gtest.h>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

constexpr const char* kListHeader = "id,project,text,unit,level,raised_on,due,status,resolved_on,days_late\r\n";

class Blockers : public Tracking {};

TEST_F(Blockers, ALoggedBlockerOpensOneProblemAndTheReportKeepsItsText) {
  ok({"log", "TM-012", "--date", "2026-09-30", "--progress", "10", "--blocker", "用地指标未落实"});
  // The next month repeats it while it is open: still one problem.
  ok({"log", "TM-012", "--date", "2026-10-31", "--progress", "12", "--blocker", "用地指标未落实"});
  ok({"log", "TM-011", "--date", "2026-10-31", "--progress", "40"});  // no blocker: no problem
  EXPECT_EQ(ok({"problem", "list", "--format", "csv"}),
            std::string(kListHeader) + "1,TM-012,用地指标未落实,,county,2026-09-30,,open,,\r\n");
  const json p = show("TM-012");
  ASSERT_EQ(p["updates"].size(), 2u);
  EXPECT_EQ(p["updates"][0]["blocker"], "用地指标未落实");
  EXPECT_EQ(p["updates"][1]["blocker"], "用地指标未落实");
  // Once resolved, the same text reported again is a new problem.
  ok({"problem", "resolve", "1", "--note", "指标已下达", "--date", "2026-11-05"});
  ok({"log", "TM-012", "--date", "2026-11-20", "--progress", "15", "--blocker", "用地指标未落实"});
  EXPECT_EQ(ok({"problem", "list", "--all", "--format", "csv"}),
            std::string(kListHeader) + "1,TM-012,用地指标未落实,,county,2026-09-30,,resolved,2026-11-05,\r\n"
                                       "2,TM-012,用地指标未落实,,county,2026-11-20,,open,,\r\n");
  // history shows the problem the report opened.
  std::vector<std::string> seen;
  for (const auto& h : json::parse(ok({"history", "TM-012", "--format", "json"})))
    if (h["entity"] == "problem") seen.push_back(h["entity_id"].dump() + " " + h["action"].get<std::string>());
  EXPECT_EQ(seen, (std::vector<std::string>{"1 create", "1 resolve", "2 create"}));
}

TEST_F(Blockers, AnImportedSheetsBlockerColumnOpensProblems) {
  const std::string file = s.write("dispatch.csv",
                                   "项目名称,调度日期,阶段,形象进度（%）,进展情况,存在问题\r\n"
                                   "综合物流,2026/10/31,在建,35%,主体施工,\r\n"
                                   "冷链,2026-10-31,前期,,可研批复,用地指标未落实\r\n");
  ASSERT_EQ(s.keyproj({"import", file, "--what", "updates"}).code, 0);
  EXPECT_EQ(ok({"problem", "list", "--format", "csv"}),
            std::string(kListHeader) + "1,TM-012,用地指标未落实,,county,2026-10-31,,open,,\r\n");
  // A dry run writes nothing, a problem neither.
  const std::string again = s.write("again.csv",
                                    "项目名称,调度日期,存在问题\r\n"
                                    "综合物流,2026-11-20,资金未到位\r\n");
  ASSERT_EQ(s.keyproj({"import", again, "--what", "updates", "--dry-run"}).code, 0);
  EXPECT_EQ(ok({"problem", "list", "--format", "csv"}),
            std::string(kListHeader) + "1,TM-012,用地指标未落实,,county,2026-10-31,,open,,\r\n");
}

TEST_F(Blockers, ARaisedProblemBecomesOverdueIsEscalatedResolvedAndLeavesTheList) {
  ok({"log", "TM-012", "--date", "2026-09-30", "--progress", "10", "--blocker", "用地指标未落实"});
  ok({"problem", "update", "1", "--due", "2026-10-31", "--unit", "天门市自然资源局", "--note", "限期落实",
      "--date", "2026-10-08"});
  const std::string header = "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n";
  const std::string name = "天门市冷链物流配送中心项目";
  // On the deadline it is not late; the day after, one day.
  EXPECT_EQ(ok_on(s, "2026-10-31", {"overdue", "--kind", "problem", "--format", "csv"}), header);
  EXPECT_EQ(ok_on(s, "2026-11-01", {"overdue", "--kind", "problem", "--format", "csv"}),
            header + "problem,TM-012," + name + ",TM,,,用地指标未落实,2026-10-31,1,天门市自然资源局,county\r\n");
  ok({"problem", "update", "1", "--level", "city", "--note", "提请市级协调", "--date", "2026-11-10"});
  // It is in the default list too, escalated, 22 days late on 2026-11-22.
  const std::string overdue = ok({"overdue", "--format", "csv"});
  EXPECT_NE(overdue.find("problem,TM-012," + name + ",TM,,,用地指标未落实,2026-10-31,22,天门市自然资源局,city\r\n"),
            std::string::npos)
      << overdue;
  EXPECT_EQ(ok({"problem", "list", "--overdue", "--format", "csv"}),
            std::string(kListHeader) + "1,TM-012,用地指标未落实,天门市自然资源局,city,2026-09-30,2026-10-31,open,,22\r\n");
  ok({"problem", "resolve", "1", "--note", "市自然资源局已下达用地指标", "--date", "2026-11-20"});
  EXPECT_EQ(ok({"overdue", "--kind", "problem", "--format", "csv"}), header);
  EXPECT_EQ(ok({"overdue", "--format", "csv"}).find("problem,"), std::string::npos);
  EXPECT_EQ(ok({"problem", "list", "--overdue", "--format", "csv"}), kListHeader);
  // As of a day before the resolution it was still late.
  EXPECT_EQ(ok_on(s, "2026-11-19", {"overdue", "--kind", "problem", "--format", "csv"}),
            header + "problem,TM-012," + name + ",TM,,,用地指标未落实,2026-10-31,19,天门市自然资源局,city\r\n");
}

}  // namespace
}  // namespace keyproj::e2e
