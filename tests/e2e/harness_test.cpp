// The harness itself, on whichever backend the run chose: a dump that missed a row or ordered
// rows by chance would make "nothing changed" mean nothing.

#include "e2e/harness.h"

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

namespace keyproj::e2e {
namespace {

// Two tables, created and filled through the backend-neutral helpers, rows given out of order.
void fill(const Sandbox& s) {
  s.sql("CREATE TABLE b_note (id INTEGER PRIMARY KEY, body TEXT, amount BIGINT); "
        "CREATE TABLE a_pair (k TEXT, v TEXT)");
  s.sql("INSERT INTO b_note (id, body, amount) VALUES (?, ?, ?)", {"2", "it's ? here", std::nullopt});
  s.sql("INSERT INTO b_note (id, body, amount) VALUES (?, ?, ?)", {"1", "天门|物流", "9223372036854775807"});
  s.sql("INSERT INTO a_pair (k, v) VALUES ('a', '1'), ('b', NULL)");
}

TEST(Harness, DumpShowsEveryTableInNameOrderAndItsRowsInKeyOrder) {
  Sandbox s;
  fill(s);
  EXPECT_EQ(s.dump(),
            "## a_pair\n"
            "a|1\n"
            "b|NULL\n"
            "## b_note\n"
            "1|天门|物流|9223372036854775807\n"
            "2|it's ? here|NULL\n");
}

TEST(Harness, DumpSeesAChangedValue) {
  Sandbox s;
  fill(s);
  const std::string before = s.dump();
  s.sql("UPDATE a_pair SET v = ? WHERE k = ?", {"", "b"});
  EXPECT_NE(s.dump(), before);
  EXPECT_EQ(s.query_one("SELECT count(*) FROM a_pair WHERE v = ''"), "1");
}

TEST(Harness, RowsBindParametersAndReadNullAsNull) {
  Sandbox s;
  fill(s);
  // A `?` inside a quoted string is text, not a parameter.
  EXPECT_EQ(s.rows("SELECT id, body, coalesce(CAST(amount AS TEXT), '-'), '?' FROM b_note WHERE id >= ? ORDER BY id",
                   {"1"}),
            (Rows{{"1", "天门|物流", "9223372036854775807", "?"}, {"2", "it's ? here", "-", "?"}}));
  EXPECT_EQ(s.rows("SELECT amount FROM b_note WHERE id = ?", {"2"}), (Rows{{"NULL"}}));
  EXPECT_EQ(s.rows("SELECT k FROM a_pair WHERE v IS NULL"), (Rows{{"b"}}));
  EXPECT_EQ(s.query_one("SELECT body FROM b_note WHERE id = ?", {"2"}), "it's ? here");
}

TEST(Harness, QueryOneRefusesAnyOtherShape) {
  Sandbox s;
  fill(s);
  EXPECT_THROW(s.query_one("SELECT k FROM a_pair"), std::runtime_error);
  EXPECT_THROW(s.query_one("SELECT k, v FROM a_pair WHERE k = 'a'"), std::runtime_error);
  EXPECT_THROW(s.query_one("SELECT k FROM a_pair WHERE k = 'z'"), std::runtime_error);
}

TEST(Harness, ARefusedStatementThrowsWithTheDatabasesReason) {
  Sandbox s;
  fill(s);
  try {
    s.sql("INSERT INTO b_note (id, body) VALUES (?, ?)", {"1", "again"});
    ADD_FAILURE() << "a duplicate key was accepted";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("INSERT INTO b_note"), std::string::npos) << what;
    EXPECT_TRUE(what.find("UNIQUE") != std::string::npos || what.find("unique") != std::string::npos) << what;
  }
  EXPECT_EQ(s.query_one("SELECT body FROM b_note WHERE id = 1"), "天门|物流");
}

TEST(Harness, ACopiedDatabaseIsEqualAndThenItsOwn) {
  Sandbox source;
  fill(source);
  const auto copy = Sandbox::copy_of(source);
  EXPECT_EQ(copy->backend(), source.backend());
  EXPECT_NE(copy->db(), source.db());
  EXPECT_EQ(copy->dump(), source.dump());
  copy->sql("DELETE FROM a_pair");
  EXPECT_EQ(copy->query_one("SELECT count(*) FROM a_pair"), "0");
  EXPECT_EQ(source.query_one("SELECT count(*) FROM a_pair"), "2");
  // A second copy is of the source as it is.
  const auto again = Sandbox::copy_of(source);
  EXPECT_EQ(again->dump(), source.dump());
}

TEST(Harness, OnPostgresEachSandboxHasADatabaseOfItsOwnDroppedAfterwards) {
  if (test_backend() != Backend::postgres) GTEST_SKIP() << "PostgreSQL only: the sandbox's database on the cluster";
  std::string name;
  {
    Sandbox s;
    name = s.query_one("SELECT current_database()");
    EXPECT_TRUE(name.starts_with("kp_e2e_")) << name;
    EXPECT_NE(s.db().find("dbname=" + name), std::string::npos) << s.db();
    EXPECT_EQ(s.dump(), "");  // empty: no table yet
    Sandbox other;
    EXPECT_NE(other.query_one("SELECT current_database()"), name);
  }
  Sandbox probe;  // pg_database is the cluster's, seen from any of its databases
  EXPECT_EQ(probe.query_one("SELECT count(*) FROM pg_database WHERE datname = ?", {name}), "0");
}

TEST(Harness, OnSqliteTheDatabaseIsAFileInTheSandbox) {
  KEYPROJ_SQLITE_ONLY("the database's file");
  Sandbox s;
  EXPECT_EQ(s.db(), (s.dir() / "keyproj.db").string());
  EXPECT_EQ(s.dump(), "<no database>");
}

}  // namespace
}  // namespace keyproj::e2e
