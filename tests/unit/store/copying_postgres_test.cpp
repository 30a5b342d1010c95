// store/copying to and from PostgreSQL (postgres_store_tests: a test cluster, KEYPROJ_TEST_PG).
// Each test makes databases of its own on the cluster and drops them after.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store/catalogue.h"
#include "store/copying.h"
#include "unit/store/copy_portfolio.h"
#include "unit/store/scalar.h"
#include "unit/store/server_database.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

using testing::dump_portfolio;
using testing::fill_portfolio;
using testing::scalar_int;
using testing::scalar_text;
using testing::ServerDatabase;
using testing::TempDatabase;

std::vector<TableCopy> copy_into(Database& source, Database& target) {
  WriteTransaction tx(target);
  auto copied = copy_portfolio(source, target);
  tx.commit();
  return copied;
}

class CopyingPostgres : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(testing::test_cluster().empty())
        << "KEYPROJ_TEST_PG names no database: run through ctest, or start a cluster with scripts/pg-cluster";
  }
};

TEST_F(CopyingPostgres, TheListedTablesAreTheTablesOfTheSchemaLessItsMigrationRecordAndTheServersOwn) {
  ServerDatabase server;
  Database db = Database::open(server.conninfo());
  std::vector<std::string> expected;
  for (const CopiedTable& t : copied_tables()) expected.emplace_back(t.name);
  expected.emplace_back(kNotCopied);
  for (std::string_view t : kServerOnly) expected.emplace_back(t);
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(schema_tables(db.sql()), expected);
  for (const CopiedTable& t : copied_tables()) {
    const auto rows = scalar_int(db.sql(), "SELECT count(*) FROM \"" + std::string(t.name) + "\"");
    EXPECT_EQ(rows > 0, t.seeded) << t.name << " has " << rows << " rows in a new database";
  }
  EXPECT_EQ(portfolio_table(db), std::nullopt);
}

TEST_F(CopyingPostgres, AFileCopiedToTheServerAndBackIsTheSameFileRowForRowAndTypeForType) {
  TempDatabase original;
  fill_portfolio(original.db().sql());
  ServerDatabase server;
  Database shared = Database::open(server.conninfo());
  const auto there = copy_into(original.db(), shared);
  EXPECT_EQ(dump_portfolio(shared.sql(), false), dump_portfolio(original.db().sql(), false));
  EXPECT_EQ(scalar_text(shared.sql(), "SELECT value FROM setting WHERE key = 'light.red_days'"), "120");

  TempDatabase back;
  const auto again = copy_into(shared, back.db());
  EXPECT_EQ(dump_portfolio(back.db().sql(), true), dump_portfolio(original.db().sql(), true));
  // The settings and profiles in the order the original's rows were written, too.
  EXPECT_EQ(testing::written_order(back.db().sql()), testing::written_order(original.db().sql()));
  ASSERT_EQ(there.size(), again.size());
  for (std::size_t i = 0; i < there.size(); ++i) EXPECT_EQ(there[i].rows, again[i].rows) << there[i].table;
}

TEST_F(CopyingPostgres, TheServerGivesTheNextIdsTheFileWouldGive) {
  TempDatabase original;
  fill_portfolio(original.db().sql());
  ServerDatabase server;
  Database shared = Database::open(server.conninfo());
  copy_into(original.db(), shared);
  // Each id's sequence is past the largest id copied, as if the rows had been added one by one.
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT nextval('audit_id_seq')"), 9);
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT nextval('project_id_seq')"), 10);
  for (Database* db : {&original.db(), &shared}) {
    db->sql().execute("INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-950', '新项目', 1, '2026-04-01')");
    db->sql().execute("INSERT INTO milestone (project_id, title, created_at) VALUES (5, '验收', '2026-04-01T00:00:00Z')");
    db->sql().execute("INSERT INTO problem (project_id, text, raised_on, created_at) VALUES (5, '新问题', '2026-04-01', 't')");
    db->sql().execute(
        "INSERT INTO audit (at, \"user\", entity, action) VALUES ('2026-04-01T00:00:00Z', 'tester', 'setting', 'edit')");
    db->sql().execute("INSERT INTO node_template (name, created_at) VALUES ('新模板', 't')");
  }
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT id FROM project WHERE code = 'TM-950'"), 10);
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT max(id) FROM milestone"), 13);
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT max(id) FROM problem"), 4);
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT max(id) FROM audit"), 9);
  EXPECT_EQ(scalar_int(shared.sql(), "SELECT id FROM node_template WHERE name = '新模板'"), 6);
  EXPECT_EQ(dump_portfolio(shared.sql(), false), dump_portfolio(original.db().sql(), false));
}

TEST_F(CopyingPostgres, OneServerDatabaseToAnother) {
  TempDatabase original;
  fill_portfolio(original.db().sql());
  ServerDatabase first("_a");
  ServerDatabase second("_b");
  Database a = Database::open(first.conninfo());
  Database b = Database::open(second.conninfo());
  copy_into(original.db(), a);
  EXPECT_FALSE(same_database(a, b));
  copy_into(a, b);
  EXPECT_EQ(dump_portfolio(b.sql(), false), dump_portfolio(original.db().sql(), false));
  EXPECT_EQ(portfolio_table(b), "plan");
}

TEST_F(CopyingPostgres, OneServerDatabaseReachedTwiceIsTheSameDatabase) {
  ServerDatabase server;
  Database a = Database::open(server.conninfo());
  Database b = Database::open(server.conninfo() + " application_name=other");
  EXPECT_TRUE(same_database(a, b));
  TempDatabase file;
  EXPECT_FALSE(same_database(a, file.db()));
  EXPECT_FALSE(same_database(file.db(), a));
}

TEST_F(CopyingPostgres, ARowTheServerRefusesRollsTheWholeCopyBack) {
  TempDatabase original;
  fill_portfolio(original.db().sql());
  ServerDatabase server;
  Database shared = Database::open(server.conninfo());
  shared.sql().execute("INSERT INTO project (id, code, name_zh, region_id, entered_on) VALUES (5, 'X', 'x', 1, '2026-01-01')");
  const auto before = dump_portfolio(shared.sql(), false);
  EXPECT_THROW(copy_into(original.db(), shared), sql::Error);
  EXPECT_EQ(dump_portfolio(shared.sql(), false), before);
}

}  // namespace
}  // namespace keyproj
