#pragma once
// One connection to a database, as the store sees every backend. A backend implements the
// virtual functions; the statement cache is the same for all of them.
//
// How a second backend (PostgreSQL, through libpq) fits:
// - placeholders: see statement.h (`?` and `:name` rewritten to `$n` when prepared).
// - last_insert_id(): SQLite's last rowid; PostgreSQL's `SELECT lastval()`, the value the
//   session's last INSERT drew from an identity column's sequence. (An INSERT … RETURNING id
//   read with step() works on both, SQLite since 3.35; the store may use either.)
// - transactions: begin_write() is SQLite's BEGIN IMMEDIATE, which takes the write lock at
//   once so that writers queue on the busy timeout; on PostgreSQL, BEGIN and a lock of the
//   database (postgres.h, kWriterLock) that writers queue for, with a lock_timeout, its
//   timeouts reported as Failure::Busy. Savepoints are
//   standard SQL on both (transaction.h).
// - migrations: each backend has its own dialect; the migrator picks the files for it.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sql/statement.h"

namespace keyproj::sql {

// Which SQL a connection speaks. The store writes portable SQL where the two agree and asks
// for the dialect where they do not (dates, JSON, planner hints, the catalogue).
enum class Dialect { Sqlite, Postgres };

class Connection {
 public:
  virtual ~Connection() = default;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Prepares one statement. Throws sql::Error.
  virtual std::unique_ptr<PreparedStatement> prepare(std::string_view sql) = 0;
  // Runs SQL without parameters, several statements separated by ';' (a migration, a setting).
  virtual void execute(std::string_view script) = 0;
  // The id the last INSERT on this connection gave its row.
  virtual std::int64_t last_insert_id() = 0;
  // True when the database may be read but not written by this user.
  virtual bool read_only() = 0;
  virtual Dialect dialect() const = 0;

  // A write transaction: see above for how each backend takes it.
  virtual void begin_write() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;

  // Writes a consistent copy of the whole database, as it was before any write of this
  // connection's open transaction, to the file `path` (a migration's backup). A server
  // backend has no file to copy and throws.
  virtual void copy_to(const std::string& path) = 0;

  // The statement for `sql`, prepared once per connection and handed back reset, with no
  // bindings: for statements one command runs many times (an import's inserts and look-ups),
  // where preparing them again for every row cost more than running them. Only for statements
  // stepped to the end (or to their one row) before the same SQL is asked for again.
  Statement& cached(std::string_view sql);

 protected:
  // A backend's destructor calls this before it closes the connection.
  void forget_statements() { statements_.clear(); }

 private:
  // Looked up by the text as given (a literal, mostly): no string is built per row. The hash
  // reads the length and the two ends only: statements differ there, and hashing all of a
  // 200-character INSERT for every row of an import cost more than the look-up (the equality
  // test that follows still compares the whole text).
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {
      constexpr std::size_t kEnd = 48;
      if (s.size() <= 2 * kEnd) return std::hash<std::string_view>{}(s);
      const std::size_t head = std::hash<std::string_view>{}(s.substr(0, kEnd));
      const std::size_t tail = std::hash<std::string_view>{}(s.substr(s.size() - kEnd));
      return head ^ (tail + 0x9e3779b97f4a7c15ULL + (head << 6) + (head >> 2)) ^ s.size();
    }
  };
  std::unordered_map<std::string, Statement, TextHash, std::equal_to<>> statements_;
};

}  // namespace keyproj::sql
