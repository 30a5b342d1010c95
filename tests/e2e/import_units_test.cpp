// Units on the sheet: a bare number under a money header is in the unit the header names;
// a Chinese header that names none is refused unless --money-unit says it; the headers real
// sheets use (项目编码, 本月, 进度, 存在问题, 序号) are known; --ignore-unknown says what it skipped.

#include "e2e/tracking_fixture.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace keyproj::e2e {
namespace {

constexpr std::int64_t kWan = 10000;
constexpr std::int64_t kYi = 100000000;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ImportUnits : public Tracking {
 protected:
  Outcome import(const std::string& text, std::vector<std::string> more = {}) {
    std::vector<std::string> args{"import", s.write("sheet.csv", text), "--what", "updates"};
    args.insert(args.end(), more.begin(), more.end());
    return s.keyproj(args);
  }
  // The invested_yuan of every report, in the order of their ids.
  std::vector<std::int64_t> invested() {
    std::vector<std::int64_t> out;
    for (const auto& u : json::parse(ok({"export", "--what", "updates", "--format", "json"})))
      out.push_back(u["invested_yuan"]);
    return out;
  }
  std::string file() { return (s.dir() / "sheet.csv").string(); }
};

TEST_F(ImportUnits, TheHeaderNamesTheUnitOfBareNumbers) {
  const Outcome r = import(
      "项目编码,调度日期,本月完成投资（万元）\n"
      "TM-011,2026-01-31,\"1,500\"\n"
      "TM-011,2026-02-28,0.25\n"
      "TM-011,2026-03-31,800元\n"  // a number with its own unit means what it says
      "TM-012,2026-03-31,2亿\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(invested(), (std::vector<std::int64_t>{1500 * kWan, 25 * kWan / 100, 800, 2 * kYi}));
}

TEST_F(ImportUnits, EveryWayOfNamingAUnit) {
  struct Sheet {
    std::string header;
    std::int64_t unit;
  };
  const std::vector<Sheet> sheets{{"本期完成投资(万元)", kWan}, {"本期完成投资（亿元）", kYi}, {"本期完成投资（元）", 1},
                                  {"完成投资（万元）", kWan},  {"invested", 1},            {"invested_yuan", 1},
                                  {"Invested", 1}};
  std::vector<std::int64_t> expected;
  int day = 1;
  for (const auto& sheet : sheets) {
    const Outcome r = import("code,date," + sheet.header + "\nTM-011,2026-01-" + (day < 10 ? "0" : "") +
                             std::to_string(day) + ",3\n");
    ++day;
    ASSERT_EQ(r.code, 0) << sheet.header << ": " << r.err;
    expected.push_back(3 * sheet.unit);
  }
  EXPECT_EQ(invested(), expected);
}

TEST_F(ImportUnits, AChineseHeaderWithoutAUnitRefusesABareNumber) {
  for (const std::string header : {"本期完成投资", "本月完成投资", "完成投资"}) {
    const std::string before = s.dump();
    const Outcome r = import("项目编号,调度日期," + header + "\nTM-011,2026-01-31,1500\nTM-011,2026-02-28,1500万\n");
    EXPECT_EQ(r.code, 4) << header;
    EXPECT_EQ(r.err, "keyproj: " + file() + " line 2, column C: " + header +
                         " '1500' names no unit, nor does its header: it may be 元 or 万元; add the unit to the "
                         "header (" + header + "（万元）) or pass --money-unit 元|万元|亿元\n"
                         "keyproj: " + file() + ": 1 error; nothing was imported\n");
    EXPECT_EQ(s.dump(), before);
  }
}

TEST_F(ImportUnits, MoneyUnitGivesTheUnitOfAHeaderWithoutOne) {
  const std::string sheet = "项目编号,调度日期,本期完成投资\nTM-011,2026-01-31,1500\nTM-011,2026-02-28,30万\n";
  const Outcome r = import(sheet, {"--money-unit", "万元"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(invested(), (std::vector<std::int64_t>{1500 * kWan, 30 * kWan}));
  // A header that names its unit keeps it, whatever --money-unit says.
  ASSERT_EQ(import("项目编号,调度日期,本期完成投资（元）\nTM-011,2026-03-31,7\n", {"--money-unit", "亿元"}).code, 0);
  EXPECT_EQ(invested().back(), 7);
  expect_refused(s, {"import", file(), "--what", "updates", "--money-unit", "千元"}, 2,
                 "money-unit '千元' is not a unit; use 元, 万元 or 亿元");
}

TEST_F(ImportUnits, ProjectBudgetsFollowTheSameRule) {
  const std::string f = s.write("projects.csv",
                                "项目编码,项目名称,地区,总投资（亿元）\nTM-101,新项目甲,TM,1.5\n");
  ASSERT_EQ(s.keyproj({"import", f, "--what", "projects"}).code, 0);
  EXPECT_EQ(show("TM-101")["budget_yuan"], 15 * kYi / 10);
  const std::string g = s.write("bare.csv", "项目编号,项目名称,地区,计划总投资\nTM-102,新项目乙,TM,3000\n");
  const Outcome r = s.keyproj({"import", g, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("column D: 计划总投资 '3000' names no unit"), std::string::npos) << r.err;
}

TEST_F(ImportUnits, DryRunShowsEachAmountAndTheTotalIn万元) {
  ok({"log", "TM-011", "--date", "2026-01-31", "--invested", "1000万"});
  const Outcome r = import("项目编号,调度日期,本期完成投资（万元）\nTM-011,2026-02-28,1500\nTM-011,2026-03-31,250.5\n",
                           {"--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  // Before, after the first row, after the second, in 万元 as the test computes them.
  const std::int64_t t0 = 1000, t1 = t0 + 1500;
  const std::string t2 = std::to_string(t1 + 250) + ".5";
  EXPECT_EQ(r.out, "add report 2 for TM-011 on 2026-02-28: 1500万元, total " + std::to_string(t0) + "万元 → " +
                       std::to_string(t1) + "万元\n"
                       "add report 3 for TM-011 on 2026-03-31: 250.5万元, total " + std::to_string(t1) + "万元 → " +
                       t2 + "万元\n" +
                       // The sheet's month is March, its latest: February's 1500 is another month's.
                       file() + ": 2 rows, 0 problems; invested in 2026-03: 250.5万元; not reported in 2026-03: 1 "
                       "active project of its regions (TM-012)\n"
                       "dry run of " + file() + " (updates): would add 2, change 0, leave 0 unchanged; nothing was "
                       "written\n");
}

TEST_F(ImportUnits, TheHeadersRealSheetsUse) {
  const Outcome r = import(
      "序号, 项目编码 ,调度日期,进度,本月完成投资（万元）,存在问题\n"
      "1,TM-011 ,2026-01-31, 40 , 12 ,用地未落实 \n"
      "2,TM-012,2026-01-31,5,,\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const json u = json::parse(ok({"export", "--what", "updates", "--format", "json"}));
  ASSERT_EQ(u.size(), 2u);
  EXPECT_EQ(u[0]["project_code"], "TM-011");
  EXPECT_EQ(u[0]["progress_pct"], 40);
  EXPECT_EQ(u[0]["invested_yuan"], 12 * kWan);
  EXPECT_EQ(u[0]["blocker"], "用地未落实");
  EXPECT_EQ(u[1]["progress_pct"], 5);
  // 问题 as well as 存在问题, 形象进度 as well as 进度.
  ASSERT_EQ(import("项目编号,调度日期,形象进度（%）,问题\nTM-012,2026-02-28,7,缺资金\n").code, 0);
  const json v = json::parse(ok({"export", "--what", "updates", "--format", "json"}))[2];
  EXPECT_EQ(v["progress_pct"], 7);
  EXPECT_EQ(v["blocker"], "缺资金");
}

TEST_F(ImportUnits, IgnoreUnknownSaysWhatItSkipped) {
  const Outcome r = import("项目编号,调度日期,填表人电话,形象进度,备用\nTM-011,2026-01-31,123,40,x\n",
                           {"--ignore-unknown"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "keyproj: warning: " + file() + ": ignored the column '填表人电话' (column C), which keyproj does "
                   "not know\n"
                   "keyproj: warning: " + file() + ": ignored the column '备用' (column E), which keyproj does not "
                   "know\n");
}

TEST_F(ImportUnits, AKnownColumnWithAUnitIsNeverIgnored) {
  const std::string before = s.dump();
  const Outcome r = import("项目编号,调度日期,本期完成投资（美元）\nTM-011,2026-01-31,5\n", {"--ignore-unknown"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + file() + " line 1, column C: '本期完成投资（美元）' names the unit '美元', which is "
                   "not one keyproj knows; write （元）, （万元） or （亿元）\n"
                   "keyproj: " + file() + ": 1 error; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(ImportUnits, ChineseExportNamesTheUnitAndReadsBackExactly) {
  ok({"log", "TM-011", "--date", "2026-01-31", "--invested", "12345678"});
  const std::string out = (s.dir() / "zh.csv").string();
  const std::string projects = (s.dir() / "p.csv").string();
  ok({"--lang", "zh", "export", "--what", "updates", "--out", out});
  const std::string text = read(out);
  EXPECT_NE(text.find("本期完成投资（元）"), std::string::npos) << text;
  ok({"--lang", "zh", "export", "--what", "projects", "--out", projects});
  const std::string p = read(projects);
  EXPECT_NE(p.find("计划总投资（元）"), std::string::npos) << p;
  EXPECT_NE(p.find("累计完成投资（元）"), std::string::npos) << p;
  // Read back, the report agrees with the one recorded to the yuan (a report of the same id
  // with another amount would be refused).
  const Outcome r = s.keyproj({"import", out, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + out + ": 0 added, 0 changed, 1 unchanged\n");
}

}  // namespace
}  // namespace keyproj::e2e
