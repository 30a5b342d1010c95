#include "exchange/import_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "unit/io/zip_writer.h"
#include "unit/refusal.h"
#include "util/error.h"

namespace keyproj {
namespace {

std::string written(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("keyproj-source-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// The values of `field` of every record the sources of `path` read.
std::vector<std::string> names_read(const std::string& path, const SourceOptions& options, std::size_t field) {
  std::vector<std::string> out;
  for (const ImportSource& source : import_sources(path, options)) {
    RecordSet set;
    source.read(set, [&](const Record& r) { out.push_back(r.values[field].value_or("")); });
    EXPECT_TRUE(set.errors.empty());
    EXPECT_TRUE(set.records.empty());  // given to the callback, never kept
  }
  return out;
}

TEST(ImportSource, NamesAFileOrASheet) {
  EXPECT_EQ(source_name({"天门.csv", ""}), "天门.csv");
  EXPECT_EQ(source_name({"调度.xlsx", "天门"}), "调度.xlsx sheet 天门");
}

TEST(ImportSource, ACsvOrJsonFileIsOneSource) {
  SourceOptions options;
  options.what = What::Owners;
  const std::string csv = written("o.csv", "name\n\xCC\xEC\xC3\xC5\n\xBE\xA3\xC3\xC5\n");  // 天门, 荆门 in GBK
  ASSERT_EQ(import_sources(csv, options).size(), 1u);
  EXPECT_EQ(import_sources(csv, options)[0].source.file, csv);
  EXPECT_EQ(names_read(csv, options, 0), (std::vector<std::string>{"天门", "荆门"}));
  const std::string json = written("o.json", R"([{"name": "天门市商务局"}])");
  EXPECT_EQ(names_read(json, options, 0), std::vector<std::string>{"天门市商务局"});
  // A JSON file that cannot be read names itself.
  const std::string bad = written("bad.json", "[");
  try {
    names_read(bad, options, 0);
    FAIL() << "read";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).substr(0, bad.size() + 1), bad + " ");
  }
  std::filesystem::remove(csv);
  std::filesystem::remove(json);
  std::filesystem::remove(bad);
}

TEST(ImportSource, Refusals) {
  SourceOptions options;
  options.encoding = Encoding::Gb18030;
  try {
    import_sources("a.json", options);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_EQ(std::string(e.what()), "--encoding is for a CSV file; JSON is UTF-8");
  }
  EXPECT_THROW(import_sources("a.ods", SourceOptions{}), Error);
}

// A workbook: each sheet whose header names the kind's columns is a source, named by its
// sheet; a sheet of notes is passed over and said to be; --sheet picks one by name or number.
TEST(ImportSource, EachSheetWithAHeaderIsOneSource) {
  const std::string path = (std::filesystem::temp_directory_path() / "keyproj-source-book.xlsx").string();
  const std::string owners = "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>单位名称</t></is></c></row>"
                             "<row r=\"2\"><c t=\"inlineStr\"><is><t>";
  test::write_zip(path, test::workbook_parts({{"说明", "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>每月报送"
                                                      "</t></is></c></row></sheetData>"},
                                              {"天门", owners + "天门市商务局</t></is></c></row></sheetData>"},
                                              {"仙桃", owners + "仙桃市商务局</t></is></c></row></sheetData>"}}));
  SourceOptions options;
  options.what = What::Owners;
  std::vector<std::string> warned;
  options.warn = [&](const std::string& w) { warned.push_back(w); };
  const auto sources = import_sources(path, options);
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(source_name(sources[0].source), path + " sheet 天门");
  EXPECT_EQ(warned, std::vector<std::string>{path + " sheet 说明: skipped, no row names a column of owners (choose it "
                                                    "with --sheet)"});
  EXPECT_EQ(names_read(path, options, 0), (std::vector<std::string>{"天门市商务局", "仙桃市商务局"}));
  options.sheet = "仙桃";
  EXPECT_EQ(names_read(path, options, 0), std::vector<std::string>{"仙桃市商务局"});
  options.sheet = "2";
  EXPECT_EQ(names_read(path, options, 0), std::vector<std::string>{"天门市商务局"});
  options.sheet = "0";
  EXPECT_THROW(import_sources(path, options), Error);
  options.sheet.reset();
  options.what = What::Plans;
  EXPECT_EQ(refusal_of([&] { import_sources(path, options); }),
            path + ": no sheet has a row naming the columns of plans; the header row must name them, as export writes them");
}

// A workbook given as CSV is named, not refused as text that is not UTF-8.
TEST(ImportSource, AWorkbookReadAsTextIsNamed) {
  const std::string path = (std::filesystem::temp_directory_path() / "keyproj-source-book.csv").string();
  test::write_zip(path, test::workbook_parts({{"S", "<sheetData/>"}}));
  EXPECT_EQ(refusal_of([&] { import_sources(path, SourceOptions{}); }),
            path + " is an xlsx workbook, not CSV or JSON; import it as a workbook (name it .xlsx, or pass --format xlsx)");
}

}  // namespace
}  // namespace keyproj
