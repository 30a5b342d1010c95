#include "output/xlsx_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "util/error.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

std::string temp_path(const char* name) { return (fs::temp_directory_path() / name).string(); }

TEST(XlsxWriter, WritesAZipWorkbook) {
  const std::string path = temp_path("keyproj-xlsx-test.xlsx");
  auto w = make_xlsx_writer(path, path, "项目", {{"code", "Code", "编号"}, {"budget", "Budget", "投资", Align::Right}},
                            Lang::Zh);
  w->row({std::string("TM-1"), MoneyCell{150000000}});
  w->row({std::monostate{}, std::int64_t{3}});
  w->finish();
  std::ifstream in(path, std::ios::binary);
  char magic[2] = {};
  in.read(magic, 2);
  EXPECT_EQ(std::string(magic, 2), "PK");  // a zip archive, as every xlsx is
  fs::remove(path);
}

TEST(XlsxWriter, ACellLongerThanExcelHoldsIsRefused) {
  const std::string path = temp_path("keyproj-xlsx-long.xlsx");
  auto w = make_xlsx_writer(path, path, "notes", {{"note", "Note", "备注"}}, Lang::En);
  try {
    w->row({std::string(40000, 'x')});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(),
                 "row 1 note is longer than the 32767 characters an Excel cell holds; export it as csv or json");
  }
  w.reset();
  fs::remove(path);
}

std::string sheet_xml(const std::string& path) {
  FILE* pipe = popen(("unzip -p '" + path + "' xl/worksheets/sheet1.xml").c_str(), "r");
  std::string out;
  char buf[4096];
  for (std::size_t n; pipe && (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  if (pipe) pclose(pipe);
  return out;
}

// For people: the title above the header, the header in words naming 万元, money over 10,000,
// a date as its serial number, a share as it is (formatted as a percentage); a text that is
// not a day stays text.
TEST(XlsxWriter, ASheetForPeople) {
  const std::string path = temp_path("keyproj-xlsx-people.xlsx");
  auto w = make_xlsx_writer(path, path, SheetLayout{"report", Lang::En, true, "Report, as of 2026-11-22"},
                            {{"code", "Code", "编号"},
                             of_kind({"budget_yuan", "Budget", "投资"}, Kind::Money),
                             of_kind({"due", "Due", "期限"}, Kind::Date),
                             of_kind({"rate", "Rate", "完成率"}, Kind::Share)});
  w->row({std::string("TM-1"), MoneyCell{123456789}, std::string("2026-05-01"), 0.25});
  w->row({std::string("TM-2"), std::monostate{}, std::string("soon"), std::monostate{}});
  w->finish();
  const std::string sheet = sheet_xml(path);
  EXPECT_NE(sheet.find("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Report, as of 2026-11-22</t></is></c>"), std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find("<t>Code</t>"), std::string::npos);
  EXPECT_NE(sheet.find("<t>Budget (万元)</t>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"B3\" s=\"2\"><v>12345.6789</v></c>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<c r=\"C3\" s=\"3\"><v>46143</v></c>"), std::string::npos) << sheet;  // 2026-05-01
  EXPECT_NE(sheet.find("<c r=\"D3\" s=\"4\"><v>0.25</v></c>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<c r=\"C4\" t=\"inlineStr\"><is><t>soon</t></is></c>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<autoFilter ref=\"A2:D4\"/>"), std::string::npos) << sheet;
  fs::remove(path);
}

}  // namespace
}  // namespace keyproj
