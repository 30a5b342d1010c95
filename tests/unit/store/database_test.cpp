#include "store/database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "store/sql/statement.h"
#include "store/sql/error.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

class DatabaseTest : public ::testing::Test {
 protected:
  DatabaseTest()
      : path_((fs::temp_directory_path() / ("keyproj-database-" + std::to_string(::getpid()) + ".db")).string()),
        db_(fresh(path_)) {}
  ~DatabaseTest() override {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  static Database fresh(const std::string& p) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p + suffix);
    return Database::open(p);
  }
  std::string path_;
  Database db_;
};

TEST_F(DatabaseTest, CachedStatementIsPreparedOnceAndHandedBackReset) {
  const std::string sql = "SELECT code FROM region WHERE code >= ? ORDER BY code";
  sql::Statement& first = db_.cached(sql);
  first.bind(1, "TM");
  ASSERT_TRUE(first.step());
  EXPECT_EQ(first.string(0), "TM");  // left mid-way on purpose

  sql::Statement& again = db_.cached(sql);
  EXPECT_EQ(&again, &first);
  // Reset: it runs from the start; no bindings: the parameter is NULL, which matches nothing.
  EXPECT_FALSE(again.step());
  again.reset();
  again.bind(1, "ZS");
  ASSERT_TRUE(again.step());
  EXPECT_EQ(again.string(0), "ZS");
  EXPECT_FALSE(again.step());

  EXPECT_NE(&db_.cached("SELECT count(*) FROM region"), &first);
}

TEST_F(DatabaseTest, CachedInsertRunsOncePerCall) {
  for (const char* name : {"甲单位", "乙单位", "丙单位"}) {
    sql::Statement& q = db_.cached("INSERT INTO owner (name, created_at) VALUES (?, '2026-11-22T00:00:00Z')");
    q.bind(1, name);
    EXPECT_EQ(q.run(), 1);
  }
  sql::Statement count(db_.sql(), "SELECT group_concat(name, ',') FROM (SELECT name FROM owner ORDER BY id)");
  ASSERT_TRUE(count.step());
  EXPECT_EQ(count.string(0), "甲单位,乙单位,丙单位");
}

TEST_F(DatabaseTest, ACachedStatementWhoseLastRunFailedServesTheNextCaller) {
  // The failure belongs to the run that hit it; the next caller must not get it again.
  const char* sql = "INSERT INTO owner (name, created_at) VALUES (?, '2026-11-22T00:00:00Z')";
  sql::Statement& q = db_.cached(sql);
  q.bind(1, "甲单位");
  q.run();
  sql::Statement& repeat = db_.cached(sql);
  repeat.bind(1, "甲单位");
  EXPECT_THROW(repeat.run(), sql::Error);  // owner names are unique
  sql::Statement& next = db_.cached(sql);
  next.bind(1, "乙单位");
  EXPECT_EQ(next.run(), 1);
}

}  // namespace
}  // namespace keyproj
