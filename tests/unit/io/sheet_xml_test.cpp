#include "io/sheet_xml.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/refusal.h"

namespace keyproj {
namespace {

const SharedStrings kStrings{{"项目编号", "天门", "仙桃"}};

CellStyles styles() {
  CellStyles s;
  s.add(NumberFormat::General);
  s.add(NumberFormat::Date);
  s.add(NumberFormat::Percent);
  return s;
}

std::string sheet(const std::string& rows, const std::string& after = "") {
  return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows +
         "</sheetData>" + after + "</worksheet>";
}

std::string_view kind_mark(CellKind k) {
  switch (k) {
    case CellKind::Empty: return "";
    case CellKind::Number: return "n";
    case CellKind::Text: return "s";
    default: return "o";
  }
}

std::string_view format_mark(NumberFormat f) {
  return f == NumberFormat::Date ? "d" : f == NumberFormat::Percent ? "%" : "";
}

// The rows of `xml` as "number: kind:value|…", merged cells read first, fed `piece` bytes at a time.
std::vector<std::string> rows(const std::string& xml, std::size_t piece = 1 << 20) {
  const CellStyles st = styles();
  MergeScan scan("t.xlsx sheet S");
  scan.feed(xml);
  std::vector<std::string> out;
  SheetXml reader(kStrings, st, scan.finish(), [&](SheetRow&& row) {
    std::string s = std::to_string(row.number);
    if (row.merged_to != row.number) s.append("-").append(std::to_string(row.merged_to));
    s.append(":");
    for (const auto& c : row.cells) {
      s.append(kind_mark(c.kind)).append(format_mark(c.format)).append(c.value).append("|");
    }
    out.push_back(s);
  }, "t.xlsx sheet S");
  for (std::size_t at = 0; at < xml.size(); at += piece) reader.feed(std::string_view(xml).substr(at, piece));
  reader.finish();
  return out;
}

TEST(SheetXml, CellsOfEveryKindInTheirColumns) {
  const std::string xml = sheet(
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>潜江</t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" s=\"1\"><v>45658</v></c><c r=\"C3\" s=\"2\"><v>0.45</v></c>"
      "<c r=\"D3\" t=\"b\"><v>1</v></c><c r=\"E3\" t=\"str\"><f>A3</f><v>天门</v></c><c r=\"F3\" s=\"3\"/></row>"
      "<row r=\"5\"><c t=\"n\"><v>2026.1</v></c><c t=\"e\"><v>#N/A</v></c></row>");
  const std::vector<std::string> expected{"2:s项目编号||s潜江|", "3:s天门|nd45658|n%0.45|oTRUE|s天门|", "5:n2026.1|o#N/A|"};
  EXPECT_EQ(rows(xml), expected);
  EXPECT_EQ(rows(xml, 3), expected);
}

TEST(SheetXml, MergedRangesGiveTheirValueDownTheirFirstColumn) {
  // A title merged across, a header cell merged over two rows, a county merged over two projects.
  const std::string xml = sheet(
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>投资</t></is></c></row>"
      "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>本月</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>累计</t></is></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\"><v>1</v></c></row>"
      "<row r=\"5\"><c r=\"B5\"><v>2</v></c></row>",
      "<mergeCells count=\"4\"><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"A2:A3\"/><mergeCell ref=\"B2:C2\"/>"
      "<mergeCell ref=\"A4:A5\"/></mergeCells>");
  EXPECT_EQ(rows(xml), (std::vector<std::string>{"1:s标题|", "2-3:s项目编号|s投资|", "3:s项目编号|s本月|s累计|",
                                                 "4-5:s天门|n1|", "5:s天门|n2|"}));
}

TEST(SheetXml, RowsWithoutANumberFollowTheRowBefore) {
  EXPECT_EQ(rows(sheet("<row r=\"3\"><c><v>1</v></c></row><row><c><v>2</v></c></row><row r=\"0\"><c><v>3</v></c></row>")),
            (std::vector<std::string>{"3:n1|", "4:n2|", "5:n3|"}));
}

TEST(SheetXml, CellReferencesReadAsColumnAndRow) {
  std::size_t c = 0, r = 0;
  EXPECT_TRUE(parse_cell_ref("XFD1048576", c, r));
  EXPECT_EQ(c, 16383u);
  EXPECT_EQ(r, 1048576u);
  EXPECT_TRUE(parse_cell_ref("AA7", c, r));
  EXPECT_EQ(c, 26u);
  EXPECT_FALSE(parse_cell_ref("7", c, r));
  EXPECT_FALSE(parse_cell_ref("A0", c, r));
  EXPECT_FALSE(parse_cell_ref("A", c, r));
}

TEST(SheetXml, RefusesWhatNoSheetCanHold) {
  EXPECT_EQ(refusal_of([] { rows(sheet("<row r=\"1048577\"><c><v>1</v></c></row>")); }),
            "t.xlsx sheet S line 1048577: a sheet has at most 1048576 rows; split the sheet");
  EXPECT_EQ(refusal_of([] { rows(sheet("<row r=\"4\"><c r=\"F4\" t=\"s\"><v>9</v></c></row>")); }),
            "t.xlsx sheet S line 4, column F: the cell names shared string '9', which the workbook does not have");
  const std::string longest(kMaxCellChars, 'x');
  EXPECT_EQ(rows(sheet("<row r=\"2\"><c t=\"inlineStr\"><is><t>" + longest + "</t></is></c></row>")).size(), 1u);
  EXPECT_EQ(refusal_of([&] { rows(sheet("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + longest + "x</t></is></c></row>")); }),
            "t.xlsx sheet S line 2, column B: the cell holds more than the 32767 characters a cell can hold");
  EXPECT_EQ(refusal_of([] { rows(sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")); }),
            "t.xlsx sheet S line 1, column XFE: a sheet has at most 16384 columns (A to XFD)");
}

}  // namespace
}  // namespace keyproj
