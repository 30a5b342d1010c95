// store/copying between two SQLite files. Its cases to and from PostgreSQL are in
// copying_postgres_test.cpp (postgres_store_tests), which needs a server.
#include "store/copying.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "store/catalogue.h"
#include "store/sql/error.h"
#include "unit/store/copy_portfolio.h"
#include "unit/store/scalar.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;
using testing::dump_portfolio;
using testing::fill_portfolio;
using testing::scalar_int;
using testing::scalar_text;
using testing::TempDatabase;

std::vector<std::string> listed_tables() {
  std::vector<std::string> names;
  for (const CopiedTable& t : copied_tables()) names.emplace_back(t.name);
  return names;
}

std::vector<TableCopy> copy_into(Database& source, Database& target) {
  WriteTransaction tx(target);
  auto copied = copy_portfolio(source, target);
  tx.commit();
  return copied;
}

TEST(CopiedTables, AreTheTablesOfTheSchemaLessItsMigrationRecord) {
  TempDatabase fresh;
  std::vector<std::string> expected = listed_tables();
  expected.emplace_back(kNotCopied);
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(schema_tables(fresh.db().sql()), expected);
  // Each once.
  EXPECT_EQ(std::set<std::string>(expected.begin(), expected.end()).size(), expected.size());
}

TEST(CopiedTables, ComeAfterEveryTableTheirForeignKeysName) {
  TempDatabase fresh;
  std::vector<std::string> before;
  for (const CopiedTable& t : copied_tables()) {
    sql::Statement q(fresh.db().sql(), "SELECT \"table\" FROM pragma_foreign_key_list(?)");
    q.bind(1, t.name);
    while (q.step()) {
      const std::string referenced = q.string(0);
      if (referenced == t.name) continue;  // its own rows: the table's order (owner, progress_update)
      EXPECT_NE(std::find(before.begin(), before.end(), referenced), before.end())
          << t.name << " names " << referenced << ", which the list has later";
    }
    before.emplace_back(t.name);
  }
}

TEST(CopiedTables, SeededAreThoseANewDatabaseHasRowsIn) {
  TempDatabase fresh;
  for (const CopiedTable& t : copied_tables()) {
    const auto rows = scalar_int(fresh.db().sql(), "SELECT count(*) FROM \"" + std::string(t.name) + "\"");
    EXPECT_EQ(rows > 0, t.seeded) << t.name << " has " << rows << " rows in a new database";
  }
}

TEST(PortfolioTable, IsNoneInANewDatabaseAndTheFirstTableWithARowOtherwise) {
  TempDatabase db;
  EXPECT_EQ(portfolio_table(db.db()), std::nullopt);
  // A setting changed is audited: the audit row is a portfolio.
  db.db().sql().execute(
      "INSERT INTO audit (at, user, entity, action) VALUES ('2026-01-01T00:00:00Z', 'tester', 'setting', 'edit')");
  EXPECT_EQ(portfolio_table(db.db()), "audit");
  db.db().sql().execute("INSERT INTO leader (name, title, created_at) VALUES ('张伟', '副市长', '2026-01-01T00:00:00Z')");
  EXPECT_EQ(portfolio_table(db.db()), "leader");
}

TEST(SameDatabase, IsOneFileHoweverItsPathIsWritten) {
  TempDatabase a;
  TempDatabase b;
  const fs::path path = a.path();
  Database again = Database::open((path.parent_path() / "." / path.filename()).string());
  EXPECT_TRUE(same_database(a.db(), again));
  EXPECT_TRUE(same_database(a.db(), a.db()));
  EXPECT_FALSE(same_database(a.db(), b.db()));
}

