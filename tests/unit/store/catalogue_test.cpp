#include "store/catalogue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "store/sql/sqlite.h"
#include "store/sql/statement.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

TEST(Catalogue, ListsTheTablesInByteOrderWithoutSQLitesOwn) {
  testing::TempDatabase t;
  sql::Connection& db = t.db().sql();
  const auto tables = schema_tables(db);
  EXPECT_TRUE(std::is_sorted(tables.begin(), tables.end()));
  EXPECT_NE(std::find(tables.begin(), tables.end(), "project"), tables.end());
  EXPECT_NE(std::find(tables.begin(), tables.end(), "schema_migrations"), tables.end());
  EXPECT_EQ(std::count_if(tables.begin(), tables.end(), [](const std::string& n) { return n.starts_with("sqlite_"); }),
            0);
  db.execute("CREATE TABLE \"Zeta\" (a INTEGER); CREATE VIEW v AS SELECT 1");
  const auto more = schema_tables(db);
  EXPECT_EQ(more.size(), tables.size() + 1);  // the view is not a table
  EXPECT_EQ(more.front(), "Zeta");            // 'Z' sorts before every lower-case name
}

TEST(Catalogue, FindsATableByItsExactName) {
  testing::TempDatabase t;
  sql::Connection& db = t.db().sql();
  EXPECT_TRUE(has_table(db, "project"));
  EXPECT_FALSE(has_table(db, "projects"));
  EXPECT_FALSE(has_table(db, "report_in_force"));  // a view
}

TEST(Catalogue, ListsATablesColumnsInTheirOrder) {
  testing::TempDatabase t;
  sql::Connection& db = t.db().sql();
  db.execute("CREATE TABLE visit (b TEXT, a INTEGER, c)");
  EXPECT_EQ(table_columns(db, "visit"), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_TRUE(table_columns(db, "nothing").empty());
}

TEST(Catalogue, AnEmptySchemaHasNothingAtAll) {
  testing::TempDatabase t;
  EXPECT_FALSE(schema_is_empty(t.db().sql()));
  const std::string path = t.path() + "-empty.db";
  {
    auto empty = sql::open_sqlite(path, {.create = true});
    EXPECT_TRUE(schema_is_empty(*empty));
    empty->execute("CREATE VIEW v AS SELECT 1");  // a view alone is something
    EXPECT_FALSE(schema_is_empty(*empty));
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace keyproj
