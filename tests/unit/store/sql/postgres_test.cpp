// The PostgreSQL backend against a throw-away cluster: ctest's fixture "postgres" starts one
// (scripts/pg-cluster) and hands its conninfo over in KEYPROJ_TEST_PG. By hand:
//   scripts/pg-cluster start /tmp/kp-pg && KEYPROJ_TEST_PG="$(cat /tmp/kp-pg/conninfo)" build/tests/postgres_tests
// Each test works in a schema of its own, so that ctest may run them side by side.
#include "store/sql/postgres.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include "store/sql/error.h"
#include "store/sql/transaction.h"

namespace keyproj::sql {
namespace {

std::string conninfo() {
  const char* c = std::getenv("KEYPROJ_TEST_PG");
  return c ? c : "";
}

// The process's resident memory, in bytes.
std::size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

// The error `fn` throws; a failure of the test, and an empty Error, when it throws nothing.
template <typename Fn>
Error error_of(Fn&& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "nothing was refused";
  return Error(Failure::Other, -1, "");
}

class PostgresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(conninfo().empty()) << "KEYPROJ_TEST_PG names no database: run through ctest, or start a cluster "
                                        "with scripts/pg-cluster and set it to the conninfo that prints";
    schema_ = std::string("t_") + ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : schema_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    admin_ = open_postgres(conninfo(), {});
    admin_->execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
    db_ = open();
    db_->execute("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n bigint, s text)");
  }
  void TearDown() override {
    if (admin_) admin_->execute("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }

  // A connection that works in this test's schema.
  std::unique_ptr<Connection> open(const PostgresOptions& options = {}) {
    auto c = open_postgres(conninfo(), options);
    c->execute("SET search_path TO " + schema_);
    return c;
  }

  std::string names() {
    Statement q(*db_, "SELECT coalesce(string_agg(s, ',' ORDER BY id), '') FROM t");
    EXPECT_TRUE(q.step());
    return q.string(0);
  }
  void add(const char* s) {
    Statement q(*db_, "INSERT INTO t (s) VALUES (?)");
    q.bind(1, s);
    q.run();
  }

  std::string schema_;
  std::unique_ptr<Connection> admin_;
  std::unique_ptr<Connection> db_;
};

TEST_F(PostgresTest, ValuesBoundInEachPlaceholderFormAreReadBackTyped) {
  constexpr std::int64_t big = 9'007'199'254'740'993;  // past a double's exact integers
  Statement by_order(*db_, "INSERT INTO t (n, s) VALUES (?, ?)");
  by_order.bind(1, big);
  by_order.bind(2, std::string("天门市"));
  EXPECT_EQ(by_order.run(), 1);
  Statement by_number(*db_, "INSERT INTO t (s, n) VALUES (?2, ?1)");
  by_number.bind(1, std::int64_t{-7});
  by_number.bind(2, "it's ?");
  EXPECT_EQ(by_number.run(), 1);
  Statement by_name(*db_, "INSERT INTO t (n, s) VALUES (:n, :s)");
  by_name.bind(":n", std::optional<std::int64_t>());
  by_name.bind(":s", std::optional<std::string>(""));
  EXPECT_EQ(by_name.run(), 1);
  EXPECT_EQ(db_->last_insert_id(), 3);

  Statement q(*db_, "SELECT id, n, s FROM t ORDER BY id");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 1);
  EXPECT_EQ(q.int64(1), big);
  EXPECT_EQ(q.text(2), "天门市");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(1), -7);
  EXPECT_EQ(q.string(2), "it's ?");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 3);
  EXPECT_TRUE(q.is_null(1));
  EXPECT_EQ(q.optional_int64(1), std::nullopt);
  EXPECT_EQ(q.int64(1), 0);
  EXPECT_FALSE(q.is_null(2));
  EXPECT_EQ(q.optional_string(2), "");  // empty text, not NULL
  EXPECT_TRUE(q.is_null(3));            // past the last column
  EXPECT_FALSE(q.step());
}

TEST_F(PostgresTest, ANameUsedTwiceIsOneParameter) {
  Statement q(*db_, "SELECT :x::bigint + :x::bigint, :y::text, '?' AS \":z\"");
  EXPECT_EQ(q.parameter(":x"), 1);
  EXPECT_EQ(q.parameter(":y"), 2);
  EXPECT_EQ(q.parameter(":z"), 0);
  q.bind(":x", std::int64_t{20});
  q.bind(":y", std::string("乙"));
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 40);
  EXPECT_EQ(q.string(1), "乙");
  EXPECT_EQ(q.string(2), "?");
  EXPECT_THROW(q.bind(":z", std::int64_t{1}), std::logic_error);
  EXPECT_EQ(error_of([&] { q.bind(3, std::int64_t{1}); }).kind(), Failure::Other);
  EXPECT_EQ(error_of([&] { q.bind(1, std::string_view("a\0b", 3)); }).kind(), Failure::Other);
}

