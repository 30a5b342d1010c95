#include "exchange/import_problem.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace keyproj
