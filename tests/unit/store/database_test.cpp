#include "store/database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

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
  SQLite::Statement& first = db_.cached(sql);
  first.bind(1, "TM");
  ASSERT_TRUE(first.executeStep());
  EXPECT_EQ(first.getColumn(0).getString(), "TM");  // left mid-way on purpose

  SQLite::Statement& again = db_.cached(sql);
  EXPECT_EQ(&again, &first);
  // Reset: it runs from the start; no bindings: the parameter is NULL, which matches nothing.
  EXPECT_FALSE(again.executeStep());
  again.reset();
  again.bind(1, "ZS");
  ASSERT_TRUE(again.executeStep());
  EXPECT_EQ(again.getColumn(0).getString(), "ZS");
  EXPECT_FALSE(again.executeStep());

  EXPECT_NE(&db_.cached("SELECT count(*) FROM region"), &first);
}

TEST_F(DatabaseTest, CachedInsertRunsOncePerCall) {
  for (const char* name : {"甲单位", "乙单位", "丙单位"}) {
    SQLite::Statement& q = db_.cached("INSERT INTO owner (name, created_at) VALUES (?, '2026-11-22T00:00:00Z')");
    q.bind(1, name);
    EXPECT_EQ(q.exec(), 1);
  }
  SQLite::Statement count(db_.sql(), "SELECT group_concat(name, ',') FROM (SELECT name FROM owner ORDER BY id)");
  ASSERT_TRUE(count.executeStep());
  EXPECT_EQ(count.getColumn(0).getString(), "甲单位,乙单位,丙单位");
}

TEST_F(DatabaseTest, ACachedStatementWhoseLastRunFailedServesTheNextCaller) {
  // The failure belongs to the run that hit it; the next caller must not get it again.
  const char* sql = "INSERT INTO owner (name, created_at) VALUES (?, '2026-11-22T00:00:00Z')";
  SQLite::Statement& q = db_.cached(sql);
  q.bind(1, "甲单位");
  q.exec();
  SQLite::Statement& repeat = db_.cached(sql);
  repeat.bind(1, "甲单位");
  EXPECT_THROW(repeat.exec(), SQLite::Exception);  // owner names are unique
  SQLite::Statement& next = db_.cached(sql);
  next.bind(1, "乙单位");
  EXPECT_EQ(next.exec(), 1);
}

}  // namespace
}  // namespace keyproj