TEST_F(PostgresTest, RunCountsTheRowsChangedAndResetKeepsTheBindings) {
  db_->execute("INSERT INTO t (n) VALUES (1); INSERT INTO t (n) VALUES (2), (3)");
  Statement update(*db_, "UPDATE t SET n = n + 10 WHERE n >= ?");
  update.bind(1, 2);
  EXPECT_EQ(update.run(), 2);
  EXPECT_EQ(update.run(), 2);  // run() left it ready, bound to 2 still
  update.clear_bindings();     // n >= NULL matches nothing
  EXPECT_EQ(update.run(), 0);
  Statement q(*db_, "SELECT string_agg(n::text, ',' ORDER BY id) FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "1,22,23");
}

TEST_F(PostgresTest, ColumnsAreReadAsWholeNumbersOnlyWhenTheyAreOne) {
  Statement q(*db_, "SELECT true, false, sum(x), 'abc', 1.5 FROM (VALUES (4000000000::bigint), (5)) v (x)");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 1);
  EXPECT_EQ(q.int64(1), 0);
  EXPECT_EQ(q.int64(2), 4000000005);  // sum(bigint) is numeric: read from its text
  EXPECT_EQ(error_of([&] { q.int64(3); }).kind(), Failure::Other);
  EXPECT_EQ(error_of([&] { q.int64(4); }).kind(), Failure::Other);
}

TEST_F(PostgresTest, ARowARuleRefusesIsAConstraintFailure) {
  db_->execute("ALTER TABLE t ADD CONSTRAINT t_n_unique UNIQUE (n), ADD CONSTRAINT t_n_positive CHECK (n > 0), "
               "ALTER COLUMN s SET NOT NULL; INSERT INTO t (n, s) VALUES (1, 'a')");
  Statement insert(*db_, "INSERT INTO t (n, s) VALUES (?, ?)");
  insert.bind(1, 1);
  insert.bind(2, "b");
  const Error unique = error_of([&] { insert.run(); });
  EXPECT_EQ(unique.kind(), Failure::Constraint);
  EXPECT_EQ(unique.code(), sqlstate_code("23505"));
  EXPECT_STREQ(unique.what(), "duplicate key value violates unique constraint \"t_n_unique\"");
  insert.bind(1, 0);
  const Error check = error_of([&] { insert.run(); });
  EXPECT_EQ(check.kind(), Failure::Constraint);
  EXPECT_EQ(check.code(), sqlstate_code("23514"));
  insert.bind(1, 2);
  insert.bind_null(2);
  EXPECT_EQ(error_of([&] { insert.run(); }).kind(), Failure::Constraint);
  EXPECT_EQ(error_of([&] { db_->execute("INSERT INTO t (n, s) VALUES (1, 'c')"); }).kind(), Failure::Constraint);
  insert.bind(2, "b");
  EXPECT_EQ(insert.run(), 1);  // the statement and the connection work on after a refusal
  EXPECT_EQ(names(), "a,b");
}

TEST_F(PostgresTest, SqlstatesAreNumberedAsPostgresNumbersThem) {
  // MAKE_SQLSTATE: each character minus '0', six bits each, the first lowest.
  EXPECT_EQ(sqlstate_code("23505"), 2 + (3 << 6) + (5 << 12) + (0 << 18) + (5 << 24));
  EXPECT_EQ(sqlstate_code("40P01"), 4 + (0 << 6) + (('P' - '0') << 12) + (0 << 18) + (1 << 24));
  EXPECT_EQ(sqlstate_code("2350"), 0);
  EXPECT_EQ(sqlstate_code("40p01"), 0);
  EXPECT_EQ(error_of([&] { db_->execute("SELECT * FROM no_such_table"); }).code(), sqlstate_code("42P01"));
}

TEST_F(PostgresTest, AHundredThousandRowsStreamWithoutBeingHeldInMemory) {
  constexpr std::int64_t rows = 100'000;
  constexpr std::size_t width = 1000;  // 100 MB in all: held at once, they would show
  Statement q(*db_, "SELECT g, repeat('x', ?) FROM generate_series(1, ?) g");
  q.bind(1, static_cast<std::int64_t>(width));
  q.bind(2, rows);
  const std::size_t before = resident_bytes();
  std::size_t most = before;
  std::int64_t count = 0, sum = 0;
  while (q.step()) {
    ++count;
    sum += q.int64(0);
    EXPECT_EQ(q.text(1).size(), width);
    if (count % 1000 == 0) most = std::max(most, resident_bytes());
  }
  EXPECT_EQ(count, rows);
  EXPECT_EQ(sum, rows * (rows + 1) / 2);
  EXPECT_LT(most - before, std::size_t{16} << 20) << "memory grew by " << (most - before) << " bytes";
}

