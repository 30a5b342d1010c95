#include "exchange/row_values.h"

#include <gtest/gtest.h>

#include "unit/exchange/problem_text.h"

namespace keyproj {
namespace {

// A one-row updates file with the given header and values.
struct Row {
  Row(std::string_view text) : set(read_records(text, FileFormat::Csv, What::Updates, false)) {}
  RowValues values() { return RowValues(set.records.at(0), errors); }
  RecordSet set;
  std::vector<ImportProblem> errors;
};

TEST(RowValues, SpreadsheetDatesAndPeriods) {
  Row r("date,reported_on\n2026/10/31,x\n");
  ASSERT_TRUE(r.set.errors.size() == 1);  // date and reported_on are one column
  Row a("date\n2026/1/5\n");
  auto v = a.values();
  EXPECT_EQ(v.date("reported_on"), "2026-01-05");
  Row b("date\n2026.10.31\n");
  auto w = b.values();
  EXPECT_EQ(w.date("reported_on"), "2026-10-31");
  Row c("date\n2026/10\n");
  auto x = c.values();
  EXPECT_EQ(x.date("reported_on", PeriodEnd::Last), "2026-10-31");
  EXPECT_TRUE(c.errors.empty());
}

TEST(RowValues, BadDatesNameTheValueAsWritten) {
  Row r("调度日期\n2026/02/30\n");
  auto v = r.values();
  EXPECT_EQ(v.date("reported_on"), std::nullopt);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(shown(r.errors[0]), "line 2, column A: 调度日期 '2026/02/30' is not a day of the calendar");
  EXPECT_FALSE(v.ok());
}

TEST(RowValues, PercentAsSpreadsheetsWriteIt) {
  Row r("progress,invested\n45%,1.5亿\n");
  auto v = r.values();
  EXPECT_EQ(v.percent("progress_pct"), 45);
  EXPECT_EQ(v.money("invested_yuan"), 150000000);
  Row s("progress\n40.0\n");
  auto w = s.values();
  EXPECT_EQ(w.percent("progress_pct"), 40);
  Row t("进度\n101\n");
  auto x = t.values();
  EXPECT_EQ(x.percent("progress_pct"), std::nullopt);
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(shown(t.errors[0]), "line 2, column A: 进度 '101' is not a whole percentage from 0 to 100");
}

TEST(RowValues, EveryBadValueOfARowIsReported) {
  Row r("code,stage,progress,invested,id\nTM-001,started,x,-5,0\n");
  auto v = r.values();
  v.stage("stage");
  v.percent("progress_pct");
  v.money("invested_yuan");
  v.id("id");
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_EQ(shown(r.errors[0]),
            "line 2, column B: stage 'started' is not a stage; use planned, preparing, building, completed, operating, "
            "suspended or cancelled");
  EXPECT_EQ(shown(r.errors[1]), "line 2, column C: progress 'x' is not a whole percentage from 0 to 100");
  EXPECT_EQ(shown(r.errors[2]), "line 2, column D: invested '-5' is negative; money must be zero or more");
  EXPECT_EQ(shown(r.errors[3]), "line 2, column E: id '0' is not an id; ids are whole numbers from 1");
}

// A sheet's cells are trimmed as they are read, text as well as words.
TEST(RowValues, CellsAreTrimmed) {
  Row r("code,note\n TM-001 ,\"  两端空格 \u3000\"\n");
  auto v = r.values();
  EXPECT_EQ(v.word("project_code"), "TM-001");
  EXPECT_EQ(v.text("note"), "两端空格");
  EXPECT_FALSE(v.carried("blocker"));
  EXPECT_EQ(v.name("blocker"), "blocker");
  EXPECT_EQ(place(v.problem("blocker", "")), "line 2");  // the row, as the file has no such column
}

}  // namespace
}  // namespace keyproj
