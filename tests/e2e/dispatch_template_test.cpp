// The dispatch template (调度表): export --template dispatch writes the month's sheet for the
// counties, prefilled and protected, only the fill-in cells open and checked; filled in as a
// county would (its cells typed into the workbook's XML) it imports back with no edits, each
// figure as typed, a row left blank no report. The sandbox's as-of date is 2026-12-05.

#include <gtest/gtest.h>

#include <chrono>

#include "e2e/tracking_fixture.h"
#include "e2e/workbook.h"
#include "e2e/workbook_edit.h"

namespace keyproj::e2e {
namespace {

constexpr std::int64_t kPlanYuan = 20'000'000;    // TM-011's plan for 2026
constexpr std::int64_t kInvestedYuan = 5'000'000;  // TM-011's report of October

// The template's columns, A to O.
const char* const kHeaderZh[] = {"调度日期", "项目编号", "项目名称", "县市区", "责任单位", "包保领导", "当前阶段",
                                 "累计完成投资（万元）", "年度计划投资（万元）", "年度计划完成率（%）",
                                 "本月完成投资（万元）", "形象进度（%）", "阶段", "进展情况", "存在问题"};

class DispatchTemplate : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    s.as_of = "2026-12-05";
    ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
    ok({"project", "edit", "TM-011", "--leader", "张伟", "--county", "天门市"});
    ok({"project", "add", "--code", "TM-021", "--name", "仙桃市电商产业园项目", "--region", "TM", "--county", "仙桃市",
        "--stage", "building"});
    ok({"project", "add", "--code", "TM-031", "--name", "天门市已竣工项目", "--region", "TM", "--stage", "completed"});
    ok({"project", "add", "--code", "EZ-001", "--name", "鄂州市物流园项目", "--region", "EZ", "--stage", "preparing"});
    ok({"plan", "set", "TM-011", "--year", "2026", "--class", "continuing", "--investment", std::to_string(kPlanYuan)});
    ok({"log", "TM-011", "--date", "2026-10-31", "--invested", std::to_string(kInvestedYuan), "--stage", "building"});
  }
  std::string out(const std::string& name) const { return (s.dir() / name).string(); }
};

TEST_F(DispatchTemplate, APrefilledRowPerActiveProjectOnlyTheFillInCellsOpen) {
  const std::string file = out("天门-2026-11.xlsx");
  ok({"--lang", "zh", "export", "--template", "dispatch", "--month", "2026-11", "--region", "TM", "--out", file});
  const Workbook book(file);
  ASSERT_FALSE(book.empty());
  EXPECT_EQ(book.cell("A1").value, "天门重点项目月度调度表（2026年11月，数据截至 2026-12-05）");
  for (int c = 0; c < 15; ++c) EXPECT_EQ(book.cell(std::string(1, char('A' + c)) + "2").value, kHeaderZh[c]) << c;
  // TM-011, TM-012, TM-021 by code: active on the as-of date; TM-031 is completed, EZ-001 elsewhere.
  EXPECT_EQ(book.cell("B3").value, "TM-011");
  EXPECT_EQ(book.cell("B4").value, "TM-012");
  EXPECT_EQ(book.cell("B5").value, "TM-021");
  EXPECT_FALSE(book.cell("B6").found);
  // The report day is the month's last, a date: 2026-11-30 is serial 46356 (1970-01-01 is 25569).
  const auto day = std::chrono::sys_days{std::chrono::year{2026} / 11 / 30}.time_since_epoch().count();
  EXPECT_EQ(book.cell("A3").value, std::to_string(25569 + day));
  EXPECT_EQ(book.number_format("A3"), "yyyy-mm-dd");
  EXPECT_EQ(book.cell("D3").value, "天门市");
  EXPECT_EQ(book.cell("E3").value, "天门市商务局");
  EXPECT_EQ(book.cell("F3").value, "张伟");
  EXPECT_EQ(book.cell("G3").value, "在建");
  EXPECT_EQ(std::stod(book.cell("H3").value), kInvestedYuan / 10000.0);
  EXPECT_EQ(std::stod(book.cell("I3").value), kPlanYuan / 10000.0);
  EXPECT_EQ(std::stod(book.cell("J3").value), static_cast<double>(kInvestedYuan) / kPlanYuan);
  EXPECT_EQ(book.number_format("J3"), "0.00%");
  EXPECT_FALSE(book.cell("I4").found);  // TM-012 is in no plan
  // Protected; the fill-in columns K–O unlocked, checked as typed.
  const std::string& xml = book.sheet_xml();
  EXPECT_NE(xml.find("<sheetProtection"), std::string::npos);
  EXPECT_NE(xml.find("type=\"decimal\" operator=\"greaterThanOrEqual\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("sqref=\"K3:K"), std::string::npos);
  EXPECT_NE(xml.find("type=\"whole\""), std::string::npos);  // between, Excel's default operator
  EXPECT_NE(xml.find("<formula1>\"谋划,前期,在建,竣工,投产运营,停缓建,取消\"</formula1>"), std::string::npos) << xml;
}