TEST_F(PostgresTest, AResetInTheMiddleOfTheRowsLeavesTheConnectionReady) {
  Statement q(*db_, "SELECT g FROM generate_series(1, 100000) g");
  for (int i = 1; i <= 10; ++i) {
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), i);
  }
  q.reset();
  add("甲");  // the connection takes the next statement
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 1);  // and the reset statement starts from its first row
  {
    Statement unfinished(*db_, "SELECT g FROM generate_series(1, 100000) g");
    ASSERT_TRUE(unfinished.step());
  }  // dropped half-way
  add("乙");
  EXPECT_EQ(names(), "甲,乙");
}

TEST_F(PostgresTest, OtherStatementsRunWhileAResultIsBeingStepped) {
  db_->execute("INSERT INTO t (n) SELECT g FROM generate_series(1, 5) g");
  Statement outer(*db_, "SELECT n FROM t ORDER BY n");
  Statement copy(*db_, "INSERT INTO t (n, s) VALUES (?, 'copy')");
  std::int64_t seen = 0;
  while (outer.step()) {
    copy.bind(1, outer.int64(0) * 10);
    copy.run();
    seen += outer.int64(0);
  }
  EXPECT_EQ(seen, 1 + 2 + 3 + 4 + 5);  // the rows that were there when it began, each once
  Statement q(*db_, "SELECT sum(n) FROM t WHERE s = 'copy'");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 10 * seen);
}

TEST_F(PostgresTest, CommittedWritesStayAndOthersAreRolledBack) {
  {
    Transaction tx(*db_);
    add("甲");
    tx.commit();
  }
  {
    Transaction tx(*db_);
    add("乙");
  }
  EXPECT_EQ(names(), "甲");
  Transaction again(*db_);  // the connection is out of the transaction: a new one begins
  EXPECT_EQ(error_of([&] { Transaction inner(*db_); }).kind(), Failure::Other);  // not nested
  add("丙");
  again.commit();
  EXPECT_EQ(names(), "甲,丙");
}

TEST_F(PostgresTest, ASavepointNotReleasedUndoesOnlyWhatFollowedIt) {
  db_->execute("ALTER TABLE t ADD CHECK (s <> '坏')");
  Transaction tx(*db_);
  add("甲");
  {
    Savepoint row(*db_);
    add("乙");
  }
  {
    // A refused row aborts PostgreSQL's transaction; the savepoint's rollback recovers it.
    Savepoint row(*db_);
    EXPECT_EQ(error_of([&] { add("坏"); }).kind(), Failure::Constraint);
  }
  {
    Savepoint row(*db_);
    add("丙");
    row.release();
  }
  tx.commit();
  EXPECT_EQ(names(), "甲,丙");
}

TEST_F(PostgresTest, ATransactionAStatementAbortedIsNotReportedCommitted) {
  db_->execute("ALTER TABLE t ADD CHECK (s <> '坏')");
  Transaction tx(*db_);
  add("甲");
  EXPECT_EQ(error_of([&] { add("坏"); }).kind(), Failure::Constraint);
  const Error e = error_of([&] { tx.commit(); });
  EXPECT_EQ(e.kind(), Failure::Other);
  EXPECT_NE(std::string(e.what()).find("rolled back"), std::string::npos) << e.what();
  EXPECT_EQ(names(), "");
}

TEST_F(PostgresTest, ALockHeldPastTheLockTimeoutIsABusyFailure) {
  add("甲");
  // Transactions of their own, not begin_write's: writers would queue on its lock first.
  auto other = open();
  db_->execute("BEGIN");
  Statement mine(*db_, "UPDATE t SET n = 1");
  mine.run();
  other->execute("BEGIN; SET LOCAL lock_timeout = 100");
  Statement theirs(*other, "UPDATE t SET n = 2");
  const Error e = error_of([&] { theirs.run(); });
  EXPECT_EQ(e.kind(), Failure::Busy);
  EXPECT_EQ(e.code(), sqlstate_code("55P03"));
  other->rollback();
  db_->rollback();
}

TEST_F(PostgresTest, WritersTakeTurnsAsOnSQLite) {
  auto other = open({.lock_timeout_ms = 100});
  Transaction first(*db_);
  // Another writer waits for the first one's transaction, whatever rows each would touch,
  // and past its lock timeout is told the database is busy.
  const Error e = error_of([&] { Transaction second(*other); });
  EXPECT_EQ(e.kind(), Failure::Busy);
  // A reader does not wait.
  Statement read(*other, "SELECT count(*) FROM t");
  ASSERT_TRUE(read.step());
  EXPECT_EQ(read.int64(0), 0);
  read.reset();
  first.commit();
  Transaction now(*other);
  now.commit();
}

