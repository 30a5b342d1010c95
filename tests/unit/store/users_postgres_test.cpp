// store/users on a server (postgres_store_tests: a test cluster, KEYPROJ_TEST_PG). The session
// of ServerDatabase is the cluster's superuser, an admin of every portfolio.
#include "store/users.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <span>
#include <string>

#include "store/database.h"
#include "store/migrator.h"
#include "store/sql/postgres.h"
#include "store/sql/statement.h"
#include "unit/store/server_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

using testing::ServerDatabase;

std::string one(sql::Connection& db, const std::string& query) {
  sql::Statement q(db, query);
  if (!q.step()) return "<no row>";
  return q.is_null(0) ? "NULL" : std::string(q.text(0));
}

class PostgresUsers : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(testing::test_cluster().empty()) << "KEYPROJ_TEST_PG names no database: run through ctest";
  }
  // A role name no other test process on the cluster uses.
  static std::string role(const std::string& name) { return name + "_" + std::to_string(::getpid()); }
};

TEST_F(PostgresUsers, AnAddedOfficerLogsInWithTheirScopeAndIsRemovedWithTheirRole) {
  ServerDatabase server;
  Database db = Database::open(server.conninfo());
  const std::string li = role("li");
  PortfolioUser kept;
  {
    WriteTransaction tx(db);
    kept = add_user(db, {li, "officer", "天门", "竟陵街道"}, "S3cret 口令");
    tx.commit();
  }
  EXPECT_EQ(kept.region, "TM");  // named as officers name it, kept by its code
  const auto users = list_users(db);
  ASSERT_EQ(users.size(), 2u);  // li, and the superuser who migrated: by name
  EXPECT_EQ(users[0].name, li);
  EXPECT_EQ(users[0].role, "officer");
  EXPECT_EQ(users[0].region, "TM");
  EXPECT_EQ(users[0].county, "竟陵街道");
  EXPECT_EQ(users[1].role, "admin");
  // The password reached the server as a SCRAM verifier, never as itself.
  EXPECT_EQ(one(db.sql(), "SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '" + li + "'"),
            "SCRAM-SHA-256$");
  EXPECT_EQ(one(db.sql(), "SELECT count(*) FROM pg_authid WHERE rolpassword LIKE '%S3cret%'"), "0");
  {
    Database as_li = Database::open(server.conninfo() + " user=" + li);
    EXPECT_EQ(one(as_li.sql(), "SELECT role || ' ' || region || ' ' || county FROM keyproj_me()"),
              "officer TM 竟陵街道");
    // Only admins list users.
    try {
      list_users(as_li);
      ADD_FAILURE() << "an officer listed the users";
    } catch (const sql::Error& e) {
      EXPECT_EQ(e.kind(), sql::Failure::Permission);
    }
  }
  {
    WriteTransaction tx(db);
    remove_user(db, li);
    tx.commit();
  }
  EXPECT_EQ(list_users(db).size(), 1u);
  // keyproj made the role and nothing else holds it: it is gone from the cluster too.
  EXPECT_EQ(one(db.sql(), "SELECT count(*) FROM pg_roles WHERE rolname = '" + li + "'"), "0");
}

TEST_F(PostgresUsers, AUserTwiceAnUnknownRegionAndAnUnknownUserAreRefused) {
  ServerDatabase server;
  Database db = Database::open(server.conninfo());
  const std::string kan = role("kan");
  WriteTransaction tx(db);
  add_user(db, {kan, "viewer", {}, {}}, std::nullopt);
  try {
    add_user(db, {kan, "admin", {}, {}}, std::nullopt);
    ADD_FAILURE() << "added twice";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_EQ(std::string(e.what()), "user '" + kan + "' is already a user of this portfolio; remove them first to change their role");
  }
  try {
    add_user(db, {role("li"), "officer", "XX", {}}, std::nullopt);
    ADD_FAILURE() << "an unknown region was taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
  }
  try {
    remove_user(db, role("nobody"));
    ADD_FAILURE() << "removed a user who is none";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::NotFound);
  }
  remove_user(db, kan);
  tx.commit();
}

TEST_F(PostgresUsers, ARoleTheClusterHasIsTakenAndKeptWhenRemoved) {
  ServerDatabase server;
  Database db = Database::open(server.conninfo());
  const std::string dba = role("dba_made");
  db.sql().execute("DROP ROLE IF EXISTS " + dba + "; CREATE ROLE " + dba + " LOGIN");
  {
    WriteTransaction tx(db);
    add_user(db, {dba, "viewer", {}, {}}, std::nullopt);
    remove_user(db, dba);
    tx.commit();
  }
  EXPECT_EQ(one(db.sql(), "SELECT count(*) FROM pg_roles WHERE rolname = '" + dba + "'"), "1");
  db.sql().execute("DROP ROLE " + dba);
}

// After an upgrade of keyproj the schema is the owner's to migrate: a user is told so (exit 6).
TEST_F(PostgresUsers, OnlyTheOwnerMigratesTheSchema) {
  ServerDatabase server;
  const std::string li = role("li_early");
  {
    auto admin = sql::open_postgres(server.conninfo(), {});
    const auto& all = builtin_migrations(sql::Dialect::Postgres);
    migrate(*admin, server.conninfo(), std::span(all).first(20));
    admin->execute("DROP ROLE IF EXISTS " + li + "; CREATE ROLE " + li + " LOGIN");
  }
  try {
    Database::open(server.conninfo() + " user=" + li);
    ADD_FAILURE() << "a user migrated the owner's schema";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Permission);
    EXPECT_TRUE(std::string(e.what()).starts_with("permission denied: database 'postgresql://" + li + "@")) << e.what();
    EXPECT_NE(std::string(e.what()).find("the owner runs keyproj migrate"), std::string::npos) << e.what();
  }
  Database db = Database::open(server.conninfo());  // the owner
  db.sql().execute("DROP ROLE " + li);
}

}  // namespace
}  // namespace keyproj
