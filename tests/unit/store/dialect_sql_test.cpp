// Each phrase run on SQLite, and on PostgreSQL when a server is given (KEYPROJ_TEST_PG, as the
// postgres_tests registration gives it): the same inputs give the same text on both.
#include "store/dialect_sql.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "store/sql/postgres.h"
#include "store/sql/sqlite.h"
#include "store/sql/statement.h"

namespace keyproj {
namespace {

namespace d = dialect_sql;

class DialectSql : public ::testing::TestWithParam<sql::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == sql::Dialect::Sqlite) {
      db_ = sql::open_sqlite(":memory:", {});
      return;
    }
    const char* pg = std::getenv("KEYPROJ_TEST_PG");
    if (!pg || !*pg) GTEST_SKIP() << "no PostgreSQL server given (KEYPROJ_TEST_PG)";
    db_ = sql::open_postgres(pg, {});
  }
  sql::Dialect dialect() const { return GetParam(); }

  // The one value of `expr`, with :a and :b bound as given (NULL when nullopt).
  std::optional<std::string> value(const std::string& expr, std::optional<std::string> a = std::nullopt,
                                   std::optional<std::string> b = std::nullopt) {
    sql::Statement q(*db_, "SELECT " + expr + " FROM (SELECT CAST(:a AS text) AS a, CAST(:b AS text) AS b) AS t");
    q.bind(":a", a);
    q.bind(":b", b);
    EXPECT_TRUE(q.step());
    return q.optional_string(0);
  }

  std::unique_ptr<sql::Connection> db_;
};

TEST_P(DialectSql, DaysBetweenTwoDaysIsTheirDifferenceInWholeDays) {
  EXPECT_EQ(value(d::days_between(dialect(), "a", "b"), "2026-03-01", "2026-02-28"), "1");
  EXPECT_EQ(value(d::days_between(dialect(), "a", "b"), "2024-03-01", "2024-02-28"), "2");  // a leap year
  EXPECT_EQ(value(d::days_between(dialect(), "a", "b"), "2025-01-01", "2026-01-01"), "-365");
  EXPECT_EQ(value(d::days_between(dialect(), "a", "b"), "2026-11-22", "2026-11-22"), "0");
}

TEST_P(DialectSql, PlusDaysGivesTheIsoDay) {
  EXPECT_EQ(value(d::plus_days(dialect(), "a", "CAST(b AS integer)"), "2026-02-28", "1"), "2026-03-01");
  EXPECT_EQ(value(d::plus_days(dialect(), "a", "CAST(b AS integer)"), "2024-02-28", "1"), "2024-02-29");
  EXPECT_EQ(value(d::plus_days(dialect(), "a", "CAST(b AS integer)"), "2026-01-01", "-1"), "2025-12-31");
  EXPECT_EQ(value(d::plus_days(dialect(), "a", "CAST(b AS integer)"), "2026-01-01", "365"), "2027-01-01");
}

TEST_P(DialectSql, AJsonObjectIsWhatNlohmannWritesForTheSameValues) {
  const std::string text = "引号\" 反斜杠\\ 换行\n 制表\t 控制\x01 end";
  const std::string expr = d::json_object(dialect(), {{"text", "a"}, {"unit", "NULL"}, {"n", "CAST(b AS integer)"}});
  nlohmann::ordered_json expected = {{"text", text}, {"unit", nullptr}, {"n", 42}};
  EXPECT_EQ(value(expr, text, "42"), expected.dump());
  expected["text"] = nullptr;
  EXPECT_EQ(value(expr, std::nullopt, "42"), expected.dump());
}

TEST_P(DialectSql, AJsonObjectWithoutItsNullsLeavesThemOut) {
  const std::string expr =
      d::json_object(dialect(), {{"a", "a"}, {"none", "NULL"}, {"b", "CAST(b AS integer)"}}, /*drop_nulls=*/true);
  EXPECT_EQ(value(expr, "x", "7"), R"({"a":"x","b":7})");
  EXPECT_EQ(value(expr, std::nullopt, "7"), R"({"b":7})");
  EXPECT_EQ(value(expr, "x", std::nullopt), R"({"a":"x"})");
  EXPECT_EQ(value(expr, std::nullopt, std::nullopt), "{}");
}

TEST_P(DialectSql, AJsonFieldIsItsText) {
  EXPECT_EQ(value(d::json_text_field(dialect(), "a", "title"), R"({"title":"开工 \"典礼\"","n":1})"), "开工 \"典礼\"");
  EXPECT_EQ(value(d::json_text_field(dialect(), "a", "title"), R"({"n":1})"), std::nullopt);
}

TEST_P(DialectSql, JsonIntegersAreATableOfTheArraysNumbers) {
  sql::Statement q(*db_, "SELECT value FROM " + d::json_integers(dialect(), ":ids") + " ORDER BY value");
  q.bind(":ids", std::string("[3,1,20000000000]"));
  std::vector<std::int64_t> got;
  while (q.step()) got.push_back(q.int64(0));
  EXPECT_EQ(got, (std::vector<std::int64_t>{1, 3, 20000000000}));
}

TEST_P(DialectSql, NextIdsFollowTheTablesLargestInTheOrderOfTheSelect) {
  db_->execute("CREATE TEMP TABLE numbered (id integer PRIMARY KEY, word text NOT NULL)");
  db_->execute("INSERT INTO numbered (id, word) VALUES (7, 'seven')");
  db_->execute("INSERT INTO numbered (id, word) SELECT " + d::next_ids(dialect(), "numbered", "w") +
               ", w FROM (SELECT 'b' AS w UNION ALL SELECT 'c' UNION ALL SELECT 'a') AS s ORDER BY w");
  sql::Statement q(*db_, "SELECT id, word FROM numbered ORDER BY id");
  std::vector<std::string> rows;
  while (q.step()) rows.push_back(std::to_string(q.int64(0)) + " " + q.string(1));
  EXPECT_EQ(rows, (std::vector<std::string>{"7 seven", "8 a", "9 b", "10 c"}));
}

TEST_P(DialectSql, OnlySQLiteHasPlannerHints) {
  EXPECT_EQ(d::not_indexed(dialect()), dialect() == sql::Dialect::Sqlite ? " NOT INDEXED" : "");
}

INSTANTIATE_TEST_SUITE_P(Backends, DialectSql, ::testing::Values(sql::Dialect::Sqlite, sql::Dialect::Postgres),
                         [](const auto& info) { return info.param == sql::Dialect::Sqlite ? "sqlite" : "postgres"; });

}  // namespace
}  // namespace keyproj
