#pragma once
// The database the end-to-end tests run keyproj against: a SQLite file (the default) or a
// database of its own on a PostgreSQL cluster. ctest chooses with the environment:
//   KEYPROJ_TEST_BACKEND=postgres   and KEYPROJ_TEST_PG=<conninfo of the cluster's maintenance
//                                   database>, where each sandbox creates and drops its own;
//   KEYPROJ_TEST_BACKEND unset (or sqlite): a file in the sandbox's folder.
// The tests read and poke rows through TestDatabase, whichever the backend.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace keyproj::e2e {

enum class Backend { sqlite, postgres };

// The user every sandbox's keyproj runs as unless a test names another: $USER on a file, the
// login role on a server (which owns the sandbox's database there).
inline constexpr const char* kSandboxUser = "tester";

// The backend KEYPROJ_TEST_BACKEND names. Throws std::runtime_error for a name it does not know,
// so that a typo in a registration never silently tests SQLite twice.
Backend test_backend();

// A value bound to a `?` of a statement: text (the database converts it to the column's type),
// or NULL.
using Params = std::vector<std::optional<std::string>>;
// Rows read back, every value as text, NULL as "NULL" (as in the dump).
using Rows = std::vector<std::vector<std::string>>;

class TestDatabase {
 public:
  virtual ~TestDatabase() = default;

  // What keyproj takes as --db: the file's path, or the database's libpq conninfo, logging in
  // as the sandbox's own user (kSandboxUser, the database's owner).
  virtual std::string location() const = 0;
  // The same for keyproj run by `user`: on a server, the conninfo logging in as that role (made
  // on the cluster when missing, as any role the tests name is); a file has no logins.
  virtual std::string location_as(const std::string& user) const = 0;
  // Makes `user` an admin of the portfolio unless it is a user already (nothing before `init`
  // made the schema, nothing on a file): what `--user NAME` does on a file, where anyone may
  // write, is on a server a role allowed to.
  virtual void admit(const std::string& user) const = 0;

  // Every row of every table: a "## table" line per table in name order, then its rows, one a
  // line, values joined by '|'. Equal before and after means nothing changed.
  virtual std::string dump() const = 0;

  // Runs one statement, its `?` bound to `params` in order, and returns the rows it yields.
  // Throws std::runtime_error with the database's message when the database refuses it.
  virtual Rows run(const std::string& sql, const Params& params) const = 0;
  // Runs statements separated by ';', without parameters. Throws as run() does.
  virtual void execute(const std::string& script) const = 0;
};

// A new database for a sandbox whose folder is `dir`: empty, or a copy of `copy_of` (of the
// same backend), its tables and rows.
std::unique_ptr<TestDatabase> make_test_database(Backend backend, const std::filesystem::path& dir,
                                                 const TestDatabase* copy_of = nullptr);

}  // namespace keyproj::e2e

// For a test about the SQLite file itself (its path, permissions, WAL, backups, corrupt files,
// upgrades of old files): skipped, saying why, when the suite runs on PostgreSQL. The one way a
// test is marked SQLite-only; the first statement of the test body.
#define KEYPROJ_SQLITE_ONLY(why)                                                  \
  if (::keyproj::e2e::test_backend() != ::keyproj::e2e::Backend::sqlite)          \
  GTEST_SKIP() << "SQLite only: " << (why)

// For a test about what a shared server alone has (users, roles, row-level security): skipped,
// saying why, when the suite runs on SQLite, where a file has one officer.
#define KEYPROJ_SERVER_ONLY(why)                                                  \
  if (::keyproj::e2e::test_backend() != ::keyproj::e2e::Backend::postgres)        \
  GTEST_SKIP() << "PostgreSQL only: " << (why)
