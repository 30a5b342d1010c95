#include "store/database.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <filesystem>
#include <mutex>

#include "store/migrator.h"
#include "util/error.h"

namespace keyproj {
namespace {

// The sentence for a file SQLite may read but not write: the officer can fix permissions.
std::string read_only_sentence(const std::string& path) {
  return "database '" + path + "' is read-only for this user";
}

bool is_read_only_error(const SQLite::Exception& e) { return (e.getErrorCode() & 0xff) == SQLITE_READONLY; }

// Another process held the write lock for longer than the busy timeout: say so, not 'locked'.
bool is_busy_error(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

std::string busy_sentence(const std::string& path) {
  return "database '" + path + "' is busy: another keyproj has been writing to it for more than " +
         std::to_string(kBusyTimeoutMs / 1000) + " seconds; nothing was written, try again when it is done";
}

// A statement that may fail half-way through several rows (an import's INSERT of many
// reports) keeps a journal of the pages it changes, to undo itself. SQLite writes that journal
// to a temporary file once it passes 64 KiB, and keeps using the file for the rest of the
// transaction: an import of a million reports made 219,000 writes to it. The threshold must stay
// below 128 KiB: on spilling, SQLite writes what it held in memory to the file in one call, and
// its unix file layer writes at most 128 KiB - 1 bytes a call (it masks the length to 17 bits),
// so a larger journal was cut to nothing and reported as "database or disk is full" (4 MiB
// locked out every database whose upgrade journalled more than 4 MiB: migration 0005 on 200,000
// reports). Process-wide, so set before SQLite starts (a no-op if something opened it first).
inline constexpr int kStatementJournalInMemory = 124 << 10;
static_assert(kStatementJournalInMemory < (128 << 10));
void configure_sqlite() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalInMemory); });
}

std::unique_ptr<SQLite::Database> connect(const std::string& path) {
  configure_sqlite();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw database_error("database '" + path + "' is a directory, not a database file");
  // A FIFO would block the open and a device gives 'disk I/O error': name what it is instead.
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
    throw database_error("database '" + path + "' is not a regular file; give the path of a database file");
  std::unique_ptr<SQLite::Database> db;
  try {
    // NOMUTEX: a connection is only ever used by the thread that opened it, so SQLite need not
    // lock it around every call. In the default (serialized) mode each sqlite3_column_* and
    // sqlite3_step took and released a mutex: 8 % of the instructions of the overdue list.
    db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    db->setBusyTimeout(kBusyTimeoutMs);
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA cache_size = " + std::to_string(-kPageCacheKiB));
    // Reading the schema here makes a file that is not SQLite fail now, with its path named.
    SQLite::Statement probe(*db, "SELECT count(*) FROM sqlite_master");
    probe.executeStep();
  } catch (const SQLite::Exception& e) {
    if (is_read_only_error(e)) throw database_error(read_only_sentence(path) + "; keyproj needs to write it and its folder");
    throw database_error("database '" + path + "' cannot be opened: " + e.what());
  }
  return db;
}

// Set after the compatibility check, so that a refused database is left byte-for-byte as it was
// (switching to WAL rewrites the header).
void tune(SQLite::Database& db, const std::string& path) {
  try {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
  } catch (const SQLite::Exception& e) {
    if (is_read_only_error(e)) throw database_error(read_only_sentence(path) + "; keyproj needs to write it and its folder");
    throw database_error("database '" + path + "' cannot be written: " + e.what());
  }
}

}  // namespace

Database Database::open(const std::string& path) {
  auto db = connect(path);
  try {
    if (is_foreign(*db))
      throw database_error("database '" + path +
                           "' is not a keyproj database: it holds tables of another program; give another --db");
    check_compatible(*db, builtin_migrations());
    tune(*db, path);
    migrate(*db, path, builtin_migrations());
  } catch (const SQLite::Exception& e) {
    if (is_read_only_error(e)) throw database_error(read_only_sentence(path) + "; keyproj needs to write it and its folder");
    if (is_busy_error(e)) throw database_error(busy_sentence(path));
    throw database_error("database '" + path + "' cannot be migrated: " + e.what());
  }
  return Database(path, std::move(db));
}

SQLite::Statement& Database::cached(std::string_view sql) {
  if (const auto it = statements_.find(sql); it != statements_.end()) {
    // tryReset: when the statement's last step failed, reset() would throw that failure
    // again, now, against whatever asks for the statement next. It was reported when it
    // happened.
    it->second->tryReset();
    it->second->clearBindings();
    return *it->second;
  }
  std::string text(sql);
  auto statement = std::make_unique<SQLite::Statement>(*db_, text);
  return *statements_.emplace(std::move(text), std::move(statement)).first->second;
}

bool Database::read_only() const { return sqlite3_db_readonly(db_->getHandle(), "main") == 1; }

namespace {

// A file opened read-only (its permissions forbid writing) would otherwise fail at the first
// INSERT with SQLite's bare 'attempt to write a readonly database'.
SQLite::Database& writable(Database& db) {
  if (db.read_only()) throw database_error(read_only_sentence(db.path()) + "; nothing was written");
  return db.sql();
}

// BEGIN IMMEDIATE waits up to the busy timeout for another writer; past it, one sentence.
SQLite::Transaction begin_write(Database& db) {
  try {
    return SQLite::Transaction(writable(db), SQLite::TransactionBehavior::IMMEDIATE);
  } catch (const SQLite::Exception& e) {
    if (is_busy_error(e)) throw database_error(busy_sentence(db.path()));
    throw;
  }
}

}  // namespace

WriteTransaction::WriteTransaction(Database& db) : tx_(begin_write(db)) {}

// The statements are cached: an import opens and releases a savepoint for every row.
Savepoint::Savepoint(Database& db) : db_(db) { db_.cached("SAVEPOINT keyproj_row").exec(); }

Savepoint::~Savepoint() {
  if (released_) return;
  try {
    db_.cached("ROLLBACK TO keyproj_row").exec();
    db_.cached("RELEASE keyproj_row").exec();
  } catch (const SQLite::Exception&) {
    // The enclosing transaction is rolled back as a whole when it cannot be rolled back here.
  }
}

void Savepoint::release() {
  db_.cached("RELEASE keyproj_row").exec();
  released_ = true;
}

Database Database::open_unmigrated(const std::string& path) { return Database(path, connect(path)); }

}  // namespace keyproj
