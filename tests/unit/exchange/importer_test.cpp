#include "exchange/importer.h"

#include <gtest/gtest.h>

#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

// A database that can grow no more (SQLite's max_page_count gives a real "database or disk
// is full"): the import fails with one sentence naming the database, exit 5, not with the same
// failure placed on every row as if the rows were wrong.
class FullDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    t.db().sql().execute("INSERT INTO project (code, name_zh, region_id, entered_on) "
                         "SELECT 'TM-901', '测试项目', id, '2026-01-01' FROM region WHERE code = 'TM'");
    sql::Statement pages(t.db().sql(), "PRAGMA page_count");
    pages.step();
    t.db().sql().execute("PRAGMA max_page_count = " + std::to_string(pages.int64(0)));
  }

  void expect_one_sentence(const std::string& csv, What what) {
    const RecordSet set = read_records(csv, FileFormat::Csv, what, false);
    ImportOptions options;
    options.user = "tester";
    options.as_of = parse_date("2026-11-22", "as-of");
    options.again = true;  // the reports rows are all of one day: --again, each a report of its own
    WriteTransaction tx(t.db());
    try {
      const ImportResult r = import_records(t.db(), set, options);
      FAIL() << "the import ended without an error, with " << r.errors.size() << " row errors";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::Database);
      EXPECT_EQ(std::string(e.what()),
                "database '" + t.path() + "' cannot take the import: database or disk is full; nothing was written");
    }
  }

  testing::TempDatabase t;
};

TEST_F(FullDatabase, OwnersImportIsRefusedInOneSentence) {
  std::string csv = "name\n";
  for (int i = 0; i < 3000; ++i) csv += "某某市第" + std::to_string(i) + "责任单位（一个相当长的名字）\n";
  expect_one_sentence(csv, What::Owners);
}

TEST_F(FullDatabase, ReportsImportIsRefusedInOneSentence) {
  std::string csv = "code,date,invested,note\n";
  for (int i = 0; i < 3000; ++i)
    csv += "TM-901,2026-10-31,1000,第" + std::to_string(i) + "次调度：主体结构施工，进展顺利\n";
  expect_one_sentence(csv, What::Updates);
}

}  // namespace
}  // namespace keyproj
