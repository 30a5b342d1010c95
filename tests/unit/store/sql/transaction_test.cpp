#include "store/sql/transaction.h"

#include <gtest/gtest.h>

#include "store/sql/sqlite.h"

namespace keyproj::sql {
namespace {

class TransactionTest : public ::testing::Test {
 protected:
  TransactionTest() : owned_(open_sqlite(":memory:", {})), db_(*owned_) {
    db_.execute("CREATE TABLE t (name TEXT)");
  }
  std::string names() {
    Statement q(db_, "SELECT ifnull(group_concat(name, ','), '') FROM (SELECT name FROM t ORDER BY rowid)");
    q.step();
    return q.string(0);
  }
  void add(const char* name) {
    Statement q(db_, "INSERT INTO t (name) VALUES (?)");
    q.bind(1, name);
    q.run();
  }
  std::unique_ptr<Connection> owned_;
  Connection& db_;
};

TEST_F(TransactionTest, CommittedWritesStay) {
  {
    Transaction tx(db_);
    add("甲");
    tx.commit();
  }
  EXPECT_EQ(names(), "甲");
}

TEST_F(TransactionTest, WritesNotCommittedAreRolledBack) {
  {
    Transaction tx(db_);
    add("甲");
  }
  EXPECT_EQ(names(), "");
  Transaction again(db_);  // the connection is out of the transaction: a new one begins
  again.commit();
}

TEST_F(TransactionTest, ASavepointNotReleasedUndoesOnlyWhatFollowedIt) {
  Transaction tx(db_);
  add("甲");
  {
    Savepoint row(db_);
    add("乙");
  }
  {
    Savepoint row(db_);
    add("丙");
    row.release();
  }
  tx.commit();
  EXPECT_EQ(names(), "甲,丙");
}

}  // namespace
}  // namespace keyproj::sql
