#include "store/sql/statement.h"

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>

#include "store/sql/connection.h"
#include "store/sql/sqlite.h"

namespace keyproj::sql {
namespace {

class StatementTest : public ::testing::Test {
 protected:
  StatementTest() : owned_(open_sqlite(":memory:", {})), db_(*owned_) {
    db_.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT)");
  }
  std::unique_ptr<Connection> owned_;
  Connection& db_;
};

TEST_F(StatementTest, ValuesBoundByIndexAreReadBackTyped) {
  Statement insert(db_, "INSERT INTO t (n, s) VALUES (?, ?)");
  insert.bind(1, std::int64_t{9'007'199'254'740'993});  // past a double's exact integers
  insert.bind(2, std::string("天门市"));
  EXPECT_EQ(insert.run(), 1);
  Statement q(db_, "SELECT n, s, typeof(n), typeof(s) FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 9'007'199'254'740'993);
  EXPECT_EQ(q.text(1), "天门市");
  EXPECT_EQ(q.string(2), "integer");
  EXPECT_EQ(q.string(3), "text");
  EXPECT_FALSE(q.step());
}

TEST_F(StatementTest, AnEmptyOptionalIsNullNotEmptyTextOrZero) {
  Statement insert(db_, "INSERT INTO t (n, s) VALUES (?, ?)");
  insert.bind(1, std::optional<std::int64_t>());
  insert.bind(2, std::optional<std::string>());
  insert.run();
  insert.bind(1, std::optional<int>(0));
  insert.bind(2, std::optional<std::string>(""));
  insert.run();
  Statement q(db_, "SELECT n, s FROM t ORDER BY id");
  ASSERT_TRUE(q.step());
  EXPECT_TRUE(q.is_null(0));
  EXPECT_TRUE(q.is_null(1));
  EXPECT_EQ(q.optional_int64(0), std::nullopt);
  EXPECT_EQ(q.optional_string(1), std::nullopt);
  ASSERT_TRUE(q.step());
  EXPECT_FALSE(q.is_null(0));
  EXPECT_FALSE(q.is_null(1));
  EXPECT_EQ(q.optional_int64(0), 0);
  EXPECT_EQ(q.optional_string(1), "");
}

TEST_F(StatementTest, TextBoundInPlaceIsReadWhenTheStatementRuns) {
  std::string text = "甲";
  Statement insert(db_, "INSERT INTO t (s) VALUES (?)");
  insert.bind_ref(1, text);
  text = "乙";  // same buffer (short string), changed before the step: the step reads 乙
  insert.run();
  Statement q(db_, "SELECT s FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "乙");
}

TEST_F(StatementTest, TextIsBoundByLengthNotUpToANul) {
  const std::string with_nul("a\0b", 3);
  Statement insert(db_, "INSERT INTO t (s) VALUES (?)");
  insert.bind(1, std::string_view(with_nul).substr(0, 1));
  insert.run();
  Statement q(db_, "SELECT s, length(s) FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "a");
  EXPECT_EQ(q.int64(1), 1);
}

TEST_F(StatementTest, ANameUsedTwiceIsOneParameter) {
  Statement q(db_, "SELECT :x + :x, :y");
  EXPECT_EQ(q.parameter(":x"), 1);
  EXPECT_EQ(q.parameter(":y"), 2);
  EXPECT_EQ(q.parameter(":z"), 0);
  q.bind(":x", std::int64_t{20});
  q.bind(":y", std::string("乙"));
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 40);
  EXPECT_EQ(q.string(1), "乙");
  EXPECT_THROW(q.bind(":z", std::int64_t{1}), std::logic_error);
}

TEST_F(StatementTest, RunCountsTheRowsChangedAndResetKeepsTheBindings) {
  db_.execute("INSERT INTO t (n) VALUES (1), (2), (3)");
  Statement update(db_, "UPDATE t SET n = n + 10 WHERE n >= ?");
  update.bind(1, 2);
  EXPECT_EQ(update.run(), 2);
  EXPECT_EQ(update.run(), 2);  // run() left it ready, bound to 2 still
  update.clear_bindings();     // n >= NULL matches nothing
  EXPECT_EQ(update.run(), 0);
  Statement q(db_, "SELECT group_concat(n, ',') FROM (SELECT n FROM t ORDER BY id)");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "1,22,23");
}

TEST_F(StatementTest, ResetStartsFromTheFirstRowAgain) {
  db_.execute("INSERT INTO t (n) VALUES (1), (2)");
  Statement q(db_, "SELECT n FROM t ORDER BY n");
  ASSERT_TRUE(q.step());
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 2);
  q.reset();
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 1);
}

}  // namespace
}  // namespace keyproj::sql
