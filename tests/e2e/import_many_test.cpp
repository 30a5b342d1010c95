// The month of every county at once: `import FILE… --what updates` reads each sheet in turn in
// one transaction, all or nothing, each problem naming its file; the dry run sums up each
// sheet against its month (exchange/dispatch_summary.h).

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

class ImportMany : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    ok({"project", "add", "--code", "JM-001", "--name", "荆门市物流园项目", "--region", "JM"});
    ok({"project", "add", "--code", "JM-002", "--name", "荆门市冷链中心项目", "--region", "JM"});
    ok({"project", "add", "--code", "JM-003", "--name", "荆门市已竣工项目", "--region", "JM", "--stage", "completed"});
  }
};

const std::string kHeader = "项目编号,调度日期,本月完成投资（万元）,形象进度（%）\n";

TEST_F(ImportMany, DryRunSumsUpEachSheetAgainstItsMonth) {
  // Tianmen reports both its projects; Jingmen one of its two active ones (JM-003 is completed).
  const std::string tm = s.write("天门.csv", kHeader + "TM-011,2026-10-31,2000,40\nTM-012,2026-10-15,350.5,\n"
                                                      "TM-012,2026-09-30,100,\n");
  const std::string jm = s.write("荆门.csv", kHeader + "JM-001,2026-10-31,500,10\n");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", tm, jm, "--what", "updates", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  // 2000 + 350.5 万元 in October (September's 100 is another month); 500 in Jingmen.
  EXPECT_EQ(r.out,
            "add report 1 for TM-011 on 2026-10-31: 2000万元, total 0万元 → 2000万元\n"
            "add report 2 for TM-012 on 2026-10-15: 350.5万元, total 0万元 → 350.5万元\n"
            "add report 3 for TM-012 on 2026-09-30: 100万元, total 350.5万元 → 450.5万元\n"
            "add report 4 for JM-001 on 2026-10-31: 500万元, total 0万元 → 500万元\n" +
                tm + ": 3 rows, 0 problems; invested in 2026-10: 2350.5万元; not reported in 2026-10: 0 active "
                "projects of its regions\n" +
                jm + ": 1 row, 0 problems; invested in 2026-10: 500万元; not reported in 2026-10: 1 active project "
                "of its regions (JM-002)\n"
                "dry run of " + tm + ", " + jm + " (updates): would add 4, change 0, leave 0 unchanged; nothing was "
                "written\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportMany, AllSheetsInOneTransaction) {
  const std::string tm = s.write("天门.csv", kHeader + "TM-011,2026-10-31,2000,40\n");
  // The same row in two sheets is one report: the second sheet sees what the first added.
  const std::string jm = s.write("荆门.csv", kHeader + "JM-001,2026-10-31,500,10\nTM-011,2026-10-31,2000,40\n");
  const Outcome r = s.keyproj({"import", tm, jm, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + tm + ", " + jm + ": 2 added, 0 changed, 0 unchanged, 1 row already "
                   "recorded\n");
  EXPECT_EQ(show("TM-011")["invested_yuan"], 20000000);
  EXPECT_EQ(show("JM-001")["invested_yuan"], 5000000);
}

TEST_F(ImportMany, OneBadSheetRollsAllBack) {
  const std::string tm = s.write("天门.csv", kHeader + "TM-011,2026-10-31,2000,40\n");
  const std::string jm = s.write("荆门.csv", kHeader + "JM-001,2026-10-31,500,140\nJM-009,2026-10-31,1,\n");
  const std::string before = s.dump();
  Outcome r = s.keyproj({"import", tm, jm, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: " + jm + " line 2, column D: 形象进度（%） '140' is not a whole percentage from 0 to 100\n"
                   "keyproj: " + jm + " line 3, column A: 项目编号 'JM-009' is not the code of any project\n"
                   "keyproj: " + tm + ", " + jm + ": 2 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
  // The dry run sums up each sheet with its problems, then refuses as the import does.
  r = s.keyproj({"import", tm, jm, "--what", "updates", "--dry-run"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, tm + ": 1 row, 0 problems; invested in 2026-10: 2000万元; not reported in 2026-10: 1 active "
                   "project of its regions (TM-012)\n" +
                   jm + ": 2 rows, 2 problems; no new report to date its month\n");
  EXPECT_EQ(s.dump(), before);
  // A file that cannot be read at all stops the import, named.
  const std::string broken = s.write("broken.csv", "code,note\nTM-011,\"主体\n");
  r = s.keyproj({"import", tm, broken, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + broken +
                       " line 2, column B: the quoted field that opens here is never closed; end it with a double "
                       "quote\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportMany, FilesOfEveryFormatAndKind) {
  // A JSON file and a CSV file, of owners: any kind takes several files.
  const std::string a = s.write("a.json", R"([{"name": "天门市商务局"}])");
  const std::string b = s.write("b.csv", "name\n荆门市发改委\n");
  EXPECT_EQ(ok({"import", a, b, "--what", "owners"}),
            "imported owners from " + a + ", " + b + ": 1 added, 0 changed, 1 unchanged\n");
  // A format that cannot be read is refused before anything is opened.
  const Outcome r = s.keyproj({"import", b, s.write("c.txt2", "x"), "--what", "owners"});
  EXPECT_EQ(r.code, 2);
}

}  // namespace
}  // namespace keyproj::e2e
