#include "exchange/import_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

}  // namespace
}  // namespace keyproj
