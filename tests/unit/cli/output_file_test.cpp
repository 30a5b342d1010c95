#include "cli/output_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "util/error.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

po::variables_map parse(std::vector<std::string> words) {
  po::options_description o;
  declare_out_option(o);
  po::variables_map args;
  po::store(po::command_line_parser(words).options(o).run(), args);
  return args;
}

Globals globals(Format f, const std::string& db = "/tmp/keyproj-output-test.db") {
  Globals g;
  g.db = db;
  g.format = f;
  return g;
}

TEST(OutputFile, TheExtensionNamesTheFormatWhateverItsCase) {
  EXPECT_EQ(extension_format("a.xlsx"), Format::Xlsx);
  EXPECT_EQ(extension_format("汇总.XLSX"), Format::Xlsx);
  EXPECT_EQ(extension_format("a.csv"), Format::Csv);
  EXPECT_EQ(extension_format("a.Json"), Format::Json);
  EXPECT_EQ(extension_format("节点.ICS"), Format::Ics);
  EXPECT_EQ(extension_format("a.txt"), std::nullopt);
  EXPECT_EQ(extension_format("xlsx"), std::nullopt);
}

TEST(OutputFile, FormatGivenElseByExtensionElseTheFallback) {
  EXPECT_EQ(output_format(globals(Format::Table), std::string("a.xlsx"), Format::Table), Format::Xlsx);
  EXPECT_EQ(output_format(globals(Format::Table), std::string("a.txt"), Format::Table), Format::Table);
  EXPECT_EQ(output_format(globals(Format::Table), std::nullopt, Format::Csv), Format::Csv);
  EXPECT_EQ(output_format(globals(Format::Json), std::string("a.txt"), Format::Table), Format::Json);
  try {
    output_format(globals(Format::Csv), std::string("a.xlsx"), Format::Table);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "--format csv contradicts --out 'a.xlsx', whose extension names xlsx; change one of them");
  }
}

TEST(OutputFile, TheDatabaseAndItsCompanionsAreRefused) {
  const std::string db = (fs::temp_directory_path() / "k.db").string();
  for (const char* tail : {"", "-wal", "-shm", "-journal", ".bak-v3"})
    EXPECT_THROW(refuse_database_files(db + tail, db), Error) << tail;
  EXPECT_NO_THROW(refuse_database_files(db + ".bak-vx", db));
  EXPECT_NO_THROW(refuse_database_files((fs::temp_directory_path() / "k.xlsx").string(), db));
}

TEST(OutputFile, AListingIsNoCalendar) {
  try {
    Output output(parse({"--out", "o.ics"}), globals(Format::Table));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "--out 'o.ics' names a calendar (.ics), which only 'keyproj export --what milestones' writes; "
                           "give another extension");
  }
  EXPECT_FALSE(fs::exists("o.ics"));
}

TEST(OutputFile, WithoutOutTheRowsGoToStandardOutput) {
  Output output(parse({}), globals(Format::Csv));
  EXPECT_FALSE(output.to_file());
  std::ostringstream out, err, confirm;
  Io io{out, err, confirm};
  auto rows = output.rows(io, {{"code", "Code", "编号"}}, TableStyle{}, {});
  rows->row({std::string("TM-1")});
  rows->finish();
  output.commit();
  EXPECT_EQ(out.str(), "code\r\nTM-1\r\n");
}

TEST(OutputFile, AWorkbookNeedsAFileAndAppearsOnlyOnCommit) {
  try {
    Output output(parse({}), globals(Format::Xlsx));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
  }
  const fs::path file = fs::temp_directory_path() / "keyproj-output-test.xlsx";
  fs::remove(file);
  std::ostringstream out, err, confirm;
  Io io{out, err, confirm};
  {
    Output output(parse({"--out", file.string()}), globals(Format::Table));
    EXPECT_EQ(output.format(), Format::Xlsx);
    auto rows = output.rows(io, {{"code", "Code", "编号"}}, TableStyle{}, {"s", Lang::En, true, "title"});
    rows->row({std::string("TM-1")});
    rows->finish();
    EXPECT_FALSE(fs::exists(file));
    output.commit();
  }
  EXPECT_TRUE(fs::exists(file));
  EXPECT_EQ(out.str(), "");
  fs::remove(file);
}

}  // namespace
}  // namespace keyproj
