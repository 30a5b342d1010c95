#include "store/database.h"

#include <filesystem>

#include "store/migrator.h"
#include "store/sql/postgres.h"
#include "store/sql/sqlite.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// The sentence for a file SQLite may read but not write: the officer can fix permissions.
std::string read_only_sentence(const std::string& path) {
  return trf("database {} is read-only for this user; keyproj needs to write it and its folder", quote(path));
}

bool is_read_only_error(const sql::Error& e) { return e.kind() == sql::Failure::ReadOnly; }

// Another process held the write lock for longer than the busy timeout: say so, not 'locked'.
bool is_busy_error(const sql::Error& e) { return e.kind() == sql::Failure::Busy; }

std::string busy_sentence(const std::string& path) {
  return trf("database {} is busy: another keyproj has been writing to it for more than {} seconds; nothing was "
             "written, try again when it is done",
             quote(path), kBusyTimeoutMs / 1000);
}

std::unique_ptr<sql::Connection> connect(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw database_error(trf("database {} is a directory, not a database file", quote(path)));
  // A FIFO would block the open and a device gives 'disk I/O error': name what it is instead.
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
    throw database_error(trf("database {} is not a regular file; give the path of a database file", quote(path)));
  std::unique_ptr<sql::Connection> db;
  try {
    db = sql::open_sqlite(path, {.create = true, .busy_timeout_ms = kBusyTimeoutMs});
    db->execute("PRAGMA foreign_keys = ON");
    db->execute("PRAGMA cache_size = " + std::to_string(-kPageCacheKiB));
    // Reading the schema here makes a file that is not SQLite fail now, with its path named.
    sql::Statement probe(*db, "SELECT count(*) FROM sqlite_master");
    probe.step();
  } catch (const sql::Error& e) {
    if (is_read_only_error(e)) throw database_error(read_only_sentence(path));
    throw database_error(trf("database {} cannot be opened: {}", quote(path), e.what()));
  }
  return db;
}

// Set after the compatibility check, so that a refused database is left byte-for-byte as it was
// (switching to WAL rewrites the header).
void tune(sql::Connection& db, const std::string& path) {
  try {
    db.execute("PRAGMA journal_mode = WAL");
    db.execute("PRAGMA synchronous = FULL");
  } catch (const sql::Error& e) {
    if (is_read_only_error(e)) throw database_error(read_only_sentence(path));
    throw database_error(trf("database {} cannot be written: {}", quote(path), e.what()));
  }
}

std::unique_ptr<sql::Connection> connect_postgres(const std::string& conninfo) {
  try {
    return sql::open_postgres(conninfo, {.lock_timeout_ms = kBusyTimeoutMs});
  } catch (const sql::Error& e) {
    // open_postgres names the database from what libpq settled on, never the password.
    throw database_error(e.what());
  }
}

void migrate_to_current(sql::Connection& db, const std::string& path, const std::string& name, bool must_exist) {
  const auto& known = builtin_migrations(db.dialect());
  try {
    // Read once: a command's start-up is most of a short command's time.
    const auto applied = applied_migrations(db);
    if (applied.empty() && is_foreign(db))
      throw database_error(
          trf("database {} is not a keyproj database: it holds tables of another program; give another --db", quote(name)));
    // A server database is made by its administrator and given its schema by 'init'; until then
    // every other command is told where it is, as for a missing file.
    if (must_exist && applied.empty())
      throw not_found(trf("no keyproj database at {}; run 'keyproj init' to create one", name));
    check_compatible(applied, known);
    if (db.dialect() == sql::Dialect::Sqlite) tune(db, path);
    // Up to date, as every command but the first after an upgrade finds it.
    if (is_current(applied, known)) return;
    migrate(db, path, known);
  } catch (const sql::Error& e) {
    if (is_read_only_error(e)) throw database_error(read_only_sentence(name));
    if (is_busy_error(e)) throw database_error(busy_sentence(name));
    // On a server the schema is its owner's: after an upgrade of keyproj, users wait for the
    // owner to bring it up to date.
    if (e.kind() == sql::Failure::Permission)
      throw Error(ExitCode::Permission,
                  trf("permission denied: database {} needs this keyproj's schema, which only the role that owns it "
                      "may give it: the owner runs keyproj migrate ({})",
                      quote(name), e.what()));
    throw database_error(trf("database {} cannot be migrated: {}", quote(name), e.what()));
  }
}

}  // namespace

bool is_server_database(std::string_view location) { return sql::is_postgres_address(location); }

std::string server_role(const std::string& location) { return sql::postgres_role(location); }

Database Database::open(const std::string& location, bool must_exist) {
  if (is_server_database(location)) {
    Database db(sql::postgres_display_name(location), connect_postgres(location));
    migrate_to_current(*db.db_, location, db.name(), must_exist);
    // A role the portfolio does not know would read an empty one (row-level security hides
    // every row from it): it is told instead (exit 6).
    db.db_->execute("SELECT keyproj_require_user()");
    return db;
  }
  auto db = connect(location);
  migrate_to_current(*db, location, location, must_exist);
  return Database(location, std::move(db));
}

namespace {

// A file opened read-only (its permissions forbid writing) would otherwise fail at the first
// INSERT with SQLite's bare 'attempt to write a readonly database'.
sql::Connection& writable(Database& db) {
  if (db.read_only())
    throw database_error(trf("database {} is read-only for this user; nothing was written", quote(db.name())));
  return db.sql();
}

// BEGIN IMMEDIATE waits up to the busy timeout for another writer; past it, one sentence.
sql::Transaction begin_write(Database& db) {
  try {
    return sql::Transaction(writable(db));
  } catch (const sql::Error& e) {
    if (is_busy_error(e)) throw database_error(busy_sentence(db.name()));
    throw;
  }
}

}  // namespace

WriteTransaction::WriteTransaction(Database& db) : tx_(begin_write(db)) {}

Database Database::open_unmigrated(const std::string& location) {
  if (is_server_database(location)) return Database(sql::postgres_display_name(location), connect_postgres(location));
  return Database(location, connect(location));
}

}  // namespace keyproj
