#include "output/dispatch_workbook.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace keyproj {
namespace {

std::string member(const std::string& archive, const std::string& name) {
  FILE* pipe = popen(("unzip -p '" + archive + "' '" + name + "'").c_str(), "r");
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  pclose(pipe);
  return out;
}

TEST(DispatchWorkbook, ASheetEachProtectedWithOnlyItsFillInColumnsOpenAndChecked) {
  const std::string path = (std::filesystem::temp_directory_path() / "keyproj-dispatch-test.xlsx").string();
  const std::vector<TemplateColumn> columns{
      {of_kind({"code", "Code", "项目编号"}, Kind::Plain), false, FillCheck::None},
      {of_kind({"invested_yuan", "Invested (万元)", "本月完成投资（万元）"}, Kind::Money), true, FillCheck::Money},
      {of_kind({"stage", "Stage", "阶段"}, Kind::Plain), true, FillCheck::Stage}};
  const std::vector<std::vector<Cell>> a{{std::string("TM-1"), std::monostate{}, std::monostate{}}};
  const std::vector<std::vector<Cell>> b{{std::string("TM-2"), std::monostate{}, std::monostate{}},
                                         {std::string("TM-3"), std::monostate{}, std::monostate{}}};
  write_dispatch_workbook(path, path, columns, {{"天门市", "标题一", &a}, {"仙桃市", "标题二", &b}}, {"前期", "在建"},
                          Lang::Zh);
  const std::string book = member(path, "xl/workbook.xml");
  EXPECT_NE(book.find("name=\"天门市\""), std::string::npos);
  EXPECT_NE(book.find("name=\"仙桃市\""), std::string::npos);
  const std::string second = member(path, "xl/worksheets/sheet2.xml");
  EXPECT_NE(second.find("<t>标题二</t>"), std::string::npos);
  EXPECT_NE(second.find("<t>本月完成投资（万元）</t>"), std::string::npos);
  EXPECT_NE(second.find("<t>TM-3</t>"), std::string::npos);
  EXPECT_NE(second.find("<mergeCell ref=\"A1:C1\"/>"), std::string::npos);
  EXPECT_NE(second.find("<sheetProtection"), std::string::npos);
  EXPECT_NE(second.find("sqref=\"B3:B"), std::string::npos);
  EXPECT_NE(second.find("<formula1>\"前期,在建\"</formula1>"), std::string::npos);
  EXPECT_NE(second.find("<c r=\"C4\" s=\""), std::string::npos);  // its fill-in cells written, unlocked
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace keyproj
