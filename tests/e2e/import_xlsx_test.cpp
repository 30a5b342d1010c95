// A county's workbook imports as it is saved: a sheet per county in one transaction, title and
// notes above a header of two rows, dates as serial numbers and as text, percentages, money in
// 万元. The workbooks are openpyxl's, one saved again by LibreOffice (tests/fixtures/make_xlsx.py);
// the figures below are those it writes, and what keyproj must record is computed here from them.

#include "e2e/tracking_fixture.h"

#include <cstdint>

namespace keyproj::e2e {
namespace {

std::string fixture(const std::string& name) { return std::string(KEYPROJ_SOURCE_DIR) + "/tests/fixtures/" + name; }

// A row of a county's sheet, as make_xlsx.py writes it.
struct SheetRow {
  std::string code, name, day, stage_zh, stage;
  std::optional<double> progress;        // the cell's number: 0.45 is shown as 45%
  std::optional<double> invested_wan;    // 本月完成投资（万元）
  std::string note, blocker;
};

const std::vector<SheetRow> kTianmen{
    {"TM-011", "天门市综合物流产业园项目", "2026-11-30", "在建", "building", 0.45, 1200, "主体施工，二期封顶", "征地未完成"},
    {"TM-012", "天门市冷链物流配送中心项目", "2026-11-28", "前期", "preparing", {}, {}, "可研批复", ""},
};
// Dates typed as text there: 2026年11月30日 and 2026/11/29.
const std::vector<SheetRow> kXiantao{
    {"TM-021", "仙桃市电商产业园项目", "2026-11-30", "在建", "building", 0.6, 350.5, "厂房装修", ""},
    {"TM-022", "仙桃市保税物流中心项目", "2026-11-29", "在建", "building", 0.8, 80, "设备安装", "资金未到位"},
};

// The updates export of `rows`, ids from 1 in order.
std::string exported(const std::vector<SheetRow>& rows) {
  std::string out = "id,project_code,name_zh,reported_on,stage,progress_pct,invested_yuan,note,blocker,author,corrects,reason\r\n";
  int id = 0;
  for (const auto& r : rows) {
    const std::string pct = r.progress ? std::to_string(static_cast<int>(*r.progress * 100 + 0.5)) : "";
    const std::string yuan = r.invested_wan ? std::to_string(static_cast<std::int64_t>(*r.invested_wan * 10000 + 0.5)) : "";
    out += std::to_string(++id) + "," + r.code + "," + r.name + "," + r.day + "," + r.stage + "," + pct + "," + yuan +
           "," + r.note + "," + r.blocker + ",tester,,\r\n";
  }
  return out;
}

std::vector<SheetRow> both() {
  std::vector<SheetRow> all = kTianmen;
  all.insert(all.end(), kXiantao.begin(), kXiantao.end());
  return all;
}

class ImportXlsx : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    s.as_of = "2026-12-05";  // the month's sheets arrive in the first days of the next
    for (const auto& r : kXiantao)
      ASSERT_EQ(s.keyproj({"project", "add", "--code", r.code, "--name", r.name, "--region", "TM", "--county", "仙桃市"}).code, 0);
  }
  const std::string book = fixture("dispatch-counties.xlsx");
  const std::string skipped = "keyproj: warning: " + book + " sheet 填报说明: skipped, no row names a column of updates (choose it with --sheet)\n";
};

TEST_F(ImportXlsx, EveryCountySheetImportsInOneTransaction) {
  const Outcome r = s.keyproj({"import", book, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, skipped);
  EXPECT_EQ(r.out, "imported updates from " + book + " sheet 天门, " + book + " sheet 仙桃: " +
                       std::to_string(both().size()) + " added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(ok({"export", "--what", "updates"}), exported(both()));
}

TEST_F(ImportXlsx, InlineStringsReadAsSharedOnes) {
  const std::string inline_book = fixture("dispatch-inline.xlsx");
  const Outcome r = s.keyproj({"import", inline_book, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(ok({"export", "--what", "updates"}), exported(both()));
  // The same rows from the shared-string twin add nothing.
  const Outcome again = s.keyproj({"import", book, "--what", "updates"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.out.find(": 0 added, 0 changed, 0 unchanged, 4 rows already recorded"), std::string::npos) << again.out;
}

// The same workbook saved again by LibreOffice: its own writer, styles (yyyy\-mm\-dd) and
// shared strings, an empty styled cell across each merged title.
TEST_F(ImportXlsx, LibreOfficesWorkbookReadsTheSame) {
  const std::string lo_book = fixture("dispatch-libreoffice.xlsx");
  const Outcome r = s.keyproj({"import", lo_book, "--what", "updates"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + lo_book + " sheet 天门, " + lo_book + " sheet 仙桃: " +
                       std::to_string(both().size()) + " added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(ok({"export", "--what", "updates"}), exported(both()));
}

TEST_F(ImportXlsx, OneSheetByNameOrNumber) {
  Outcome r = s.keyproj({"import", book, "--what", "updates", "--sheet", "仙桃"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "imported updates from " + book + " sheet 仙桃: 2 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(ok({"export", "--what", "updates"}), exported(kXiantao));
  r = s.keyproj({"import", book, "--what", "updates", "--sheet", "2"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported updates from " + book + " sheet 天门: 2 added, 0 changed, 0 unchanged\n");
}

TEST_F(ImportXlsx, DryRunSumsEachSheet) {
  const Outcome r = s.keyproj({"import", book, "--what", "updates", "--dry-run", "--sheet", "天门"});
  ASSERT_EQ(r.code, 0) << r.err;
  double wan = 0;
  for (const auto& row : kTianmen) wan += row.invested_wan.value_or(0);
  EXPECT_NE(r.out.find(book + " sheet 天门: 2 rows, 0 problems; invested in 2026-11: " +
                       std::to_string(static_cast<int>(wan)) + "万元"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(ok({"export", "--what", "updates"}), exported({}));
}

// A row of the second sheet is wrong: the first sheet's rows are not written either.
TEST_F(ImportXlsx, AProblemInOneSheetWritesNothing) {
  ASSERT_EQ(s.keyproj({"project", "archive", "TM-022"}).code, 0);
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", book, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("keyproj: " + book + " sheet 仙桃 line 6"), std::string::npos) << r.err;
  EXPECT_EQ(s.dump(), before);
}

// A month typed into a number cell is refused where it stands, in the officer's language.
TEST_F(ImportXlsx, ANumberInADateColumnIsRefusedWithTheSheetNamed) {
  const std::string bad = fixture("bad-date-number.xlsx");
  expect_refused(s, {"import", bad, "--what", "updates"}, 4,
                 bad + " sheet 天门 line 2, column B: 调度日期 '2026.1' is a number, not a date (2026.10 "
                 "typed into a number cell is 2026.1); format the cell as a date or type the date as text, 2026-10-31\n"
                 "keyproj: " + bad + " sheet 天门: 1 error; nothing was imported");
  expect_refused(s, {"--lang", "zh", "import", bad, "--what", "updates"}, 4,
                 bad + " 工作表 天门 第2行，B列：调度日期 '2026.1' 是数字而不是日期（在数字单元格中输入 "
                 "2026.10 即为 2026.1）；请将单元格设为日期格式，或以文本输入日期，如 2026-10-31\n"
                 "keyproj: " + bad + " 工作表 天门：1 处错误；未导入任何内容");
}

}  // namespace
}  // namespace keyproj::e2e
