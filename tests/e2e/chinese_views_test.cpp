// Under --lang zh every word a person reads is Chinese, values too: stages (在建), categories
// (物流), where a finish date came from, history's changes and its fields, the overdue kinds, the
// report's groups and an import's refusals. Each case below builds its portfolio and says what
// it expects from what it built.

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <string>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

// Days from `from` to the tests' as-of date (2026-11-22).
long days_to_as_of(std::chrono::year_month_day from) {
  using namespace std::chrono;
  return (sys_days{year{2026} / November / 22} - sys_days{from}).count();
}

class Chinese : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    // TM-011: a logistics project, 2000万元 of its 1.5亿元 reported by 张三 with a blocker, a
    // milestone due in June 2026; TM-012 stays as added.
    ok({"project", "edit", "TM-011", "--category", "logistics"});
    ok({"--user", "张三", "log", "TM-011", "--stage", "building", "--progress", "30", "--invested", "2000万", "--blocker",
        "征地未完成"});
    ok({"--user", "李四", "milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"});
  }
  std::string zh(std::vector<std::string> args) {
    args.insert(args.begin(), {"--lang", "zh"});
    return ok(args);
  }
  // The milestone is late from 2026-06-30, the project from its finish, 2025-12-31.
  const std::string milestone_late = std::to_string(days_to_as_of(std::chrono::year{2026} / 6 / 30));
  const std::string project_late = std::to_string(days_to_as_of(std::chrono::year{2025} / 12 / 31));
};

TEST_F(Chinese, TheCardGivesStageCategoryAndReportsInChinese) {
  // 2000万 of 1.5亿 is 13.3%; the finish has passed, so time elapsed is 100% and the investment
  // lags it by 100 - 13.3 points.
  const std::string lag = std::to_string(std::lround(100.0 - 2000.0 / 15000.0 * 100.0));
  EXPECT_EQ(zh({"project", "show", "TM-011"}),
            "TM-011        天门市综合物流产业园项目\n"
            "地区          天门 TM\n"
            "专栏          （未载明）\n"
            "类别          物流\n"
            "地点          （未载明）\n"
            "规模          （未载明）\n"
            "责任单位      天门市商务局\n"
            "包保领导      （未定）\n"
            "阶段          在建\n"
            "形象进度      30%\n"
            "计划总投资    1.5亿元\n"
            "累计完成投资  2000万元\n"
            "投资完成率    13.3%\n"
            "灯号          红：里程碑逾期" + milestone_late + "天（超过90天）；计划完成时间2025-12-31已过；投资进度落后时间进度" +
                lag + "个百分点（超过20）\n"
            "最近调度      2026-11-22\n"
            "计划开工      2022-01-01\n"
            "计划完成      2025-12-31\n"
            "节点          #1 主体工程完工：到期 2026-06-30，逾期 " + milestone_late + " 天\n"
            "调度记录      #1 2026-11-22 张三：在建，30%，+2000万元\n"
            "                阻碍：征地未完成\n");
}

TEST_F(Chinese, TheProjectListGivesStagesAndLightsInChineseAndCsvKeepsTheStoredWords) {
  EXPECT_EQ(zh({"project", "list"}),
            "项目编号  项目名称                    地区  阶段  责任单位      计划总投资  累计完成投资  计划完成    灯号\n"
            "--------  --------------------------  ----  ----  ------------  ----------  ------------  ----------  ----\n"
            "TM-011    天门市综合物流产业园项目    TM    在建  天门市商务局     1.5亿元      2000万元  2025-12-31  红\n"
            "TM-012    天门市冷链物流配送中心项目  TM    谋划  —                      —           0元  —           绿\n");
  // CSV is read by programs as well as people: its headers speak Chinese, its values are the
  // words import and scripts take.
  EXPECT_EQ(zh({"project", "list", "--format", "csv"}),
            "项目编号,项目名称,地区,阶段,责任单位,计划总投资,累计完成投资,计划完成,灯号\r\n"
            "TM-011,天门市综合物流产业园项目,TM,building,天门市商务局,150000000,20000000,2025-12-31,red\r\n"
            "TM-012,天门市冷链物流配送中心项目,TM,planned,,,0,,green\r\n");
}

