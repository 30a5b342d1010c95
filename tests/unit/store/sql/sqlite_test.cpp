#include "store/sql/sqlite.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "store/sql/error.h"
#include "store/sql/transaction.h"

namespace keyproj::sql {
namespace {

namespace fs = std::filesystem;

class SqliteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("keyproj-sqlite-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The kind of failure `fn` throws; Other with a note when it throws nothing.
  template <typename Fn>
  static Failure failure_of(Fn&& fn) {
    try {
      fn();
    } catch (const Error& e) {
      return e.kind();
    }
    ADD_FAILURE() << "nothing was refused";
    return Failure::Other;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SqliteTest, ARowARuleRefusesIsAConstraintFailure) {
  auto db = open_sqlite(":memory:", {});
  db->execute("CREATE TABLE t (n INTEGER NOT NULL UNIQUE CHECK (n > 0)); INSERT INTO t VALUES (1)");
  EXPECT_EQ(failure_of([&] { db->execute("INSERT INTO t VALUES (1)"); }), Failure::Constraint);
  EXPECT_EQ(failure_of([&] { db->execute("INSERT INTO t VALUES (0)"); }), Failure::Constraint);
  EXPECT_EQ(failure_of([&] { db->execute("INSERT INTO t VALUES (NULL)"); }), Failure::Constraint);
  try {
    Statement q(*db, "INSERT INTO t VALUES (?)");
    q.bind(1, 1);
    q.run();
    ADD_FAILURE() << "inserted twice";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "UNIQUE constraint failed: t.n");
    EXPECT_EQ(e.code(), 2067);  // SQLITE_CONSTRAINT_UNIQUE: the extended code
  }
}

TEST_F(SqliteTest, AWriterPastTheBusyTimeoutIsABusyFailure) {
  auto first = open_sqlite(path_, {.create = true, .busy_timeout_ms = 0});
  first->execute("CREATE TABLE t (n INTEGER)");
  auto second = open_sqlite(path_, {.create = false, .busy_timeout_ms = 50});
  Transaction holding(*first);
  EXPECT_EQ(failure_of([&] { Transaction waiting(*second); }), Failure::Busy);
}

TEST_F(SqliteTest, AWriteToADatabaseOpenForReadingOnlyIsAReadOnlyFailure) {
  auto db = open_sqlite(path_, {.create = true});
  db->execute("CREATE TABLE t (n INTEGER)");
  EXPECT_FALSE(db->read_only());
  db->execute("PRAGMA query_only = 1");
  EXPECT_EQ(failure_of([&] { db->execute("INSERT INTO t VALUES (1)"); }), Failure::ReadOnly);
}

TEST_F(SqliteTest, AWriteBeyondTheLargestSizeIsAFullFailure) {
  auto db = open_sqlite(path_, {.create = true});
  db->execute("CREATE TABLE t (s TEXT); PRAGMA max_page_count = 4");
  EXPECT_EQ(failure_of([&] { db->execute("INSERT INTO t VALUES (zeroblob(100000))"); }), Failure::Full);
}

TEST_F(SqliteTest, AMissingFileIsNotCreatedUnlessAskedFor) {
  EXPECT_EQ(failure_of([&] { open_sqlite(path_, {.create = false}); }), Failure::Other);
  EXPECT_FALSE(fs::exists(path_));
  open_sqlite(path_, {.create = true});
  EXPECT_TRUE(fs::exists(path_));
}

TEST_F(SqliteTest, ACopyHoldsWhatTheDatabaseHeld) {
  auto db = open_sqlite(path_, {.create = true});
  db->execute("CREATE TABLE t (s TEXT); INSERT INTO t VALUES ('天门'), ('鄂州')");
  const std::string copy = (dir_ / "copy.db").string();
  db->copy_to(copy);
  auto read = open_sqlite(copy, {.create = false});
  Statement q(*read, "SELECT group_concat(s, ',') FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "天门,鄂州");
}

TEST_F(SqliteTest, ACopyThatCannotBeWrittenIsAnError) {
  auto db = open_sqlite(":memory:", {});
  EXPECT_THROW(db->copy_to((dir_ / "no-such-folder" / "copy.db").string()), Error);
}

}  // namespace
}  // namespace keyproj::sql
