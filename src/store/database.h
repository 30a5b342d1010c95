#pragma once
// One open keyproj database: the SQLite connection with the settings every command relies on
// (foreign keys, WAL, synchronous=FULL, a 5 s busy timeout), migrated to the current schema.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

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

  SQLite::Database& sql() { return *db_; }
  // True when SQLite could open the file for reading only (its permissions forbid writing).
  bool read_only() const;
  const std::string& path() const { return path_; }

  // The statement for `sql`, prepared once per connection and handed back reset, with no
  // bindings: for statements one command runs many times (an import's inserts and look-ups),
  // where preparing them again for every row cost more than running them. Only for statements
  // stepped to the end (or to their one row) before the same SQL is asked for again.
  SQLite::Statement& cached(std::string_view sql);

 private:
  Database(std::string path, std::unique_ptr<SQLite::Database> db)
      : path_(std::move(path)), db_(std::move(db)) {}

  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  // Declared after db_ so that the statements are finalised before the connection closes.
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
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>, TextHash, std::equal_to<>> statements_;
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
  SQLite::Transaction tx_;
};

// A savepoint inside the command's transaction, for work that may be undone alone: an import
// rolls back one failed row and goes on to the next, so that one pass reports every error.
// Rolls back to where it began unless release() is called.
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();

 private:
  Database& db_;
  bool released_ = false;
};

}  // namespace keyproj