TEST_F(PostgresTest, TheLoserOfADeadlockIsAConflictFailure) {
  add("甲");
  add("乙");
  // Transactions of their own, not begin_write's, whose lock lets no two writers meet: a
  // deadlock needs a client that does not queue (psql, another program).
  auto other = open();
  db_->execute("BEGIN");
  Statement first(*db_, "UPDATE t SET n = 1 WHERE s = '甲'");
  first.run();
  other->execute("BEGIN");
  Statement second(*other, "UPDATE t SET n = 2 WHERE s = '乙'");
  second.run();
  // Each now wants the row the other holds: the server gives one of them up (after its
  // deadlock_timeout, a second) and the other goes on.
  std::optional<Error> lost_mine, lost_theirs;
  std::thread waiting([&] {
    try {
      Statement(*other, "UPDATE t SET n = 2 WHERE s = '甲'").run();
    } catch (const Error& e) {
      lost_theirs = e;
      other->rollback();  // lets mine through
    }
  });
  try {
    Statement(*db_, "UPDATE t SET n = 1 WHERE s = '乙'").run();
  } catch (const Error& e) {
    lost_mine = e;
  }
  if (lost_mine) db_->rollback();  // lets theirs through
  waiting.join();
  ASSERT_NE(lost_mine.has_value(), lost_theirs.has_value());
  const Error& e = lost_mine ? *lost_mine : *lost_theirs;
  EXPECT_EQ(e.kind(), Failure::Conflict);
  EXPECT_EQ(e.code(), sqlstate_code("40P01"));
  db_->rollback();
  other->rollback();
}

TEST_F(PostgresTest, AWriteInAReadOnlySessionIsAReadOnlyFailure) {
  EXPECT_FALSE(db_->read_only());
  db_->execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
  EXPECT_TRUE(db_->read_only());
  const Error e = error_of([&] { add("甲"); });
  EXPECT_EQ(e.kind(), Failure::ReadOnly);
  EXPECT_EQ(e.code(), sqlstate_code("25006"));
}

TEST_F(PostgresTest, AConnectionThatFailsNamesTheDatabaseButNeverThePassword) {
  const Error missing = error_of([&] { open_postgres(conninfo() + " dbname=keyproj_no_such_db password=secret", {}); });
  EXPECT_EQ(missing.kind(), Failure::Other);
  EXPECT_NE(std::string(missing.what()).find("keyproj_no_such_db"), std::string::npos) << missing.what();
  EXPECT_EQ(std::string(missing.what()).find("secret"), std::string::npos) << missing.what();
  for (const char* unreadable : {"postgresql://u:secret@%zz/db", "host=x password=secret port", "password='secret"}) {
    const Error e = error_of([&] { open_postgres(unreadable, {}); });
    EXPECT_EQ(std::string(e.what()).find("secret"), std::string::npos) << e.what();
  }
}

TEST_F(PostgresTest, AStatementIsPreparedOnceAndDeallocatedWithItsObject) {
  auto prepared = [&] {
    Statement q(*db_, "SELECT count(*) FROM pg_prepared_statements");
    EXPECT_TRUE(q.step());
    return q.int64(0);  // this statement among them
  };
  const std::int64_t before = prepared();
  {
    Statement q(*db_, "SELECT ?::bigint");
    for (std::int64_t i = 1; i <= 3; ++i) {
      q.bind(1, i);
      ASSERT_TRUE(q.step());
      EXPECT_EQ(q.int64(0), i);
      EXPECT_EQ(prepared(), before + 1);
      q.reset();
    }
  }
  EXPECT_EQ(prepared(), before);
}

TEST_F(PostgresTest, AStatementThatOutlivesItsConnectionRefusesToRun) {
  auto other = open();
  auto q = std::make_unique<Statement>(*other, "SELECT g FROM generate_series(1, 1000) g");
  ASSERT_TRUE(q->step());
  other.reset();
  const Error e = error_of([&] { q->reset(); q->step(); });
  EXPECT_EQ(e.kind(), Failure::Other);
  EXPECT_STREQ(e.what(), "the connection to PostgreSQL is closed");
  q.reset();  // and goes without touching the closed connection
}

TEST_F(PostgresTest, AServerDatabaseHasNoFileToCopy) {
  const Error e = error_of([&] { db_->copy_to("/tmp/keyproj-copy.db"); });
  EXPECT_EQ(e.kind(), Failure::Other);
  EXPECT_NE(std::string(e.what()).find("no file to copy"), std::string::npos) << e.what();
}

}  // namespace
}  // namespace keyproj::sql
