#pragma once
// One open keyproj database, migrated to the current schema: a SQLite file with the settings
// every command relies on (foreign keys, WAL, synchronous=FULL, a 5 s busy timeout), or a
// PostgreSQL database on a server (a 5 s lock timeout).
// The store reaches it through the types of store/sql (connection, statement, transaction,
// error), so that another backend is one more implementation of those.

#include <memory>
#include <string>
#include <string_view>

#include "store/sql/connection.h"
#include "store/sql/error.h"
#include "store/sql/statement.h"
#include "store/sql/transaction.h"

namespace keyproj {

// How long a command waits for another process's write to finish before it gives up.
inline constexpr int kBusyTimeoutMs = 5000;

// SQLite's page cache per connection, in KiB: its own default, the sqlite3 shell's that the
// benchmarks compare with. It is also the memory each of SQLite's sorters may hold before it
// writes sorted runs to a temporary file, so a command that sorts (the overdue list's late and
// stale projects, an import's blockers grouped by project and text) holds about twice this or
// more. With 8 MB the overdue list took 38 MB at L (1,000,000 projects), and with 4 MB an
// import of the L reports 37.8 MB, over the 32 MB every command is held to. At M, 4 MB against
// 2 MB: the overdue list 28.0 against 22.4 MB and 1.69–1.76 s against 1.60–1.76 s; an import
// of 1,200,000 reports 27.4 against 23.3 MB and 8.45–8.70 s against 8.32–9.21 s; a larger cache
// (8, 16, 32 MB) made neither faster (bench/README.md).
inline constexpr int kPageCacheKiB = 2000;

// True when `location` (--db, KEYPROJ_DB) names a PostgreSQL database: a postgresql:// URI or
// a libpq key=value list. Anything else is a SQLite file's path.
bool is_server_database(std::string_view location);

// The role a server database at `location` is logged into as: its user, else PGUSER, else the
// name of the operating system's user, as libpq settles it. On a server this role is the
// author of every change (the server writes it over any other, 0021_access.sql).
std::string server_role(const std::string& location);

class Database {
 public:
  // Opens (creating a missing SQLite file, or the schema in an empty PostgreSQL database) and
  // migrates. Throws Error(Database) with a sentence that names the database when it cannot be
  // opened, is not a keyproj database, or is newer. With `must_exist`, a PostgreSQL database
  // without keyproj's schema is NotFound (a missing file is the caller's to find).
  static Database open(const std::string& location, bool must_exist = false);

  // Opens without migrating, for `migrate --status`. Still refuses a file that is not SQLite.
  static Database open_unmigrated(const std::string& location);

  sql::Connection& sql() { return *db_; }
  // True when the database may be read but not written by this user (a file's permissions, a
  // read-only server session).
  bool read_only() const { return db_->read_only(); }
  // How messages name the database: a file's path, or a server database's URI without its
  // password.
  const std::string& name() const { return name_; }

  // The statement for `sql`, prepared once and handed back reset (sql::Connection::cached).
  sql::Statement& cached(std::string_view sql) { return db_->cached(sql); }

 private:
  Database(std::string name, std::unique_ptr<sql::Connection> db) : name_(std::move(name)), db_(std::move(db)) {}

  std::string name_;
  std::unique_ptr<sql::Connection> db_;
};

// The write transaction a command runs in: BEGIN IMMEDIATE takes the write lock at the start,
// so two officers logging at once queue on the busy timeout instead of failing mid-way.
// Rolls back unless commit() is called.
class WriteTransaction {
 public:
  // Error(Database) at once when the file is read-only, before anything is attempted.
  explicit WriteTransaction(Database& db);
  void commit() { tx_.commit(); }

 private:
  sql::Transaction tx_;
};

// A savepoint inside the command's transaction, for work that may be undone alone: an import
// rolls back one failed row and goes on to the next, so that one pass reports every error.
// Rolls back to where it began unless release() is called.
class Savepoint : public sql::Savepoint {
 public:
  explicit Savepoint(Database& db) : sql::Savepoint(db.sql()) {}
};

}  // namespace keyproj
