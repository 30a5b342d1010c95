#include "store/sql/sqlite.h"

#include <sqlite3.h>

#include <mutex>

#include "store/sql/error.h"

namespace keyproj::sql {
namespace {

Failure failure_of(int code) {
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Failure::Busy;
    case SQLITE_CONSTRAINT: return Failure::Constraint;
    case SQLITE_FULL: return Failure::Full;
    case SQLITE_READONLY: return Failure::ReadOnly;
    default: return Failure::Other;
  }
}

[[noreturn]] void fail(sqlite3* db, int code) {
  // The connection's message when it has one for this failure; SQLite's text for the code else.
  const char* message = db && sqlite3_extended_errcode(db) == code ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw Error(failure_of(code), code, message);
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
constexpr int kStatementJournalInMemory = 124 << 10;
static_assert(kStatementJournalInMemory < (128 << 10));
void configure_sqlite() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalInMemory); });
}

class SqliteStatement final : public PreparedStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void bind_int64(int index, std::int64_t value) override { check(sqlite3_bind_int64(stmt_, index, value)); }
  void bind_text(int index, std::string_view value) override {
    check(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  }
  void bind_text_ref(int index, std::string_view value) override {
    check(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8));
  }
  void bind_null(int index) override { check(sqlite3_bind_null(stmt_, index)); }
  int parameter(std::string_view name) override {
    return sqlite3_bind_parameter_index(stmt_, std::string(name).c_str());
  }

  bool step() override {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc);
  }
  std::int64_t run() override {
    while (step()) {
    }
    const std::int64_t changed = sqlite3_changes64(db_);
    sqlite3_reset(stmt_);
    return changed;
  }

  bool is_null(int index) override { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }
  std::int64_t int64(int index) override { return sqlite3_column_int64(stmt_, index); }
  std::string_view text(int index) override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    if (!p) return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index))};
  }

  void reset() override { sqlite3_reset(stmt_); }
  void clear_bindings() override { sqlite3_clear_bindings(stmt_); }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail(db_, rc);
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    forget_statements();  // finalised before the handle closes
    sqlite3_close_v2(db_);
  }

  std::unique_ptr<PreparedStatement> prepare(std::string_view sql) override {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc);
    if (!stmt) throw Error(Failure::Other, SQLITE_MISUSE, "the statement is empty");
    return std::make_unique<SqliteStatement>(db_, stmt);
  }

  void execute(std::string_view script) override {
    const std::string text(script);  // sqlite3_exec reads up to a NUL
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc);
  }

  std::int64_t last_insert_id() override { return sqlite3_last_insert_rowid(db_); }
  bool read_only() override { return sqlite3_db_readonly(db_, "main") == 1; }
  Dialect dialect() const override { return Dialect::Sqlite; }

  void begin_write() override { execute("BEGIN IMMEDIATE"); }
  void commit() override { execute("COMMIT"); }
  void rollback() override {
    // A failure such as a full disk may have rolled the transaction back already.
    if (!sqlite3_get_autocommit(db_)) execute("ROLLBACK");
  }

  // SQLite's online backup API, in one step: it cannot read a source that its own
  // connection is writing, so the caller copies before it begins.
  void copy_to(const std::string& path) override {
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
      sqlite3_backup* backup = sqlite3_backup_init(dest, "main", db_, "main");
      if (!backup) {
        rc = sqlite3_extended_errcode(dest);
      } else {
        rc = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        rc = rc == SQLITE_DONE ? finished : rc;
      }
    }
    if (rc != SQLITE_OK) {
      const Error e(failure_of(rc), rc,
                    std::string(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc)) + " (SQLite code " +
                        std::to_string(rc) + ")");
      sqlite3_close_v2(dest);
      throw e;
    }
    sqlite3_close_v2(dest);
  }

 private:
  sqlite3* db_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, const SqliteOptions& options) {
  configure_sqlite();
  sqlite3* db = nullptr;
  // NOMUTEX: a connection is only ever used by the thread that opened it, so SQLite need not
  // lock it around every call. In the default (serialized) mode each sqlite3_column_* and
  // sqlite3_step took and released a mutex: 8 % of the instructions of the overdue list.
  const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    const Error e(failure_of(rc), rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    throw e;
  }
  sqlite3_extended_result_codes(db, 1);
  auto connection = std::make_unique<SqliteConnection>(db);
  if (options.busy_timeout_ms > 0) sqlite3_busy_timeout(db, options.busy_timeout_ms);
  return connection;
}

}  // namespace keyproj::sql
