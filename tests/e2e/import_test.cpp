// Import as an officer meets it: a sheet from Excel or WPS, every problem reported at once
// with its line and column, and nothing written unless every row is right.

#include <gtest/gtest.h>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

class Import : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(s.keyproj({"init"}).code, 0); }
  Sandbox s;
};

TEST_F(Import, OwnersWithChineseHeadersBomAndCrLf) {
  const std::string file = s.write("owners.csv",
                                   "\xEF\xBB\xBF单位名称,类型,联系方式\r\n"
                                   "天门市商务局,unit,\"张三, 0728-1234567\"\r\n"
                                   "湖北某物流公司,enterprise,\"李四\r\n（周一至周五）\"\r\n");
  const Outcome r = s.keyproj({"import", file, "--what", "owners"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported owners from " + file + ": 2 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(s.keyproj({"export", "--what", "owners", "--contacts"}).out,
            "name,kind,contact,projects\r\n"
            "天门市商务局,unit,\"张三, 0728-1234567\",0\r\n"
            "湖北某物流公司,enterprise,\"李四\r\n（周一至周五）\",0\r\n");
}

TEST_F(Import, OwnersUpsertByNameChangingOnlyWhatTheRowCarries) {
  ASSERT_EQ(s.keyproj({"owner", "add", "--name", "天门市商务局", "--kind", "unit", "--contact", "0728-1"}).code, 0);
  const std::string file = s.write("owners.csv", "name,contact,kind\n天门市商务局,0728-2,\n荆门市发改委,,unit\n");
  Outcome r = s.keyproj({"import", file, "--what", "owners", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "change owner 天门市商务局: contact 0728-1 → 0728-2\n"
            "add owner 荆门市发改委\n"
            "dry run of " + file + " (owners): would add 1, change 1, leave 0 unchanged; nothing was written\n");
  const std::string before = s.dump();
  r = s.keyproj({"import", file, "--what", "owners"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(s.dump(), before);
  EXPECT_EQ(s.keyproj({"export", "--what", "owners", "--contacts"}).out,
            "name,kind,contact,projects\r\n天门市商务局,unit,0728-2,0\r\n荆门市发改委,unit,,0\r\n");
  // The same file again changes nothing.
  r = s.keyproj({"import", file, "--what", "owners"});
  EXPECT_EQ(r.out, "imported owners from " + file + ": 0 added, 0 changed, 2 unchanged\n");
}

TEST_F(Import, EveryErrorWithItsLineAndNothingWritten) {
  const std::string file = s.write("owners.csv",
                                   "name,kind,contact\n"
                                   "天门市商务局,unit,ok\n"
                                   "荆门市发改委,agency,\n"
                                   ",unit,x\n"
                                   "鄂州市商务局,unit,a,b\n");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "owners"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "keyproj: " + file + " line 3, column B: kind 'agency' is not known; use unit or enterprise\n"
            "keyproj: " + file + " line 4, column A: name is empty; every owner needs its name\n"
            "keyproj: " + file + " line 5, column D: 4 fields where the header has 3; a value holding a comma must "
            "be in double quotes\n"
            "keyproj: " + file + ": 3 errors; nothing was imported\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(Import, MalformedCsvNamesLineAndColumn) {
  const std::string before = s.dump();
  const std::string file = s.write("o.csv", "name,contact\n天门市商务局,\"张三\n荆门市发改委,x\n");
  Outcome r = s.keyproj({"import", file, "--what", "owners"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + file +
                       " line 2, column B: the quoted field that opens here is never closed; end it with a double "
                       "quote\n");
  // A GBK file is read as GBK (import_encoding_test.cpp) unless told it is UTF-8.
  const std::string gbk = s.write("gbk.csv", "name\n\xCC\xEC\xC3\xC5\n");
  r = s.keyproj({"import", gbk, "--what", "owners", "--encoding", "utf-8"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + gbk +
                       " line 2, column A: the text is not UTF-8 (a file saved as GBK or ANSI?); save it as \"CSV "
                       "UTF-8\"\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(Import, UnknownColumnsRefusedUnlessIgnored) {
  const std::string file = s.write("o.csv", "序号,name,备注二\n1,天门市商务局,x\n");
  Outcome r = s.keyproj({"import", file, "--what", "owners"});
  EXPECT_EQ(r.code, 4);
  // 序号, the row's number, is a known column that records nothing: skipped without a word.
  EXPECT_EQ(r.err,
            "keyproj: " + file + " line 1, column C: '备注二' is not a column of owners (they are name, kind, "
            "contact, projects); pass --ignore-unknown to skip it\n"
            "keyproj: " + file + ": 1 error; nothing was imported\n");
  r = s.keyproj({"import", file, "--what", "owners", "--ignore-unknown"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported owners from " + file + ": 1 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(r.err, "keyproj: warning: " + file + ": ignored the column '备注二' (column C), which keyproj does not "
                   "know\n");
}

TEST_F(Import, RepeatedColumnsAndAMissingKeyColumn) {
  const std::string twice = s.write("twice.csv", "name,单位名称\na,b\n");
  Outcome r = s.keyproj({"import", twice, "--what", "owners"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + twice +
                       " line 1, column B: '单位名称' names the same column as 'name' in column A; keep one of them\n"
                       "keyproj: " + twice + ": 1 error; nothing was imported\n");
  const std::string keyless = s.write("keyless.csv", "kind,contact\nunit,x\n");
  r = s.keyproj({"import", keyless, "--what", "owners"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + keyless +
                       " line 1: the file has no name (单位名称) column; every owner row needs its name\n"
                       "keyproj: " + keyless + ": 1 error; nothing was imported\n");
}

TEST_F(Import, JsonOwnersWithLinesInErrors) {
  const std::string file = s.write("owners.json",
                                   "[\n"
                                   "  {\"name\": \"天门市商务局\", \"kind\": \"unit\", \"contact\": null},\n"
                                   "  {\"name\": \"荆门市发改委\",\n   \"kind\": \"bureau\"}\n"
                                   "]\n");
  Outcome r = s.keyproj({"import", file, "--what", "owners"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: " + file + " line 3: kind 'bureau' is not known; use unit or enterprise\n"
                   "keyproj: " + file + ": 1 error; nothing was imported\n");
  const std::string good = s.write("good.json", "[{\"单位名称\": \"天门市商务局\", \"类型\": \"unit\"}]");
  r = s.keyproj({"import", good, "--what", "owners"});
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(Import, FileAndOptionRefusals) {
  const std::string before = s.dump();
  const std::string sheet = s.write("sheet.xls.bak", "PK");
  const std::string text_book = s.write("sheet.xlsx", "PK");
  const std::string data = s.write("data.txt.bak", "name\nx\n");
  const std::vector<std::tuple<std::vector<std::string>, int, std::string>> cases = {
      {{"import", sheet, "--what", "owners"}, 2,
       "keyproj: file '" + sheet + "' has no .csv, .json or .xlsx extension; say which it is with --format csv|json|xlsx\n"},
      {{"import", text_book, "--what", "owners", "--format", "xlsx"}, 4,
       "keyproj: " + text_book + " is not an xlsx workbook (it is no zip file); save it from Excel or WPS as .xlsx\n"},
      {{"import", data, "--what", "overdue", "--format", "csv"}, 2,
       "keyproj: what 'overdue' cannot be imported: the overdue list is computed from projects and milestones\n"},
      {{"import", (s.dir() / "none.csv").string(), "--what", "owners"}, 3,
       "keyproj: file '" + (s.dir() / "none.csv").string() + "' cannot be read: No such file or directory\n"},
      {{"import", "--what", "owners"}, 2, "keyproj: --file is required\n"},
      {{"import", data, "--what", "updates", "--format", "csv", "--force"}, 2,
       "keyproj: --force needs --reason TEXT saying why stages move back\n"},
  };
  for (const auto& [args, code, err] : cases) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, code) << args[1];
    EXPECT_EQ(r.err, err);
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(s.dump(), before);
}

}  // namespace
}  // namespace keyproj::e2e
