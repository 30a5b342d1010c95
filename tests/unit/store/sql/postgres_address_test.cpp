#include "store/sql/postgres_address.h"

#include <gtest/gtest.h>

namespace keyproj::sql {
namespace {

TEST(PostgresAddress, URIsAndKnownKeyValueListsNamePostgresAndFilePathsDoNot) {
  EXPECT_TRUE(is_postgres_address("postgresql://officer@db.example/keyproj"));
  EXPECT_TRUE(is_postgres_address("postgres://localhost/kp"));
  EXPECT_TRUE(is_postgres_address("host=/run/postgresql dbname=keyproj"));
  EXPECT_TRUE(is_postgres_address("dbname=keyproj"));
  EXPECT_FALSE(is_postgres_address("keyproj.db"));
  EXPECT_FALSE(is_postgres_address("/home/officer/.local/share/keyproj/keyproj.db"));
  EXPECT_FALSE(is_postgres_address("plan=2026.db"));  // no key libpq knows
  EXPECT_FALSE(is_postgres_address("./postgresql://x"));
  EXPECT_FALSE(is_postgres_address(""));
}

TEST(PostgresAddress, TheDisplayNameLeavesThePasswordOut) {
  EXPECT_EQ(postgres_display_name("postgresql://officer:s3cret@db.example:5433/keyproj"),
            "postgresql://officer@db.example:5433/keyproj");
  EXPECT_EQ(postgres_display_name("host=/run/pg port=5432 dbname=kp user=wh password=s3cret"),
            "postgresql://wh@/run/pg:5432/kp");
  EXPECT_EQ(postgres_display_name("dbname=kp"), "postgresql:///kp");
}

}  // namespace
}  // namespace keyproj::sql