TEST_F(DispatchTemplate, BySheetPerCountyOrAWorkbookPerCountyInAFolder) {
  const std::string file = out("counties.xlsx");
  ok({"--lang", "zh", "export", "--template", "dispatch", "--month", "2026-11", "--region", "TM", "--by", "county",
      "--out", file});
  // Sheets by first appearance in code order: 天门市 (TM-011), no county (TM-012), 仙桃市 (TM-021).
  EXPECT_EQ(Workbook(file, 1).cell("B3").value, "TM-011");
  EXPECT_EQ(Workbook(file, 2).cell("B3").value, "TM-012");
  EXPECT_EQ(Workbook(file, 3).cell("B3").value, "TM-021");
  EXPECT_EQ(Workbook(file, 3).cell("A1").value, "天门仙桃市重点项目月度调度表（2026年11月，数据截至 2026-12-05）");
  const std::string names = workbook_member(file, "xl/workbook.xml");
  EXPECT_NE(names.find("name=\"仙桃市\""), std::string::npos) << names;
  const std::string folder = out("sheets");
  std::filesystem::create_directory(folder);
  ok({"--lang", "zh", "export", "--template", "dispatch", "--month", "2026-11", "--region", "TM", "--by", "county",
      "--out", folder});
  EXPECT_EQ(Workbook(folder + "/仙桃市-2026-11.xlsx").cell("B3").value, "TM-021");
  EXPECT_EQ(Workbook(folder + "/天门市-2026-11.xlsx").cell("B3").value, "TM-011");
}

