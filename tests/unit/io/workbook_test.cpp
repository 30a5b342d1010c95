#include "io/workbook.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <limits>

#include "unit/io/zip_writer.h"
#include "unit/refusal.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

std::string temp(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("kp-wb-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return (dir / name).string();
}

std::vector<std::string> first_cells(Workbook& book, std::size_t sheet) {
  std::vector<std::string> out;
  book.rows(sheet, [&](SheetRow&& row) {
    out.push_back(row.cells.empty() ? "" : cell_text(row.cells[0], book.dates()));
    return true;
  });
  return out;
}

TEST(Workbook, SheetsInTheOrderOfTheirTabsWithSharedStrings) {
  const std::string path = temp("two.xlsx");
  test::write_zip(path, test::workbook_parts({{"天门", "<sheetData><row r=\"1\"><c t=\"s\"><v>1</v></c></row></sheetData>"},
                                              {"仙桃", "<sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c></row>"
                                                       "<row r=\"2\"><c><v>3</v></c></row></sheetData>"}},
                                             "<si><t>项目编号</t></si><si><t>天门</t></si>"));
  Workbook book(path);
  ASSERT_EQ(book.sheets().size(), 2u);
  EXPECT_EQ(book.sheets()[0].name, "天门");
  EXPECT_EQ(book.sheets()[1].part, "xl/worksheets/sheet2.xml");
  EXPECT_EQ(book.dates(), DateSystem::From1900);
  EXPECT_EQ(first_cells(book, 0), std::vector<std::string>{"天门"});
  EXPECT_EQ(first_cells(book, 1), (std::vector<std::string>{"项目编号", "3"}));
  std::size_t seen = 0;
  book.rows(1, [&](SheetRow&&) { return ++seen < 1; }, false);
  EXPECT_EQ(seen, 1u);
}

TEST(Workbook, InflatesAHundredTimesItsSizeAndSixtyFourMegabytesAtLeast) {
  constexpr std::size_t mb = std::size_t{1} << 20;
  EXPECT_EQ(inflate_budget(0), 64 * mb);
  // 64 MB is a hundred times 671,088.64 bytes.
  EXPECT_EQ(inflate_budget(671088), 64 * mb);
  EXPECT_EQ(inflate_budget(671089), 671089u * 100);
  EXPECT_EQ(inflate_budget(41 * mb), 4100 * mb);
  EXPECT_EQ(inflate_budget(std::numeric_limits<std::uintmax_t>::max()),
            std::numeric_limits<std::size_t>::max() / 100 * 100);
}

TEST(Workbook, ReadsTheDateSystem) {
  const std::string path = temp("mac.xlsx");
  test::write_zip(path, test::workbook_parts({{"S", "<sheetData/>"}}, "", "date1904=\"1\""));
  EXPECT_EQ(Workbook(path).dates(), DateSystem::From1904);
}

TEST(Workbook, RefusesWhatIsNoWorkbook) {
  const std::string zip = temp("parts.zip");
  test::write_zip(zip, {{"word/document.xml", "<w/>"}});
  EXPECT_EQ(refusal_of([&] { Workbook{zip}; }), zip + " is not a readable workbook: part 'xl/workbook.xml' is missing");
  const std::string text = temp("text.xlsx");
  test::write_zip(text, {});
  fs::resize_file(text, 0);
  EXPECT_EQ(refusal_of([&] { Workbook{text}; }),
            text + " is not an xlsx workbook (it is no zip file); save it from Excel or WPS as .xlsx");
}

}  // namespace
}  // namespace keyproj
