#include "exchange/import_problem.h"

#include <gtest/gtest.h>

#include "unit/in_language.h"

namespace keyproj {
namespace {

ImportProblem at(std::size_t line, std::string column, std::string text) {
  return ImportProblem{"f.csv", "", line, std::move(column), "", std::move(text)};
}

TEST(ImportProblem, SortedByLineThenColumnAsASpreadsheetOrdersThem) {
  std::vector<ImportProblem> problems{at(3, "B", "b3"), at(2, "AA", "aa2"), at(2, "Z", "z2"), at(2, "", "row2"),
                                      at(1, "C", "c1"), at(2, "Z", "z2 again")};
  sort_by_place(problems);
  std::vector<std::string> texts;
  for (const auto& p : problems) texts.push_back(p.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"c1", "row2", "z2", "z2 again", "aa2", "b3"}));
}

TEST(ImportProblem, ASentenceNamesFileSheetLineAndColumn) {
  EXPECT_EQ(problem_sentence({"十月调度.csv", "", 3, "B", "进度", "progress '140' is too much"}),
            "十月调度.csv line 3, column B: progress '140' is too much");
  EXPECT_EQ(problem_sentence({"a.json", "", 1, "", "", "no array"}), "a.json line 1: no array");
  EXPECT_EQ(problem_sentence({"a.xlsx", "项目", 2, "C", "", "why"}), "a.xlsx sheet 项目 line 2, column C: why");
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(problem_sentence({"十月调度.csv", "", 3, "B", "进度", "进度 '140' 太大"}), "十月调度.csv 第3行，B列：进度 '140' 太大");
  EXPECT_EQ(problem_sentence({"a.xlsx", "项目", 2, "", "", "原因"}), "a.xlsx 工作表 项目 第2行：原因");
}

}  // namespace
}  // namespace keyproj
