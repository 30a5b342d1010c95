// Export as an officer uses it: CSV for Excel, JSON for scripts, xlsx for leaders.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "e2e/harness.h"
#include "e2e/workbook.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class Export : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM",
                         "--program", "专栏4 农商互联体系工程", "--owner", "天门市商务局", "--budget", "1.5亿元",
                         "--start", "2022", "--finish", "2025", "--scale", "占地500亩, \"一期\"\n二期待定"})
                  .code,
              0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH"}).code, 0);
    ASSERT_EQ(s.keyproj({"owner", "add", "--name", "荆门市发改委", "--kind", "unit", "--contact", "0724-000"}).code, 0);
  }
  Sandbox s;
};

constexpr const char* kProjectHeader =
    "project_code,name_zh,name_en,region,county,program,category,location,scale,owner,leader,stage,resume_stage,"
    "budget_yuan,invested_yuan,progress_pct,planned_start,planned_finish,finish_source,plan,source_file,"
    "source_lines,source_quote,last_update,entered_on,light,plan_completion_rate,last_blocker\r\n";

TEST_F(Export, ProjectsAsCsvQuoteWhatNeedsIt) {
  const Outcome r = s.keyproj({"export", "--what", "projects"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, std::string(kProjectHeader) +
                       "TM-011,天门市综合物流产业园项目,,TM,,专栏4 农商互联体系工程,,,\"占地500亩, \"\"一期\"\"\n"
                       "二期待定\",天门市商务局,,planned,,150000000,0,,2022-01-01,2025-12-31,officer,,,,,,2026-11-22,red,,\r\n"
                       "WH-001,汉口北市场,,WH,,,,,,,,planned,,,0,,,,,,,,,,2026-11-22,green,,\r\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(Export, FiltersOfProjectList) {
  const Outcome r = s.keyproj({"export", "--what", "projects", "--region", "WH"});
  EXPECT_EQ(r.out, std::string(kProjectHeader) + "WH-001,汉口北市场,,WH,,,,,,,,planned,,,0,,,,,,,,,,2026-11-22,green,,\r\n");
  EXPECT_EQ(s.keyproj({"export", "--what", "projects", "--search", "物流", "--format", "json"}).out.find("WH-001"),
            std::string::npos);
  EXPECT_EQ(s.keyproj({"export", "--what", "projects", "--stage", "在建"}).out, kProjectHeader);
  EXPECT_EQ(s.keyproj({"export", "--what", "projects", "--owner", "天门市商务局"}).out.substr(0, 200),
            (std::string(kProjectHeader) + "TM-011,").substr(0, 200));
}

TEST_F(Export, ChineseHeadersAndTheByteOrderMark) {
  const Outcome r = s.keyproj({"--lang", "zh", "export", "--what", "owners", "--bom", "--contacts"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "\xEF\xBB\xBF单位名称,类型,联系方式,项目数\r\n"
            "天门市商务局,,,1\r\n"
            "荆门市发改委,unit,0724-000,0\r\n");
}

TEST_F(Export, JsonHasTypedValuesAndNulls) {
  const Outcome r = s.keyproj({"export", "--what", "projects", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["project_code"], "TM-011");
  EXPECT_EQ(j[0]["budget_yuan"], 150000000);
  EXPECT_EQ(j[0]["invested_yuan"], 0);
  EXPECT_TRUE(j[0]["name_en"].is_null());
  EXPECT_EQ(j[0]["scale"], "占地500亩, \"一期\"\n二期待定");
  EXPECT_EQ(j[1].size(), 28u);
  EXPECT_TRUE(j[0]["leader"].is_null());
  EXPECT_FALSE(j[0].contains("leader_phone"));  // personal data: only with --contacts
}

TEST_F(Export, OutFileReplacesTheOldOneWhole) {
  const std::string out = (s.dir() / "projects.json").string();
  s.write("projects.json", "old");
  const Outcome r = s.keyproj({"export", "--what", "projects", "--out", out});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(json::parse(slurp(out)).size(), 2u);  // the format comes from the extension
  // Nothing but the file itself is left in the folder: no temporary file.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(s.dir()))
    files += e.path().filename().string().find(".tmp-") != std::string::npos;
  EXPECT_EQ(files, 0);
}

TEST_F(Export, WorkbookWithChineseHeaderFrozenRowAndMoneyAsNumbers) {
  const std::string out = (s.dir() / "projects.xlsx").string();
  const Outcome r = s.keyproj({"--lang", "zh", "export", "--what", "projects", "--out", out});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string sheet = workbook_member(out, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_NE(sheet.find("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>项目编号</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"N1\" s=\"1\" t=\"inlineStr\"><is><t>计划总投资（元）</t></is></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<is><t>天门市综合物流产业园项目</t></is>"), std::string::npos);
  EXPECT_NE(sheet.find("<is><t>汉口北市场</t></is>"), std::string::npos);
  // The budget is a number cell (no t="inlineStr"), formatted with thousands separators.
  EXPECT_NE(sheet.find("<c r=\"N2\" s=\"2\"><v>150000000</v></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
            std::string::npos);
  // The name column is as wide as its longest name (12 Chinese characters: 24, plus 2).
  EXPECT_NE(sheet.find("<col min=\"2\" max=\"2\" width=\"26.7109375\" customWidth=\"1\"/>"), std::string::npos);
  EXPECT_NE(workbook_member(out, "xl/workbook.xml").find("<sheet name=\"项目\""), std::string::npos);
}

// A Chinese workbook is read by people: the words keyproj stores are written by their Chinese
// names, and a sheet typed with those names imports back to the same records.
TEST_F(Export, ChineseWorkbookNamesStoredWordsInChineseAndTheyReadBack) {
  ASSERT_EQ(s.keyproj({"project", "edit", "TM-011", "--category", "cold_chain"}).code, 0);
  const std::string out = (s.dir() / "projects.xlsx").string();
  ASSERT_EQ(s.keyproj({"--lang", "zh", "export", "--what", "projects", "--out", out}).code, 0);
  const std::string sheet = workbook_member(out, "xl/worksheets/sheet1.xml");
  for (const char* zh : {"<t>谋划</t>", "<t>冷链物流</t>", "<t>项目办填报</t>"})
    EXPECT_NE(sheet.find(zh), std::string::npos) << zh;
  for (const char* stored : {"<t>planned</t>", "<t>cold_chain</t>", "<t>officer</t>"})
    EXPECT_EQ(sheet.find(stored), std::string::npos) << stored;
  // The English workbook keeps the stored words.
  ASSERT_EQ(s.keyproj({"export", "--what", "projects", "--out", out}).code, 0);
  EXPECT_NE(workbook_member(out, "xl/worksheets/sheet1.xml").find("<t>cold_chain</t>"), std::string::npos);

  const std::string csv = s.keyproj({"export", "--what", "projects"}).out;
  std::string typed = csv;
  for (const auto& [stored, zh] : {std::pair{",planned,", ",谋划,"}, std::pair{",cold_chain,", ",冷链物流,"},
                                   std::pair{",officer,", ",项目办填报,"}})
    for (std::size_t at; (at = typed.find(stored)) != std::string::npos;) typed.replace(at, std::strlen(stored), zh);
  ASSERT_NE(typed, csv);
  Sandbox other;
  ASSERT_EQ(other.keyproj({"init"}).code, 0);
  const Outcome imported = other.keyproj({"import", other.write("projects.csv", typed), "--what", "projects"});
  ASSERT_EQ(imported.code, 0) << imported.err;
  EXPECT_EQ(other.keyproj({"export", "--what", "projects"}).out, csv);
}

// The derived columns, as the card works them out as of the as-of date: the light, completed
// this year ÷ the year's plan, the latest report's progress and blocker. Import reads and
// ignores them.
TEST_F(Export, ProjectsCarryTheirLightPlanCompletionAndLastBlocker) {
  constexpr std::int64_t kPlan = 40000000, kMarch = 10000000, kOctober = 3000000;
  const auto run = [&](const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  };
  run({"plan", "set", "WH-001", "--year", "2026", "--class", "continuing", "--investment", std::to_string(kPlan)});
  run({"log", "WH-001", "--date", "2026-03-31", "--invested", std::to_string(kMarch), "--progress", "20", "--blocker",
       "征地未完成"});
  run({"log", "WH-001", "--date", "2026-10-31", "--invested", std::to_string(kOctober), "--progress", "35", "--blocker",
       "资金未到位"});
  const auto share = [](std::int64_t part, std::int64_t whole) {  // hundredths of a percent, half up
    return (part * 20000 + whole) / (2 * whole);
  };
  const std::int64_t percent = share(kMarch + kOctober, kPlan);
  // 序时进度 on 22 November is 11/12; the default rule is amber from 20 points behind.
  ASSERT_GE(share(11, 12) - percent, 2000);
  const auto fraction = [](std::int64_t hundredths) {
    std::string t = std::to_string(hundredths / 10000) + "." + std::to_string(10000 + hundredths % 10000).substr(1);
    while (t.back() == '0') t.pop_back();
    return t;
  };
  const std::string tail_tm = ",2022-01-01,2025-12-31,officer,,,,,,2026-11-22,red,,\r\n";  // its finish has passed
  const std::string wh = "WH-001,汉口北市场,,WH,,,,,,,,planned,,," + std::to_string(kMarch + kOctober) +
                         ",35,,,,,,,,2026-10-31,2026-11-22,amber," + fraction(percent) + ",资金未到位\r\n";
  const std::string csv = run({"export", "--what", "projects"});
  EXPECT_EQ(csv.substr(csv.find("WH-001")), wh);
  EXPECT_NE(csv.find(tail_tm), std::string::npos) << csv;
  // As of an earlier day: the report and the share of then.
  s.as_of = "2026-04-30";
  const std::string then = run({"export", "--what", "projects", "--region", "WH"});
  s.as_of = "2026-11-22";
  EXPECT_NE(then.find(",20,,,,,,,,2026-03-31,2026-11-22,"), std::string::npos) << then;
  EXPECT_NE(then.find("," + fraction(share(kMarch, kPlan)) + ",征地未完成\r\n"), std::string::npos) << then;

  // A workbook in Chinese: the light by its Chinese name, the share as a percentage.
  const std::string out = (s.dir() / "projects.xlsx").string();
  run({"--lang", "zh", "export", "--what", "projects", "--out", out});
  const Workbook w(out);
  EXPECT_EQ(w.cell("Z1").value, "灯号");
  EXPECT_EQ(w.cell("AA1").value, "年度计划完成率");
  EXPECT_EQ(w.cell("AB1").value, "最近调度存在问题");
  EXPECT_EQ(w.cell("Z2").value, "红");
  EXPECT_EQ(w.cell("Z3").value, "黄");
  EXPECT_DOUBLE_EQ(std::stod(w.cell("AA3").value), static_cast<double>(percent) / 10000.0);
  EXPECT_EQ(w.number_format("AA3"), "0.00%");
  EXPECT_EQ(w.cell("AB3").value, "资金未到位");

  // A later report without a blocker: the project has none now.
  run({"log", "WH-001", "--date", "2026-11-20", "--progress", "40"});
  const std::string now = run({"export", "--what", "projects", "--region", "WH"});
  EXPECT_EQ(now.substr(now.size() - 3), ",\r\n") << now;
  EXPECT_EQ(now.find("资金未到位"), std::string::npos);

  // Import reads the derived columns and changes nothing by them, in CSV and in JSON.
  std::string edited = now;
  for (const auto& [from, to] : {std::pair<std::string, std::string>{",amber,", ",green,"},
                                 {",2026-11-22,amber", ",2026-11-22,green"}}) {
    if (const auto at = edited.find(from); at != std::string::npos) edited.replace(at, from.size(), to);
  }
  edited = edited.substr(0, edited.size() - 2) + "无\r\n";  // a blocker the project's reports never gave
  ASSERT_NE(edited, now);
  const std::string before = s.dump();
  run({"import", s.write("edited.csv", edited), "--what", "projects"});
  run({"import", s.write("all.json", run({"export", "--what", "projects", "--format", "json"})), "--what", "projects"});
  EXPECT_EQ(run({"export", "--what", "projects", "--region", "WH"}), now);
  EXPECT_EQ(s.dump(), before);
}

TEST_F(Export, WorkbookHeaderInEnglishIsTheCsvHeader) {
  const std::string out = (s.dir() / "owners.xlsx").string();
  ASSERT_EQ(s.keyproj({"export", "--what", "owners", "--format", "xlsx", "--out", out}).code, 0);
  const std::string sheet = workbook_member(out, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<is><t>name</t></is>"), std::string::npos);
  EXPECT_NE(sheet.find("<is><t>荆门市发改委</t></is>"), std::string::npos);
}

TEST_F(Export, Refusals) {
  const std::string before = s.dump();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"export", "--what", "projects", "--format", "xlsx"},
       "keyproj: --format xlsx writes a workbook file; give it with --out FILE\n"},
      {{"export", "--what", "projects", "--format", "json", "--bom"},
       "keyproj: --bom is for CSV; a JSON or xlsx file has no byte-order mark\n"},
      {{"export", "--what", "tasks"},
       "keyproj: what 'tasks' is not known; use projects, milestones, updates, owners, leaders, plans, problems, templates or overdue\n"},
      {{"export", "--what", "overdue", "--search", "物流"},
       "keyproj: --search does not filter the overdue list; use --region, --owner, --program or --stage\n"},
      {{"export", "--what", "projects", "--min-days", "30"},
       "keyproj: --min-days filters the overdue list; use it with --what overdue\n"},
      {{"export"}, "keyproj: --what is required\n"},
      {{"export", "--what", "owners", "--region", "TM"},
       "keyproj: owners are not filtered by region, stage or programme; export them all\n"},
      {{"project", "list", "--format", "xlsx"},
       "keyproj: format 'xlsx' writes a workbook file; use 'keyproj export --format xlsx --out FILE'\n"},
  };
  for (const auto& [args, err] : cases) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 2) << args.back();
    EXPECT_EQ(r.err, err);
    EXPECT_EQ(r.out, "");
  }
  const Outcome r = s.keyproj({"export", "--what", "owners", "--out", s.dir().string()});
  EXPECT_EQ(r.code, 5);
  EXPECT_EQ(r.err, "keyproj: file '" + s.dir().string() + "' is a directory\n");
  EXPECT_EQ(s.dump(), before);
}

}  // namespace
}  // namespace keyproj::e2e
