// What leaders get back: report, overdue and plan list written as workbooks (--out FILE.xlsx or
// --format xlsx), each with a title row naming the as-of date and the filters, the header in
// --lang, money in 万元 as numbers with two decimals shown, dates as Excel dates and the total
// row where the table has one. Every figure is read back from the cells.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "e2e/harness.h"
#include "e2e/workbook.h"

namespace keyproj::e2e {
namespace {

using namespace std::chrono;

constexpr std::int64_t kBudget11 = 150000000;  // TM-011: 1.5亿
constexpr std::int64_t kBudget12 = 25000000;   // TM-012: 2500万
constexpr std::int64_t kInvested11 = 12345678;  // TM-011, reported 2026-10-31
constexpr std::int64_t kInvestedWh = 5000000;   // WH-001 (no budget), reported 2026-11-01
constexpr std::int64_t kPlan11 = 30000000;      // TM-011 in the 2026 list: 3000万
constexpr std::int64_t kPlan12 = 200000000;     // TM-012 in the 2026 list: 2亿, to start 2026-05

double wan(std::int64_t yuan) { return static_cast<double>(yuan) / 10000.0; }

// Hundredths of a percent, half up, as bulletins round a share.
std::int64_t share(std::int64_t part, std::int64_t whole) { return (part * 20000 + whole) / (2 * whole); }

// The serial number Excel stores a day as: days since 1899-12-30.
std::string serial(int y, unsigned m, unsigned d) {
  return std::to_string((sys_days{year{y} / month{m} / day{d}} - sys_days{year{1899} / December / day{30}}).count());
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class LeaderSheets : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    ok({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM", "--budget",
        std::to_string(kBudget11), "--finish", "2025"});
    ok({"project", "add", "--code", "TM-012", "--name", "天门冷链物流中心", "--region", "TM", "--budget",
        std::to_string(kBudget12)});
    ok({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH"});
    ok({"log", "TM-011", "--date", "2026-10-31", "--invested", std::to_string(kInvested11), "--progress", "30"});
    ok({"log", "WH-001", "--date", "2026-11-01", "--invested", std::to_string(kInvestedWh)});
    ok({"plan", "set", "TM-011", "--year", "2026", "--class", "续建", "--investment", std::to_string(kPlan11)});
    ok({"plan", "set", "TM-012", "--year", "2026", "--class", "new", "--investment", std::to_string(kPlan12), "--start",
        "2026-05"});
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
    return r.out;
  }
  std::string path(const char* name) const { return (s.dir() / name).string(); }

  static void expect_text(const Workbook& w, const std::string& ref, const std::string& text) {
    const SheetCell c = w.cell(ref);
    EXPECT_TRUE(c.found && c.text) << ref;
    EXPECT_EQ(c.value, text) << ref;
  }
  static void expect_number(const Workbook& w, const std::string& ref, double value, const std::string& format) {
    const SheetCell c = w.cell(ref);
    ASSERT_TRUE(c.found && !c.text && !c.value.empty()) << ref;
    EXPECT_DOUBLE_EQ(std::stod(c.value), value) << ref;
    EXPECT_EQ(w.number_format(ref), format) << ref;
  }
  static void expect_date(const Workbook& w, const std::string& ref, const std::string& serial_number) {
    const SheetCell c = w.cell(ref);
    EXPECT_TRUE(c.found && !c.text) << ref;
    EXPECT_EQ(c.value, serial_number) << ref;
    EXPECT_EQ(w.number_format(ref), "yyyy-mm-dd") << ref;
  }

  Sandbox s;
};

TEST_F(LeaderSheets, ReportInChineseWithTheTotalRow) {
  const std::string out = path("汇总.xlsx");
  EXPECT_EQ(ok({"--lang", "zh", "report", "--out", out}), "");
  const Workbook w(out);
  ASSERT_FALSE(w.empty());
  expect_text(w, "A1", "重点项目按地区汇总（截至2026-11-22）");
  expect_text(w, "A2", "地区");
  expect_text(w, "B2", "项目数");
  expect_text(w, "J2", "未载明投资项目数");
  expect_text(w, "K2", "计划总投资（万元）");
  expect_text(w, "L2", "累计完成投资（万元）");
  expect_text(w, "M2", "投资完成率");
  // TM: two projects, both with a budget.
  expect_text(w, "A3", "TM 天门");
  expect_number(w, "B3", 2, "General");
  expect_number(w, "K3", wan(kBudget11 + kBudget12), "#,##0.00");
  expect_number(w, "L3", wan(kInvested11), "#,##0.00");
  expect_number(w, "M3", static_cast<double>(share(kInvested11, kBudget11 + kBudget12)) / 10000.0, "0.00%");
  // WH: one project, no budget, so no budget total and no rate.
  expect_text(w, "A4", "WH 武汉");
  expect_number(w, "J4", 1, "General");
  EXPECT_TRUE(w.cell("K4").value.empty());
  expect_number(w, "L4", wan(kInvestedWh), "#,##0.00");
  // The total: every project; the rate over the projects with a budget.
  expect_text(w, "A5", "合计");
  expect_number(w, "B5", 3, "General");
  expect_number(w, "K5", wan(kBudget11 + kBudget12), "#,##0.00");
  expect_number(w, "L5", wan(kInvested11 + kInvestedWh), "#,##0.00");
  expect_number(w, "M5", static_cast<double>(share(kInvested11, kBudget11 + kBudget12)) / 10000.0, "0.00%");
  EXPECT_FALSE(w.cell("A6").found);
  EXPECT_NE(w.sheet_xml().find("<pane ySplit=\"2\" topLeftCell=\"A3\""), std::string::npos);  // title and header frozen
}

TEST_F(LeaderSheets, ReportInEnglishNamesTheFilters) {
  const std::string out = path("report.xlsx");
  ok({"report", "--by", "stage", "--region", "TM", "--format", "xlsx", "--out", out});
  const Workbook w(out);
  expect_text(w, "A1", "Key projects by stage, as of 2026-11-22; region TM");
  expect_text(w, "A2", "Stage");
  expect_text(w, "C2", "Planned");
  expect_text(w, "K2", "Budget (万元)");
  expect_text(w, "A3", "planned");
  expect_number(w, "K3", wan(kBudget11 + kBudget12), "#,##0.00");
  expect_text(w, "A4", "Total");
}

TEST_F(LeaderSheets, TheYearsBulletin) {
  const std::string out = path("年度.xlsx");
  ok({"--lang", "zh", "report", "--year", "2026", "--out", out});
  const Workbook w(out);
  const std::int64_t schedule = share(11, 12);  // 22 November: month 11 of 12
  char schedule_text[16];
  std::snprintf(schedule_text, sizeof schedule_text, "%.2f%%", static_cast<double>(schedule) / 100.0);
  expect_text(w, "A1", std::string("2026年重点项目按地区汇总（截至2026-11-22；序时进度") + schedule_text + "）");
  expect_text(w, "D2", "年度计划投资（万元）");
  expect_text(w, "E2", "本年完成投资（万元）");
  expect_text(w, "A3", "TM 天门");
  expect_number(w, "D3", wan(kPlan11 + kPlan12), "#,##0.00");
  expect_number(w, "E3", wan(kInvested11), "#,##0.00");
  const std::int64_t percent = share(kInvested11, kPlan11 + kPlan12);
  expect_number(w, "F3", static_cast<double>(percent) / 10000.0, "0.00%");
  expect_number(w, "G3", static_cast<double>(schedule) / 10000.0, "0.00%");
  expect_number(w, "H3", static_cast<double>(percent - schedule) / 100.0, "0.00");  // points behind
  expect_text(w, "A4", "合计");
  expect_number(w, "D4", wan(kPlan11 + kPlan12), "#,##0.00");
  EXPECT_FALSE(w.cell("A5").found);
}

TEST_F(LeaderSheets, OverdueWithItsFiltersAndDatesAsDates) {
  const std::string out = path("逾期.xlsx");
  ok({"--lang", "zh", "overdue", "--region", "TM", "--kind", "project", "--min-days", "30", "--out", out});
  const Workbook w(out);
  expect_text(w, "A1", "逾期清单（截至2026-11-22；地区 TM，类型 项目逾期，逾期30天及以上）");
  expect_text(w, "A2", "类型");
  expect_text(w, "H2", "应完成日期");
  expect_text(w, "I2", "逾期天数");
  expect_text(w, "A3", "项目逾期");
  expect_text(w, "B3", "TM-011");
  expect_date(w, "H3", serial(2025, 12, 31));  // the planned finish of 2025
  const auto late = (sys_days{year{2026} / November / day{22}} - sys_days{year{2025} / December / day{31}}).count();
  expect_number(w, "I3", static_cast<double>(late), "General");
  EXPECT_FALSE(w.cell("A4").found);

  ok({"overdue", "--out", out});
  const Workbook en(out);
  expect_text(en, "A1", "Overdue list, as of 2026-11-22; stale after 30 days without a report");
  expect_text(en, "H2", "Due");
  expect_text(en, "A3", "project");
  EXPECT_EQ(en.sheet_xml().find("Leader's phone"), std::string::npos);

  // The leader's phone only with --contacts, after the leader.
  ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok({"project", "edit", "TM-011", "--leader", "张伟"});
  ok({"overdue", "--kind", "project", "--contacts", "--out", out});
  const Workbook phones(out);
  expect_text(phones, "F2", "Leader");
  expect_text(phones, "G2", "Leader's phone");
  expect_text(phones, "F3", "张伟");
  expect_text(phones, "G3", "13800000000");
}

TEST_F(LeaderSheets, PlanListWithMoneyAndDates) {
  const std::string out = path("计划.xlsx");
  ok({"--lang", "zh", "plan", "list", "--year", "2026", "--out", out});
  const Workbook w(out);
  expect_text(w, "A1", "2026年度重点项目计划（截至2026-11-22）");
  expect_text(w, "F2", "年度计划投资（万元）");
  expect_text(w, "G2", "计划开工");
  expect_text(w, "B3", "TM-011");
  expect_text(w, "E3", "续建");
  expect_number(w, "F3", wan(kPlan11), "#,##0.00");
  EXPECT_FALSE(w.cell("G3").found);  // a continuing project has no planned start
  expect_text(w, "B4", "TM-012");
  expect_text(w, "E4", "新开工");
  expect_number(w, "F4", wan(kPlan12), "#,##0.00");
  expect_date(w, "G4", serial(2026, 5, 1));
  expect_text(w, "I4", "谋划");
  EXPECT_FALSE(w.cell("A5").found);

  ok({"plan", "list", "--region", "TM", "--search", "冷链", "--out", out});
  expect_text(Workbook(out), "A1", "Annual plans, as of 2026-11-22; region TM, name or code containing 冷链");
}

// --out takes the other formats too, as the command prints them.
TEST_F(LeaderSheets, OutWritesEveryFormat) {
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"report"}, {"report", "--year", "2026"}, {"overdue"}, {"plan", "list"}}) {
    for (const char* name : {"out.csv", "out.json", "out.txt"}) {
      std::vector<std::string> to_file = command;
      to_file.insert(to_file.end(), {"--out", path(name)});
      EXPECT_EQ(ok(to_file), "");
      std::vector<std::string> printed = command;
      if (std::string(name) != "out.txt") printed.insert(printed.end(), {"--format", std::string(name).substr(4)});
      EXPECT_EQ(slurp(path(name)), ok(printed)) << command[0] << " " << name;
    }
  }
}