TEST_F(DispatchTemplate, FilledAsACountyWouldItImportsBackWithNoEdits) {
  const std::string file = out("t.xlsx");
  ok({"--lang", "zh", "export", "--template", "dispatch", "--month", "2026-11", "--region", "TM", "--out", file});
  // TM-011 reports 350.5万元, 62%, still building, with a blocker; TM-021 120万元 and a note;
  // TM-012 is left blank.
  const std::string filled = out("filled.xlsx");
  copy_workbook(file, filled,
                {{"xl/worksheets/sheet1.xml",
                  with_cells(Workbook(file).sheet_xml(), {{"K3", "350.5"}, {"L3", "62"}, {"M3", "在建"},
                                                          {"N3", "主体封顶"}, {"O3", "征地未完成"},
                                                          {"K5", "120"}, {"N5", "装修"}})}});
  const std::string dry = ok({"import", filled, "--what", "updates", "--dry-run"});
  EXPECT_NE(dry.find("not reported in 2026-11: 1 active project of its regions (TM-012)"), std::string::npos) << dry;
  EXPECT_NE(dry.find(", skip 1 blank row (no report)"), std::string::npos) << dry;
  EXPECT_EQ(ok({"import", filled, "--what", "updates"}),
            "imported updates from " + filled + " sheet 天门: 2 added, 0 changed, 0 unchanged, 1 blank row (no report)\n");
  const std::int64_t tm011 = 3'505'000, tm021 = 1'200'000;  // 350.5 and 120 万元 in yuan
  const json reports = json::parse(ok({"export", "--what", "updates", "--format", "json"}));
  ASSERT_EQ(reports.size(), 3u);  // October's and the two of November
  EXPECT_EQ(reports[1]["project_code"], "TM-011");
  EXPECT_EQ(reports[1]["reported_on"], "2026-11-30");
  EXPECT_EQ(reports[1]["invested_yuan"], tm011);
  EXPECT_EQ(reports[1]["progress_pct"], 62);
  EXPECT_EQ(reports[1]["stage"], "building");
  EXPECT_EQ(reports[1]["note"], "主体封顶");
  EXPECT_EQ(reports[1]["blocker"], "征地未完成");
  EXPECT_EQ(reports[2]["project_code"], "TM-021");
  EXPECT_EQ(reports[2]["invested_yuan"], tm021);
  EXPECT_EQ(reports[2]["note"], "装修");
  EXPECT_EQ(show("TM-011")["invested_yuan"], kInvestedYuan + tm011);
  // The blocker opened a problem, as a report's blocker does.
  EXPECT_NE(ok({"problem", "list", "--format", "csv"}).find("TM-011,征地未完成"), std::string::npos);
  // Imported again, the sheet adds nothing.
  EXPECT_NE(ok({"import", filled, "--what", "updates"}).find("2 rows already recorded"), std::string::npos);
}

TEST_F(DispatchTemplate, ACsvTemplateForThoseWhoPreferIt) {
  const std::string csv = ok({"--lang", "zh", "export", "--template", "dispatch", "--month", "2026-11", "--region",
                              "TM", "--format", "csv"});
  std::string header;
  for (const char* h : kHeaderZh) {
    if (!header.empty()) header += ',';
    header += h;
  }
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")), header);
  EXPECT_NE(csv.find("\r\n2026-11-30,TM-011,天门市综合物流产业园项目,天门市,天门市商务局,张伟,在建,"), std::string::npos)
      << csv;
  // Filled in, it imports as the workbook does.
  std::string filled = csv;
  // Its five fill-in cells end the row, empty: 80 (万元) in the first, a note in the fourth.
  const auto end = filled.find("\r\n", filled.find("TM-021"));
  ASSERT_EQ(filled.substr(end - 5, 5), ",,,,,");
  filled.replace(end - 5, 5, ",80,,,安装,");
  const std::string file = s.write("filled.csv", filled);
  EXPECT_NE(ok({"import", file, "--what", "updates"}).find("1 added"), std::string::npos);
}

TEST_F(DispatchTemplate, Refusals) {
  expect_refused(s, {"export", "--template", "weekly", "--out", out("x.xlsx")}, 2,
                 "template 'weekly' is not known; use dispatch");
  expect_refused(s, {"export", "--template", "dispatch"}, 2,
                 "the dispatch template is a workbook; give its file or folder with --out");
  expect_refused(s, {"export", "--template", "dispatch", "--what", "updates", "--out", out("x.xlsx")}, 2,
                 "--template writes the dispatch sheet; leave --what out");
  expect_refused(s, {"export", "--template", "dispatch", "--by", "owner", "--out", out("x.xlsx")}, 2,
                 "by 'owner' is not known; the template is split by county");
  expect_refused(s, {"export", "--template", "dispatch", "--region", "WH", "--out", out("x.xlsx")}, 3,
                 "no active project (planned, preparing or building) matches; no template to send");
  EXPECT_FALSE(std::filesystem::exists(out("x.xlsx")));
}

}  // namespace
}  // namespace keyproj::e2e
