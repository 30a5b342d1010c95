#include "store/sql/connection.h"

#include <gtest/gtest.h>

#include "store/sql/error.h"
#include "store/sql/sqlite.h"

namespace keyproj::sql {
namespace {

class ConnectionTest : public ::testing::Test {
 protected:
  ConnectionTest() : owned_(open_sqlite(":memory:", {})), db_(*owned_) {
    db_.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE); INSERT INTO t (name) VALUES ('甲')");
  }
  std::unique_ptr<Connection> owned_;
  Connection& db_;
};

TEST_F(ConnectionTest, ExecuteRunsEveryStatementOfAScript) {
  db_.execute("INSERT INTO t (name) VALUES ('乙'); INSERT INTO t (name) VALUES ('丙');");
  Statement q(db_, "SELECT count(*) FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 3);
}

TEST_F(ConnectionTest, LastInsertIdIsTheNewRowsId) {
  db_.execute("INSERT INTO t (id, name) VALUES (41, '乙')");
  EXPECT_EQ(db_.last_insert_id(), 41);
  Statement insert(db_, "INSERT INTO t (name) VALUES (?)");
  insert.bind(1, "丙");
  insert.run();
  EXPECT_EQ(db_.last_insert_id(), 42);
}

TEST_F(ConnectionTest, SqlTheDatabaseCannotPrepareIsAnErrorNamingIt) {
  try {
    Statement q(db_, "SELECT missing FROM t");
    FAIL() << "prepared";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), Failure::Other);
    EXPECT_STREQ(e.what(), "no such column: missing");
  }
}

TEST_F(ConnectionTest, CachedStatementIsPreparedOnceAndHandedBackResetWithoutBindings) {
  const char* sql = "SELECT name FROM t WHERE name >= ? ORDER BY name";
  db_.execute("INSERT INTO t (name) VALUES ('乙')");
  Statement& first = db_.cached(sql);
  first.bind(1, "");
  ASSERT_TRUE(first.step());  // left on its first row on purpose
  Statement& again = db_.cached(std::string(sql));  // the same text, another string
  EXPECT_EQ(&again, &first);
  EXPECT_FALSE(again.step());  // from the start, with NULL bound: no row
  EXPECT_NE(&db_.cached("SELECT count(*) FROM t"), &first);
}

TEST_F(ConnectionTest, ACachedStatementWhoseLastRunFailedServesTheNextCaller) {
  const char* sql = "INSERT INTO t (name) VALUES (?)";
  Statement& repeat = db_.cached(sql);
  repeat.bind(1, "甲");
  EXPECT_THROW(repeat.run(), Error);  // names are unique
  Statement& next = db_.cached(sql);
  next.bind(1, "乙");
  EXPECT_EQ(next.run(), 1);
}

}  // namespace
}  // namespace keyproj::sql
