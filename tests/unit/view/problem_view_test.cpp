#include "view/problem_view.h"

#include <gtest/gtest.h>

#include <sstream>

namespace keyproj {
namespace {

Problem late_problem() {
  Problem p;
  p.id = 4;
  p.project_code = "TM-011";
  p.text = "征地拆迁未完成";
  p.level = ProblemLevel::City;
  p.raised_on = "2026-09-01";
  p.due = "2026-10-31";
  return p;
}

TEST(ProblemView, CellsInEitherLanguageWithDaysLate) {
  const Date as_of = parse_date("2026-11-22", "as_of");
  const auto cells = problem_cells(late_problem(), as_of, true);
  ASSERT_EQ(cells.size(), problem_columns().size());
  EXPECT_EQ(std::get<std::string>(cells[4]), "市级");
  EXPECT_EQ(std::get<std::string>(cells[7]), "未销号");
  EXPECT_EQ(std::get<std::int64_t>(cells[9]), 22);
  EXPECT_EQ(std::get<std::string>(problem_cells(late_problem(), as_of, false)[4]), "city");
}

TEST(ProblemView, TheCardEndsWithTheLogInChinese) {
  std::ostringstream out;
  ProblemEntry raised;
  raised.entered_on = "2026-09-01";
  raised.kind = "raise";
  raised.level = ProblemLevel::County;
  raised.author = "张三";
  ProblemEntry up;
  up.entered_on = "2026-10-01";
  up.kind = "update";
  up.level = ProblemLevel::City;
  up.note = "需市级协调";
  up.author = "张三";
  print_problem_card(late_problem(), {raised, up}, parse_date("2026-11-22", "as_of"), true, out);
  EXPECT_EQ(out.str(),
            "问题      #4 征地拆迁未完成\n"
            "项目      TM-011\n"
            "责任单位  -\n"
            "级别      市级\n"
            "提出日期  2026-09-01\n"
            "期限      2026-10-31（逾期 22 天）\n"
            "状态      未销号\n"
            "记录      2026-09-01 提出 (张三)\n"
            "          2026-10-01 更新，级别 市级 (张三)：需市级协调\n");
}

}  // namespace
}  // namespace keyproj
