// Projects and milestones from a file: upserts that change only what a row carries, by the
// same store functions and stage rules as project edit and the milestone commands.

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

using ImportProjects = Tracking;

TEST_F(ImportProjects, AddsNewAndChangesOnlyWhatTheRowCarries) {
  const std::string file = s.write("projects.csv",
                                   "项目编号,项目名称,地区,计划总投资,计划完成,阶段,责任单位\r\n"
                                   "TM-011,,,2亿,,在建,\r\n"
                                   "TM-012,,,,2026-06,,\r\n"
                                   "WH-101,\"汉口北市场, 二期\",WH,1.2亿,2027,前期,武汉市商务局\r\n");
  Outcome r = s.keyproj({"import", file, "--what", "projects", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "change TM-011: budget_yuan 150000000 → 200000000; stage planned → building\n"
            "change TM-012: planned_finish — → 2026-06-30; finish_source — → officer\n"
            "add WH-101 汉口北市场, 二期\n"
            "dry run of " + file + " (projects): would add 1, change 2, leave 0 unchanged; nothing was written\n");
  r = s.keyproj({"import", file, "--what", "projects"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported projects from " + file + ": 1 added, 2 changed, 0 unchanged\n");
  const json a = show("TM-011");
  EXPECT_EQ(a["budget_yuan"], 200000000);
  EXPECT_EQ(a["stage"], "building");
  EXPECT_EQ(a["owner"], "天门市商务局");         // an empty cell changes nothing
  EXPECT_EQ(a["planned_finish"], "2025-12-31");
  const json c = show("WH-101");
  EXPECT_EQ(c["name_zh"], "汉口北市场, 二期");
  EXPECT_EQ(c["region"], "WH");
  EXPECT_EQ(c["stage"], "preparing");
  EXPECT_EQ(c["planned_finish"], "2027-12-31");
  EXPECT_EQ(c["owner"], "武汉市商务局");
  // The same file again: everything is as it says.
  r = s.keyproj({"import", file, "--what", "projects"});
  EXPECT_EQ(r.out, "imported projects from " + file + ": 0 added, 0 changed, 3 unchanged\n");
}

TEST_F(ImportProjects, RefusalsNameTheirLineAndColumn) {
  ok({"project", "edit", "TM-012", "--stage", "cancelled"});
  const std::string file = s.write("projects.csv",
                                   "code,name,region,budget,start,finish,stage\n"
                                   "TM-011,,WH,,,,\n"                       // region of an existing project
                                   "WH-101,新项目,WH,,,,\n"                 // allowed
                                   "TM-012,,,,,,building\n"                 // cancelled is final
                                   "XX-001,新项目,XX,,,,\n"                 // unknown region
                                   "XX-002,,TM,,,,\n"                       // no name
                                   "TM 003,新项目,TM,,,,\n"                 // code with a space
                                   "TM-013,新项目,TM,,2026,2025,\n");       // finish before start
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  const std::string f = "keyproj: " + file + " ";
  EXPECT_EQ(r.err,
            f + "line 2, column C: region 'WH' differs from TM-011's region TM; a project's region is not changed by "
                "import\n" +
            f + "line 4, column G: stage cancelled → building is refused: a cancelled project stays cancelled\n" +
            f + "line 5, column C: region 'XX' is not known; use one of TM, EZ, WH, ZS, JM\n" +
            f + "line 6, column B: name is empty; XX-002 is a new project and needs its name\n" +
            f + "line 7, column A: code 'TM 003' is not a project code: use 1 to 32 ASCII letters, digits, '-', '_' "
                "or '.', not starting with '-', e.g. TM-022\n" +
            f + "line 8, column F: finish '2025-12-31' is before start '2026-01-01'\n" +
            "keyproj: " + file + ": 6 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

// Two rows for one project: the second once silently overwrote the first.
TEST_F(ImportProjects, AProjectNamedTwiceInOneFileIsRefused) {
  const std::string file = s.write("projects.csv",
                                   "code,name,region,budget\n"
                                   "TM-500,新项目,TM,1亿\n"
                                   "TM-501,另一个,TM,\n"
                                   " TM-500 ,新项目,TM,2亿\n");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + file + " line 4, column A: code 'TM-500' is on line 2 too; a file names each of its "
                   "projects once\nkeyproj: " + file + ": 1 error; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportProjects, MilestonesAddedDoneAndMoved) {
  ok({"milestone", "add", "TM-011", "--title", "主体封顶", "--due", "2026-06"});
  const std::string file = s.write("milestones.csv",
                                   "id,project_code,title,baseline_due,due,done_on,reason\n"
                                   "1,TM-011,主体封顶,,2026-09-30,,\"设计变更, 顺延\"\n"
                                   ",TM-012,冷库竣工,2026-03-31,2026-12-31,,土地未摘牌\n"
                                   ",TM-012,可研批复,2026-01,,2026-02-15,\n");
  Outcome r = s.keyproj({"import", file, "--what", "milestones"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported milestones from " + file + ": 2 added, 1 changed, 0 unchanged\n");
  EXPECT_EQ(ok({"export", "--what", "milestones"}),
            "id,project_code,name_zh,title,baseline_due,due,done_on,reason,kind,marks_start\r\n"
            "1,TM-011,天门市综合物流产业园项目,主体封顶,2026-06-30,2026-09-30,,\"设计变更, 顺延\",milestone,\r\n"
            "2,TM-012,天门市冷链物流配送中心项目,冷库竣工,2026-03-31,2026-12-31,,土地未摘牌,milestone,\r\n"
            "3,TM-012,天门市冷链物流配送中心项目,可研批复,2026-01-31,2026-01-31,2026-02-15,,milestone,\r\n");
  // Without an id, a row finds its milestone by project and title.
  const std::string done = s.write("done.csv", "code,title,done\nTM-011,主体封顶,2026-10-08\n");
  r = s.keyproj({"import", done, "--what", "milestones", "--dry-run"});
  EXPECT_EQ(r.out, "change milestone 1 of TM-011: done on 2026-10-08\n"
                   "dry run of " + done + " (milestones): would add 0, change 1, leave 0 unchanged; nothing was written\n");
}

TEST_F(ImportProjects, MilestoneRefusals) {
  ok({"milestone", "add", "TM-011", "--title", "主体封顶", "--due", "2026-06"});
  ok({"milestone", "add", "TM-011", "--title", "竣工验收", "--due", "2026-12"});
  ok({"milestone", "done", "2", "--date", "2026-11-01"});
  const std::string file = s.write("m.csv",
                                   "id,code,title,baseline,due,done,reason\n"
                                   "1,,主体完工,,,,\n"                     // renamed
                                   "1,,,,2026-08-31,,\n"                   // moved without a reason
                                   "2,,,,,2026-11-05,\n"                   // done twice
                                   "2,,,,2027-01-31,,延期\n"               // a done milestone moves
                                   "1,,,2026-05-31,,,\n"                   // baseline changed
                                   "1,TM-012,,,,,\n"                       // another project's
                                   ",TM-099,新节点,,2026-12,,\n"          // unknown project
                                   ",TM-012,,,2026-12,,\n"                 // no title
                                   "1,,,,,2026-12-01,\n");                 // done after today
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "milestones"});
  EXPECT_EQ(r.code, 4);
  const std::string f = "keyproj: " + file + " ";
  EXPECT_EQ(r.err,
            f + "line 2, column C: milestone 1 is titled '主体封顶'; import does not rename milestones\n" +
            f + "line 3, column G: milestone 1 moves from 2026-06-30 to 2026-08-31; give the reason in reason\n" +
            f + "line 4, column F: milestone 2 is already done (on 2026-11-01)\n" +
            f + "line 5, column E: milestone 2 was done on 2026-11-01; a reached milestone keeps its date\n" +
            f + "line 6, column D: baseline of milestone 1 is 2026-06-30; the first planned date never changes\n" +
            f + "line 7, column B: milestone 1 belongs to TM-011, not TM-012\n" +
            f + "line 8, column B: code 'TM-099' is not the code of any project\n" +
            f + "line 9, column C: title is empty; a new milestone needs its title\n" +
            f + "line 10, column F: date '2026-12-01' is after today (2026-11-22); record what has happened, or set "
                "--as-of\n" +
            "keyproj: " + file + ": 9 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

}  // namespace
}  // namespace keyproj::e2e