TEST(CopyPortfolio, CopiesEveryRowOfEveryTableWithItsIdsAndTypes) {
  TempDatabase source;
  fill_portfolio(source.db().sql());
  TempDatabase target;
  const auto copied = copy_into(source.db(), target.db());

  const auto original = dump_portfolio(source.db().sql(), true);
  EXPECT_EQ(dump_portfolio(target.db().sql(), true), original);
  EXPECT_EQ(testing::written_order(target.db().sql()), testing::written_order(source.db().sql()));
  // The integer setting is an integer, the text one text: the schema's check holds.
  EXPECT_EQ(scalar_text(target.db().sql(), "SELECT typeof(value) FROM setting WHERE key = 'light.red_days'"), "integer");
  EXPECT_EQ(scalar_text(target.db().sql(), "SELECT typeof(value) FROM setting WHERE key = 'home.region'"), "text");

  ASSERT_EQ(copied.size(), copied_tables().size());
  std::int64_t total = 0;
  for (std::size_t i = 0; i < copied.size(); ++i) {
    EXPECT_EQ(copied[i].table, copied_tables()[i].name);
    EXPECT_EQ(copied[i].rows,
              scalar_int(source.db().sql(), "SELECT count(*) FROM \"" + std::string(copied[i].table) + "\""))
        << copied[i].table;
    total += copied[i].rows;
  }
  EXPECT_EQ(total, static_cast<std::int64_t>(original.size()));
  EXPECT_EQ(portfolio_table(target.db()), "plan");
}

TEST(CopyPortfolio, GivesTheNextIdTheSourceWouldGive) {
  TempDatabase source;
  fill_portfolio(source.db().sql());
  TempDatabase target;
  copy_into(source.db(), target.db());
  for (Database* db : {&source.db(), &target.db()}) {
    db->sql().execute("INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-950', '新项目', 1, '2026-04-01')");
    db->sql().execute("INSERT INTO milestone (project_id, title, created_at) VALUES (5, '验收', '2026-04-01T00:00:00Z')");
  }
  EXPECT_EQ(scalar_int(target.db().sql(), "SELECT id FROM project WHERE code = 'TM-950'"), 10);
  EXPECT_EQ(scalar_int(target.db().sql(), "SELECT max(id) FROM milestone"), 13);
  EXPECT_EQ(dump_portfolio(target.db().sql(), true), dump_portfolio(source.db().sql(), true));
}

TEST(CopyPortfolio, AnEmptyPortfolioLeavesTheSourcesSeededRows) {
  TempDatabase source;
  source.db().sql().execute("UPDATE setting SET value = 45 WHERE key = 'stale.days'");
  TempDatabase target;
  const auto copied = copy_into(source.db(), target.db());
  EXPECT_EQ(dump_portfolio(target.db().sql(), true), dump_portfolio(source.db().sql(), true));
  EXPECT_EQ(scalar_int(target.db().sql(), "SELECT value FROM setting WHERE key = 'stale.days'"), 45);
  EXPECT_EQ(portfolio_table(target.db()), std::nullopt);
}

TEST(CopyPortfolio, RefusesASourceWithATableItDoesNotKnowAndWritesNothing) {
  TempDatabase source;
  fill_portfolio(source.db().sql());
  source.db().sql().execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, note TEXT)");
  TempDatabase target;
  const auto before = dump_portfolio(target.db().sql(), true);
  EXPECT_THROW(copy_into(source.db(), target.db()), std::logic_error);
  EXPECT_EQ(dump_portfolio(target.db().sql(), true), before);
}

TEST(CopyPortfolio, ARowTheTargetRefusesRollsTheWholeCopyBack) {
  TempDatabase source;
  fill_portfolio(source.db().sql());
  TempDatabase target;
  // A project already there with the id of the source's: the copy fails at the projects, after
  // it replaced the seeded rows and wrote the plans, owners and leaders.
  target.db().sql().execute("INSERT INTO project (id, code, name_zh, region_id, entered_on) VALUES (5, 'X', 'x', 1, '2026-01-01')");
  const auto before = dump_portfolio(target.db().sql(), true);
  EXPECT_THROW(copy_into(source.db(), target.db()), sql::Error);
  EXPECT_EQ(dump_portfolio(target.db().sql(), true), before);
}

}  // namespace
}  // namespace keyproj
