// The same month never counts twice: a day that has a report of a project takes no second one
// unless the officer says it is one (--again), and a sheet imported twice adds nothing the
// second time. Expected totals are computed here from the sheets' own amounts.

#include <cstdint>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

class SameMonth : public Tracking {
 protected:
  std::int64_t invested(const std::string& code) { return show(code)["invested_yuan"].get<std::int64_t>(); }
};

constexpr std::int64_t kWan = 10000;

TEST_F(SameMonth, ADayWithAReportTakesNoSecondOneWithoutAgain) {
  ok({"log", "TM-011", "--date", "2026-10-31", "--invested", "2000万"});
  expect_refused(s, {"log", "TM-011", "--date", "2026-10-31", "--invested", "2000万"}, 4,
                 "TM-011 already has report 1 on 2026-10-31; to put it right, log TM-011 --correct 1 --reason TEXT; "
                 "for a second report that day, add --again");
  EXPECT_EQ(invested("TM-011"), 2000 * kWan);
  // The other project, and the next day, are not that day.
  ok({"log", "TM-012", "--date", "2026-10-31", "--invested", "100万"});
  ok({"log", "TM-011", "--date", "2026-11-01", "--invested", "100万"});
  // A genuinely second report that day.
  EXPECT_EQ(ok({"log", "TM-011", "--date", "2026-10-31", "--invested", "300万", "--again"}),
            "logged report 4 for TM-011 天门市综合物流产业园项目 on 2026-10-31\n"
            "invested: +300万元, total 2400万元 of budget 1.5亿元 (16.0%)\n");
  EXPECT_EQ(invested("TM-011"), (2000 + 100 + 300) * kWan);
}

TEST_F(SameMonth, ASheetImportedTwiceAddsNothingTheSecondTime) {
  const std::int64_t a = 1500, b = 200;  // 万元, as the county writes them
  const std::string file = s.write("十月调度.csv", "项目编号,调度日期,本月完成投资（万元）,进展情况\n"
                                                   "TM-011,2026-10-31," + std::to_string(a) + ",主体施工\n"
                                                   "TM-012,2026-10-31," + std::to_string(b) + ",\n");
  EXPECT_EQ(ok({"import", file, "--what", "updates"}),
            "imported updates from " + file + ": 2 added, 0 changed, 0 unchanged\n");
  const std::string once = s.dump();
  EXPECT_EQ(ok({"import", file, "--what", "updates", "--dry-run"}),
            "already recorded as report 1: TM-011 on 2026-10-31\n"
            "already recorded as report 2: TM-012 on 2026-10-31\n" +
                file + ": 2 rows, 0 problems; invested in 2026-10: " + std::to_string(a + b) +
                "万元; not reported in 2026-10: 0 active projects of its regions\n"
                "dry run of " + file + " (updates): would add 0, change 0, leave 0 unchanged, skip 2 rows already "
            "recorded; nothing was written\n");
  EXPECT_EQ(ok({"import", file, "--what", "updates"}),
            "imported updates from " + file + ": 0 added, 0 changed, 0 unchanged, 2 rows already recorded: the file "
            "adds nothing new\n");
  EXPECT_EQ(s.dump(), once);
  EXPECT_EQ(invested("TM-011"), a * kWan);
  EXPECT_EQ(invested("TM-012"), b * kWan);
  // Even with --again: a row identical to a recorded report is that report.
  EXPECT_EQ(ok({"import", file, "--what", "updates", "--again"}),
            "imported updates from " + file + ": 0 added, 0 changed, 0 unchanged, 2 rows already recorded: the file "
            "adds nothing new\n");
  EXPECT_EQ(s.dump(), once);
}

TEST_F(SameMonth, ARowForADayWithAnotherReportIsRefusedOnItsLineUnlessAgain) {
  ok({"log", "TM-011", "--date", "2026-10-31", "--invested", "1000万", "--note", "主体施工"});
  // Line 2 differs from the recorded report; line 4 repeats the day of line 3 with other
  // values, and so does line 5, which repeats line 4 exactly: once line 4 is in (--again),
  // line 5 is that report and is skipped.
  const std::string file = s.write("sheet.csv", "code,date,invested,note\n"
                                                "TM-011,2026-10-31,1100万,主体施工\n"
                                                "TM-012,2026-10-31,50万,\n"
                                                "TM-012,2026-10-31,60万,\n"
                                                "TM-012,2026-10-31,60万,\n");
  expect_refused(s, {"import", file, "--what", "updates"}, 4,
                 file + " line 2, column B: TM-011 already has report 1 on 2026-10-31 with other values; give the row "
                        "a corrects column naming it to correct it, or import with --again for a second report that "
                        "day\nkeyproj: " + file + " line 4, column B: TM-012 already has report 2 on 2026-10-31 with "
                        "other values; give the row a corrects column naming it to correct it, or import with --again "
                        "for a second report that day\nkeyproj: " + file + " line 5, column B: TM-012 already has "
                        "report 2 on 2026-10-31 with other values; give the row a corrects column naming it to correct "
                        "it, or import with --again for a second report that day\nkeyproj: " + file +
                        ": 3 errors; nothing was imported");
  EXPECT_EQ(ok({"import", file, "--what", "updates", "--again"}),
            "imported updates from " + file + ": 3 added, 0 changed, 0 unchanged, 1 row already recorded\n");
  EXPECT_EQ(invested("TM-011"), (1000 + 1100) * kWan);
  EXPECT_EQ(invested("TM-012"), (50 + 60) * kWan);
}

}  // namespace
}  // namespace keyproj::e2e
