#include "view/plan_view.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(PlanView, ClassesReadInTheReadersLanguageInATableAndAsKeysInData) {
  PlanEntryRow row;
  row.entry.year = 2026;
  row.entry.project_code = "TM-011";
  row.entry.project_name = "物流园";
  row.entry.plan_class = PlanClass::Completing;
  row.entry.investment_yuan = 300'000'000;
  row.entry.planned_finish = "2026-12-31";
  row.region = "TM";
  row.stage = Stage::Building;
  EXPECT_EQ(std::get<std::string>(plan_list_cells(row, Format::Table, Lang::Zh)[4]), "竣工投产");
  EXPECT_EQ(std::get<std::string>(plan_list_cells(row, Format::Table, Lang::Zh)[8]), "在建");
  EXPECT_EQ(std::get<std::string>(plan_list_cells(row, Format::Csv, Lang::Zh)[4]), "completing");
  EXPECT_EQ(std::get<std::string>(plan_list_cells(row, Format::Json, Lang::En)[8]), "building");
  EXPECT_EQ(plan_list_cells(row, Format::Csv, Lang::En).size(), plan_list_columns().size());
}

TEST(PlanView, ChangePiecesNameWhatChanged) {
  PlanEntry before;
  before.plan_class = PlanClass::New;
  before.investment_yuan = 300'000'000;
  PlanEntry after = before;
  after.investment_yuan = 250'000'000;
  EXPECT_EQ(plan_change_pieces(before, after), std::vector<std::string>{"investment_yuan: 3亿元 → 2.5亿元"});
  EXPECT_EQ(plan_change_pieces(std::nullopt, before),
            (std::vector<std::string>{"class: new", "investment_yuan: 3亿元"}));
}

}  // namespace
}  // namespace keyproj
