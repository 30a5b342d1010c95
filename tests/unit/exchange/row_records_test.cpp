#include "exchange/row_records.h"

#include <gtest/gtest.h>

#include "exchange/record_readers.h"
#include "unit/refusal.h"

namespace keyproj {
namespace {

struct Read {
  RecordSet set;
  std::vector<Record> records;
};

Read read(std::vector<TableRow> rows, RowRules rules, What what = What::Updates) {
  Read out;
  const ColumnTable& table = column_table(what);
  out.set = empty_set(table, RecordSource{"b.xlsx", "天门"});
  const std::function<void(const Record&)> keep = [&](const Record& r) { out.records.push_back(r); };
  RowRecords records(table, false, rules, out.set, keep);
  for (auto& r : rows) records(std::move(r));
  records.finish();
  return out;
}

std::string value(const Read& r, std::size_t i, const char* key) {
  return r.records.at(i).values[field_index(What::Updates, key)].value_or("-");
}

TEST(RowRecords, TheHeaderIsTheFirstRowNamingAColumn) {
  const Read r = read({{1, {"天门市重点项目调度表"}, {}, 1},
                       {2, {"填报单位：天门市发改局", "", "单位：万元"}, {}, 2},
                       {3, {"序号", "项目编号", "调度日期"}, {}, 3},
                       {4, {"1", "TM-011", "2026-11-30"}, {}, 4}},
                      RowRules{true, true});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].line, 4u);
  EXPECT_EQ(value(r, 0, "project_code"), "TM-011");
  EXPECT_EQ(r.records[0].layout->columns[field_index(What::Updates, "reported_on")], "C");
  EXPECT_TRUE(r.set.errors.empty());
}

TEST(RowRecords, AHeaderMergedOverTwoRowsIsNamedByItsLowestCells) {
  const Read r = read({{3, {"项目编号", "情况说明", ""}, {}, 4},
                       {4, {"项目编号", "进展情况", "存在问题"}, {}, 4},
                       {5, {"TM-011", "主体施工", "征地"}, {}, 5}},
                      RowRules{true, true});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(value(r, 0, "note"), "主体施工");
  EXPECT_EQ(value(r, 0, "blocker"), "征地");
  EXPECT_TRUE(r.set.errors.empty());
}

TEST(RowRecords, SheetRowsMayBeShortButNotRunPastTheHeaderWithValues) {
  const Read r = read({{1, {"项目编号", "调度日期", "", ""}, {}, 1},
                       {2, {"TM-011"}, {}, 2},
                       {3, {"TM-012", "2026-11-30", "", "x"}, {}, 3}},
                      RowRules{true, true});
  ASSERT_EQ(r.records.size(), 2u);
  ASSERT_EQ(r.set.errors.size(), 1u);
  EXPECT_EQ(r.set.errors[0].column, "D");
  EXPECT_EQ(r.set.errors[0].text, "the column has values but no header; name it or delete it");
}

TEST(RowRecords, ADateColumnRefusesANumberWithAFraction) {
  const Read r = read({{1, {"项目编号", "调度日期", "进展情况"}, {}, 1},
                       {2, {"TM-011", "2026.1", "2026.1"}, {false, true, true}, 2}},
                      RowRules{true, true});
  EXPECT_TRUE(r.records.empty());
  ASSERT_EQ(r.set.errors.size(), 1u);
  EXPECT_EQ(r.set.errors[0].column, "B");
  EXPECT_EQ(r.set.errors[0].text, "调度日期 '2026.1' is a number, not a date (2026.10 typed into a number cell is 2026.1); "
                                  "format the cell as a date or type the date as text, 2026-10-31");
}

TEST(RowRecords, NoHeaderAtAll) {
  EXPECT_EQ(refusal_of([] { read({{1, {"标题"}, {}, 1}}, RowRules{true, true}); }),
            "no row names a column of updates; the header row must name them, as export writes them");
  EXPECT_EQ(refusal_of([] { read({}, RowRules{}); }), "line 1: the file is empty; its first line must name the columns");
}

}  // namespace
}  // namespace keyproj
