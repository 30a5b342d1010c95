#include "output/xlsx_writer.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace keyproj
