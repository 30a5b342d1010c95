// One way to read a date: the command line and import take the same forms (2026-1-28,
// 2026/1/28, 2026.1.28, 20260128, 2026年1月28日; a month or a year where a period is meant), and
// refuse the same impossible days, naming the field and the value.

#include "e2e/tracking_fixture.h"

#include <cstdio>

namespace keyproj::e2e {
namespace {

class DateForms : public Tracking {
 protected:
  // The ISO form of a day, as the test expects every written form to be read.
  static std::string iso(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  // The reported_on of every report, in the order of their ids.
  std::vector<std::string> report_dates() {
    std::vector<std::string> out;
    for (const auto& u : json::parse(ok({"export", "--what", "updates", "--format", "json"})))
      out.push_back(u["reported_on"]);
    return out;
  }
};

struct Day {
  int y, m, d;
};
// Each form is given a different day, so the test sees which form became which date.
const std::vector<std::pair<std::string, Day>> kForms{
    {"2026-01-05", {2026, 1, 5}},  {"2026-2-6", {2026, 2, 6}},        {"2026/3/7", {2026, 3, 7}},
    {"2026.4.8", {2026, 4, 8}},    {"20260509", {2026, 5, 9}},        {"2026年6月10日", {2026, 6, 10}},
    {"2026/07/11", {2026, 7, 11}}, {"2026年08月12日", {2026, 8, 12}}, {"2026/9/1", {2026, 9, 1}},
};

TEST_F(DateForms, TheCommandLineTakesEveryFormOfADay) {
  std::vector<std::string> expected;
  for (const auto& [text, day] : kForms) {
    ok({"log", "TM-011", "--date", text, "--progress", std::to_string(day.m)});
    expected.push_back(iso(day.y, day.m, day.d));
  }
  EXPECT_EQ(report_dates(), expected);
  ok({"milestone", "add", "TM-011", "--title", "主体完工", "--due", "2026年9月"});
  ok({"milestone", "done", "1", "--date", "2026/9/3"});
  const json m = json::parse(ok({"export", "--what", "milestones", "--format", "json"}))[0];
  EXPECT_EQ(m["due"], iso(2026, 9, 30));  // a month as a due date is its last day
  EXPECT_EQ(m["done_on"], iso(2026, 9, 3));
}

TEST_F(DateForms, PeriodsOnTheCommandLine) {
  ok({"project", "edit", "TM-012", "--start", "2026年3月", "--finish", "2027/2"});
  json p = show("TM-012");
  EXPECT_EQ(p["planned_start"], iso(2026, 3, 1));
  EXPECT_EQ(p["planned_finish"], iso(2027, 2, 28));
  ok({"project", "edit", "TM-012", "--start", "2026-4", "--finish", "2028"});
  p = show("TM-012");
  EXPECT_EQ(p["planned_start"], iso(2026, 4, 1));
  EXPECT_EQ(p["planned_finish"], iso(2028, 12, 31));
}

TEST_F(DateForms, ImportTakesTheSameFormsInTrimmedCells) {
  std::string sheet = "项目编号,调度日期,形象进度\n";
  std::vector<std::string> expected;
  for (const auto& [text, day] : kForms) {
    sheet += "TM-011,  " + text + " ," + std::to_string(day.m) + "\n";
    expected.push_back(iso(day.y, day.m, day.d));
  }
  const Outcome r = s.keyproj({"import", s.write("dates.csv", sheet), "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(report_dates(), expected);
}

TEST_F(DateForms, ImportRefusesAnImpossibleDayInAnyForm) {
  const std::string file =
      s.write("dates.csv", "项目编号,调度日期\nTM-011,2027-2-28\nTM-011,2027-2-29\nTM-011,2027年2月29日\nTM-011,2027/2\n");
  s.as_of = "2027-03-01";
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  const std::string f = "keyproj: " + file + " ";
  EXPECT_EQ(r.err, f + "line 3, column B: 调度日期 '2027-2-29' is not a day of the calendar\n" + f +
                       "line 4, column B: 调度日期 '2027年2月29日' is not a day of the calendar\n" + f +
                       "line 5, column B: 调度日期 '2027/2' is a month or a year, not a day; give YYYY-MM-DD, "
                       "YYYY/M/D, YYYYMMDD or YYYY年M月D日\n"
                       "keyproj: " + file + ": 3 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(DateForms, TheCommandLineRefusesWhatImportRefuses) {
  expect_refused(s, {"log", "TM-011", "--date", "2027-2-29"}, 4, "date '2027-2-29' is not a day of the calendar");
  expect_refused(s, {"log", "TM-011", "--date", "2027年2月29日"}, 4,
                 "date '2027年2月29日' is not a day of the calendar");
}

}  // namespace
}  // namespace keyproj::e2e