TEST_F(Chinese, HistoryNamesItsChangesAndFieldsInChinese) {
  ok({"--user", "王五", "project", "edit", "TM-011", "--budget", "2亿"});
  EXPECT_EQ(without_times(zh({"history", "TM-011"})),
            "时间                 操作人  对象             变更\n"
            "-------------------  ------  ---------------  ----------------------------------\n"
            "YYYY-MM-DD hh:mm:ss  tester  项目 新建        项目编号：TM-011\n"
            "                                              项目名称：天门市综合物流产业园项目\n"
            "                                              地区：TM\n"
            "                                              责任单位：天门市商务局\n"
            "                                              阶段：谋划\n"
            "                                              计划总投资：1.5亿元\n"
            "                                              计划开工：2022-01-01\n"
            "                                              计划完成：2025-12-31\n"
            "                                              完成时间来源：项目办填报\n"
            "YYYY-MM-DD hh:mm:ss  tester  项目 修改        类别：— → 物流\n"
            "YYYY-MM-DD hh:mm:ss  张三    项目 阶段变更    阶段：谋划 → 在建\n"
            "                                              开工日期：— → 2026-11-22\n"
            "YYYY-MM-DD hh:mm:ss  张三    问题 1 新建      问题：征地未完成\n"
            "                                              级别：县级\n"
            "                                              提出日期：2026-11-22\n"
            "YYYY-MM-DD hh:mm:ss  张三    调度记录 1 填报  调度日期：2026-11-22\n"
            "                                              阶段：在建\n"
            "                                              形象进度：30\n"
            "                                              本期完成投资：2000万元\n"
            "                                              存在问题：征地未完成\n"
            "YYYY-MM-DD hh:mm:ss  李四    里程碑 1 新建    节点名称：主体工程完工\n"
            "                                              原定完成时间：2026-06-30\n"
            "                                              计划完成时间：2026-06-30\n"
            "YYYY-MM-DD hh:mm:ss  王五    项目 修改        计划总投资：1.5亿元 → 2亿元\n");
}

TEST_F(Chinese, TheOverdueListNamesItsKindsInChinese) {
  EXPECT_EQ(zh({"overdue"}),
            "类型        项目编号  项目名称                  地区  责任单位      里程碑        应完成日期  逾期天数\n"
            "----------  --------  ------------------------  ----  ------------  ------------  ----------  --------\n"
            "项目逾期    TM-011    天门市综合物流产业园项目  TM    天门市商务局  —             2025-12-31       " +
                project_late + "\n"
            "里程碑逾期  TM-011    天门市综合物流产业园项目  TM    天门市商务局  主体工程完工  2026-06-30       " +
                milestone_late + "\n");
}

TEST_F(Chinese, TheReportByCategoryNamesItsCategoriesInChinese) {
  const std::string out = zh({"report", "--by", "category"});
  EXPECT_NE(out.find("类别        项目数  谋划  前期  在建  竣工  投产运营  停缓建  取消\n"
                     "----------  ------  ----  ----  ----  ----  --------  ------  ----\n"
                     "物流             1     0     0     1     0         0       0     0\n"
                     "（未载明）       1     1     0     0     0         0       0     0\n"
                     "合计             2     1     0     1     0         0       0     0\n"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("logistics"), std::string::npos) << out;
}

TEST_F(Chinese, AnImportRefusalNamesItsPlaceAndReasonInChinese) {
  // Line 2 gives a new project without its name (column B) or region (C); line 4 names TM-011,
  // of line 3, a second time.
  const std::string file = s.write("新项目.csv", "项目编号,项目名称,地区\nTM-020,,\nTM-011,天门市综合物流产业园项目,TM\n"
                                                  "TM-011,天门市综合物流产业园项目,TM\n");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"--lang", "zh", "import", file, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "keyproj: " + file + " 第2行，B列：项目名称 为空；TM-020 是新项目，须有项目名称\n"
            "keyproj: " + file + " 第2行，C列：地区 为空；TM-020 是新项目，须有地区（TM、EZ 等）\n"
            "keyproj: " + file + " 第4行，A列：项目编号 'TM-011' 在第3行也出现过；一个文件中每个项目只能出现一次\n"
            "keyproj: " + file + "：3 处错误；未导入任何内容\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(Chinese, AnImportSaysWhatItDidInChinese) {
  const std::string file = s.write("新项目.csv", "项目编号,项目名称,地区\nTM-020,天门市新项目,TM\n");
  const Outcome r = s.keyproj({"--lang", "zh", "import", file, "--what", "projects", "--dry-run"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("试导入 " + file + "（项目）：将新增 1 条，修改 0 条，0 条不变；未写入任何内容\n"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace keyproj::e2e
