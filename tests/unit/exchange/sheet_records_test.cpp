#include "exchange/sheet_records.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "unit/io/zip_writer.h"
#include "unit/refusal.h"

namespace keyproj {
namespace {

std::string cell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// A sheet of a title, a header, and a row with a date serial (style 1), a percentage (style 2)
// and money in 万元.
std::string book() {
  // A name of this process's own: two test runs side by side must not write one file.
  const std::string path =
      (std::filesystem::temp_directory_path() / ("keyproj-sheet-records-" + std::to_string(::getpid()) + ".xlsx"))
          .string();
  auto parts = test::workbook_parts(
      {{"天门", "<sheetData><row r=\"1\">" + cell("A1", "调度表") + "</row><row r=\"2\">" + cell("A2", "项目编号") +
                   cell("B2", "调度日期") + cell("C2", "形象进度（%）") + cell("D2", "本期完成投资（万元）") +
                   "</row><row r=\"3\">" + cell("A3", "TM-011") +
                   "<c r=\"B3\" s=\"1\"><v>45658</v></c><c r=\"C3\" s=\"2\"><v>0.45</v></c><c r=\"D3\"><v>1200.5</v></c>"
                   "</row></sheetData><mergeCells><mergeCell ref=\"A1:D1\"/></mergeCells>"}});
  parts.emplace_back("xl/styles.xml", "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"9\"/>"
                                      "</cellXfs></styleSheet>");
  test::write_zip(path, parts);
  return path;
}

TEST(SheetRecords, CellsReadAsTheOfficerSeesThem) {
  Workbook wb(book());
  EXPECT_TRUE(sheet_has_header(wb, 0, What::Updates));
  EXPECT_FALSE(sheet_has_header(wb, 0, What::Owners));
  RecordSet set;
  std::vector<Record> records;
  stream_sheet_records(wb, 0, RecordSource{wb.path(), "天门"}, What::Updates, false, set,
                       [&](const Record& r) { records.push_back(r); });
  ASSERT_EQ(records.size(), 1u);
  EXPECT_TRUE(set.errors.empty());
  const auto v = [&](const char* key) { return records[0].values[field_index(What::Updates, key)].value_or("-"); };
  EXPECT_EQ(records[0].line, 3u);
  EXPECT_EQ(v("project_code"), "TM-011");
  EXPECT_EQ(v("reported_on"), "2025-01-01");  // serial 45658
  EXPECT_EQ(v("progress_pct"), "45");
  EXPECT_EQ(v("invested_yuan"), "1200.5");
  EXPECT_EQ(records[0].layout->source.sheet, "天门");
}

TEST(SheetRecords, NoHeaderNamesTheSheet) {
  Workbook wb(book());
  RecordSet set;
  EXPECT_EQ(refusal_of([&] {
              stream_sheet_records(wb, 0, RecordSource{wb.path(), "天门"}, What::Owners, false, set, [](const Record&) {});
            }),
            wb.path() + " sheet 天门: no row names a column of owners; the header row must name them, as export writes them");
}

}  // namespace
}  // namespace keyproj
