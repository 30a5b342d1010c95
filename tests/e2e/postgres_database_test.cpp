// The PostgreSQL side of the harness apart from a server: the text it hands libpq.

#include "e2e/postgres_database.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace keyproj::e2e {
namespace {

TEST(PostgresDatabase, PlaceholdersAreNumberedOutsideQuotesAndComments) {
  EXPECT_EQ(numbered_placeholders("SELECT ?, '?', \"a?\", ? -- ?\nWHERE x = ?"),
            "SELECT $1, '?', \"a?\", $2 -- ?\nWHERE x = $3");
  EXPECT_EQ(numbered_placeholders("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
}

TEST(PostgresDatabase, AConninfoGetsItsDatabaseReplaced) {
  EXPECT_EQ(with_dbname("host=/tmp/pg port=5432 dbname=postgres user=postgres", "kp_e2e_1"),
            "user=postgres dbname=kp_e2e_1 host=/tmp/pg port=5432");
  EXPECT_EQ(with_dbname("postgresql://postgres@/postgres?host=/tmp/my%20pg", "kp"),
            "user=postgres dbname=kp host='/tmp/my pg'");
  EXPECT_THROW(with_dbname("host=/tmp/pg nonsense", "kp"), std::runtime_error);
}

TEST(PostgresDatabase, AConninfoGetsTheUserItIsAskedFor) {
  EXPECT_EQ(with_dbname("host=/tmp/pg port=5432 dbname=postgres user=postgres", "kp", "li_tm"),
            "user=li_tm dbname=kp host=/tmp/pg port=5432");
  EXPECT_EQ(with_dbname("host=/tmp/pg dbname=postgres", "kp", "王科长"), "user=王科长 dbname=kp host=/tmp/pg");
}

}  // namespace
}  // namespace keyproj::e2e
