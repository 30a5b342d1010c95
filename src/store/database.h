#pragma once
// One open keyproj database: the SQLite connection with the settings every command relies on
// (foreign keys, WAL, synchronous=FULL, a 5 s busy timeout), migrated to the current schema.
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

// SQLite's page cache per connection, in KiB (its default is 2,000). It is also the memory
// each of SQLite's sorters may hold before it writes sorted runs to a temporary file, and the
// overdue list runs two sorts beside its page cache (the late projects and the stale ones, each
// in due-date order), so its peak is about three times this. With 8 MB the list took 38 MB at
// L (1,000,000 projects), over the 32 MB every command is held to; with 4 MB, 22 MB at L and
// 16 MB at M. The page cache spares the overdue list re-reading the project pages it revisits:
// at M it made 232,000 preads with 2 MB, 182,000 with 4 MB and 139,000 with 8 MB, and its CPU
// time with 4 MB was no higher than with 8 MB (bench/README.md).
inline constexpr int kPageCacheKiB = 4000;

class Database {
 public:
  // Opens (creating it if missing) and migrates. Throws Error(Database) with a sentence that
  // names the path when the file cannot be opened, is not a keyproj database, or is newer.
  static Database open(const std::string& path);

  // Opens without migrating, for `migrate --status`. Still refuses a file that is not SQLite.
  static Database open_unmigrated(const std::string& path);

  sql::Connection& sql() { return *db_; }
  // True when SQLite could open the file for reading only (its permissions forbid writing).
  bool read_only() const { return db_->read_only(); }
  const std::string& path() const { return path_; }

  // The statement for `sql`, prepared once and handed back reset (sql::Connection::cached).
  sql::Statement& cached(std::string_view sql) { return db_->cached(sql); }

 private:
  Database(std::string path, std::unique_ptr<sql::Connection> db) : path_(std::move(path)), db_(std::move(db)) {}

  std::string path_;
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