TEST_F(LeaderSheets, RefusalsWriteNothing) {
  const std::string out = s.write("old.xlsx", "old");
  std::vector<std::pair<std::vector<std::string>, std::string>> usage = {
      {{"report", "--format", "xlsx"}, "keyproj: --format xlsx writes a workbook file; give it with --out FILE\n"},
      {{"plan", "list", "--format", "xlsx"}, "keyproj: --format xlsx writes a workbook file; give it with --out FILE\n"},
      {{"overdue", "--format", "csv", "--out", out},
       "keyproj: --format csv contradicts --out '" + out + "', whose extension names xlsx; change one of them\n"},
  };
  // The database's own file (SQLite's; a PostgreSQL database has none to overwrite).
  if (s.backend() == Backend::sqlite)
    usage.push_back({{"report", "--out", s.db()},
                     "keyproj: --out '" + s.db() + "' is a file of the database " + s.db() +
                         "; give another file to export to\n"});
  for (const auto& [args, err] : usage) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 2) << args[0];
    EXPECT_EQ(r.err, err);
  }
  const Outcome unknown = s.keyproj({"report", "--region", "XX", "--out", out});
  EXPECT_NE(unknown.code, 0);
  EXPECT_EQ(unknown.err, s.keyproj({"report", "--region", "XX"}).err);
  EXPECT_EQ(slurp(out), "old");
  // A write that fails is an error naming the file.
  const Outcome full = s.keyproj({"overdue", "--format", "xlsx", "--out", "/dev/full"});
  EXPECT_EQ(full.code, 5);
  EXPECT_EQ(full.err.rfind("keyproj: file '/dev/full' cannot be written", 0), 0u) << full.err;
}

}  // namespace
}  // namespace keyproj::e2e
