#include "output/row_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace keyproj {
namespace {

std::vector<Column> columns() {
  return {{"code", "Code", "编号"}, {"name", "Name", "名称", Align::Left, true}, {"budget", "Budget", "投资", Align::Right}};
}

std::string render(Format f, const std::vector<std::vector<Cell>>& rows, TableStyle style = {}) {
  std::ostringstream out;
  auto w = make_row_writer(f, out, columns(), style);
  for (const auto& r : rows) w->row(r);
  w->finish();
  return out.str();
}

TEST(RowWriter, TableAlignsChineseByDisplayWidth) {
  const std::string got = render(Format::Table, {{std::string("TM-011"), std::string("综合物流园"), MoneyCell{150000000}},
                                                 {std::string("X-1"), std::string("Park A"), std::monostate{}}});
  EXPECT_EQ(got,
            "Code    Name         Budget\n"
            "------  ----------  -------\n"
            "TM-011  综合物流园  1.5亿元\n"
            "X-1     Park A            —\n");
}

TEST(RowWriter, TableShrinksLongNamesToTheWidth) {
  TableStyle narrow;
  narrow.width = 30;
  EXPECT_EQ(render(Format::Table, {{std::string("TM-011"), std::string("天门市综合物流产业园项目"), MoneyCell{150000000}}},
                   narrow),
            "Code    Name            Budget\n"
            "------  -------------  -------\n"
            "TM-011  天门市…园项目  1.5亿元\n");
  // Without a width (a pipe, a file, --wide) nothing is cut.
  EXPECT_EQ(render(Format::Table, {{std::string("TM-011"), std::string("天门市综合物流产业园项目"), MoneyCell{150000000}}}),
            "Code    Name                       Budget\n"
            "------  ------------------------  -------\n"
            "TM-011  天门市综合物流产业园项目  1.5亿元\n");
}

// Past the first 1,000 rows a table streams: widths come from those rows, a longer name later
// is cut to its column, a wider code is printed whole, and every row is there in order.
TEST(RowWriter, LongTableStreamsWithTheWidthsOfItsFirstRows) {
  std::vector<std::vector<Cell>> rows;
  for (int i = 0; i < 1000; ++i) rows.push_back({std::string("TM-1"), std::string("物流园"), MoneyCell{10000}});
  rows.push_back({std::string("TM-1001"), std::string("天门市综合物流产业园"), MoneyCell{150000000}});
  auto lines_of = [](const std::string& got) {
    std::istringstream lines(got);
    std::string line;
    std::vector<std::string> all;
    while (std::getline(lines, line)) all.push_back(line);
    return all;
  };
  TableStyle terminal;
  terminal.width = 100;
  auto all = lines_of(render(Format::Table, rows, terminal));
  ASSERT_EQ(all.size(), 1003u);
  EXPECT_EQ(all[0], "Code  Name    Budget");
  EXPECT_EQ(all[2], "TM-1  物流园   1万元");
  EXPECT_EQ(all[1002], "TM-1001  天…园   1.5亿元");
  // In a pipe or a file the later, longer name is printed whole.
  all = lines_of(render(Format::Table, rows));
  ASSERT_EQ(all.size(), 1003u);
  EXPECT_EQ(all[2], "TM-1  物流园   1万元");
  EXPECT_EQ(all[1002], "TM-1001  天门市综合物流产业园  1.5亿元");
}

TEST(RowWriter, TableInChineseUsesChineseLabels) {
  TableStyle zh;
  zh.lang = Lang::Zh;
  EXPECT_EQ(render(Format::Table, {}, zh), "编号  名称  投资\n----  ----  ----\n");
}

TEST(RowWriter, TableShowsControlCharactersEscapedAndAlignedAsShown) {
  const std::string got = render(Format::Table, {{std::string("A\x1b[1m"), std::string("园\n区"), std::monostate{}}});
  EXPECT_EQ(got,
            "Code      Name      Budget\n"
            "--------  --------  ------\n"
            "A\\x1b[1m  园\\x0a区       —\n");
  // Past the first rows, a streamed row is escaped too.
  std::vector<std::vector<Cell>> rows(1001, {std::string("X"), std::string("n"), std::monostate{}});
  rows.push_back({std::string("Y\x07"), std::string("n"), std::monostate{}});
  EXPECT_NE(render(Format::Table, rows).find("Y\\x07"), std::string::npos);
}

TEST(RowWriter, CsvAndJsonKeepControlCharactersExact) {
  EXPECT_NE(render(Format::Csv, {{std::string("A\x1b[1m"), std::string("n"), std::monostate{}}}).find("A\x1b[1m"),
            std::string::npos);
}

TEST(RowWriter, CsvQuotesPerRfc4180AndKeepsExactYuan) {
  const std::string got = render(Format::Csv, {{std::string("TM-1"), std::string("a,\"b\"\nc"), MoneyCell{150000000}},
                                               {std::string("TM-2"), std::monostate{}, MoneyCell{0}}});
  EXPECT_EQ(got, "code,name,budget\r\nTM-1,\"a,\"\"b\"\"\nc\",150000000\r\nTM-2,,0\r\n");
}

// OWASP's rule against CSV injection: text a spreadsheet would run gets one apostrophe.
TEST(RowWriter, CsvTextThatOpensLikeAFormulaGetsOneApostrophe) {
  for (const std::string lead : {"=", "+", "-", "@", "\t", "\r", "'"}) {
    const std::string text = lead + "SUM(A1)";
    const std::string field = lead == "\r" ? "\"'" + text + "\"" : "'" + text;  // a CR is quoted as RFC 4180 says
    EXPECT_EQ(render(Format::Csv, {{text, text, MoneyCell{1}}}), "code,name,budget\r\n" + field + "," + field + ",1\r\n")
        << lead;
  }
  // Numbers stay numbers, negative or not; text that only holds such a character later is as it was.
  EXPECT_EQ(render(Format::Csv, {{std::int64_t{-5}, std::string("a=b-c"), -0.5}}), "code,name,budget\r\n-5,a=b-c,-0.5\r\n");
  // JSON keeps the text as it is.
  EXPECT_EQ(render(Format::Json, {{std::string("=1"), std::monostate{}, std::monostate{}}}),
            "[\n{\"code\":\"=1\",\"name\":null,\"budget\":null}\n]\n");
}

TEST(RowWriter, CsvHeaderInChinese) {
  TableStyle zh;
  zh.lang = Lang::Zh;
  EXPECT_EQ(render(Format::Csv, {}, zh), "编号,名称,投资\r\n");
}

TEST(RowWriter, JsonIsAnArrayOfObjectsWithNulls) {
  EXPECT_EQ(render(Format::Json, {{std::string("TM-1"), std::monostate{}, MoneyCell{5}}}),
            "[\n{\"code\":\"TM-1\",\"name\":null,\"budget\":5}\n]\n");
  EXPECT_EQ(render(Format::Json, {}), "[]\n");
}

TEST(RowWriter, NumbersKeepEveryDigitInCsvAndJson) {
  std::ostringstream out;
  auto w = make_row_writer(Format::Csv, out, {{"rate", "Rate", "比率"}, {"n", "N", "数"}}, {});
  w->row({0.2304, std::int64_t{7}});
  w->row({0.1, std::int64_t{0}});
  w->row({0.0003, std::int64_t{1}});
  w->row({1e-7, std::int64_t{2}});
  w->finish();
  EXPECT_EQ(out.str(), "rate,n\r\n0.2304,7\r\n0.1,0\r\n0.0003,1\r\n0.0000001,2\r\n");
  std::ostringstream json;
  auto j = make_row_writer(Format::Json, json, {{"rate", "Rate", "比率"}}, {});
  j->row({0.5757});
  j->finish();
  EXPECT_EQ(json.str(), "[\n{\"rate\":0.5757}\n]\n");
}

std::string_view red_for_late(std::string_view text) { return text == "late" ? "31" : ""; }

std::string render_painted(bool color) {
  std::ostringstream out;
  TableStyle style;
  style.color = color;
  Column state{"state", "State", "状态"};
  state.paint = red_for_late;
  auto w = make_row_writer(Format::Table, out, {state, {"code", "Code", "编号"}}, style);
  w->row({std::string("late"), std::string("TM-1")});
  w->row({std::string("on time"), std::string("TM-2")});
  w->finish();
  return out.str();
}

TEST(RowWriter, PaintColoursTheTextAndPadsOutsideTheColour) {
  EXPECT_EQ(render_painted(true),
            "State    Code\n"
            "-------  ----\n"
            "\x1b[31mlate\x1b[0m     TM-1\n"
            "on time  TM-2\n");
}

TEST(RowWriter, NoColourWithoutAColourTerminal) {
  EXPECT_EQ(render_painted(false),
            "State    Code\n"
            "-------  ----\n"
            "late     TM-1\n"
            "on time  TM-2\n");
}

}  // namespace
}  // namespace keyproj
