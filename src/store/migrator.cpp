#include "store/migrator.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "store/catalogue.h"
#include "store/database.h"
#include "store/sql/error.h"
#include "store/sql/transaction.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

namespace embedded_migrations {
std::span<const EmbeddedFile> files();
}
namespace embedded_pg_migrations {
std::span<const EmbeddedFile> files();
}

namespace {

int max_known(std::span<const Migration> known) { return known.empty() ? 0 : known.back().version; }

int current_version(sql::Connection& db) {
  if (!has_table(db, "schema_migrations")) return 0;
  sql::Statement q(db, "SELECT coalesce(max(version), 0) FROM schema_migrations");
  q.step();
  return q.integer(0);
}

}  // namespace

namespace {

std::string checksum_text(std::uint64_t hash) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

}  // namespace

std::string migration_checksum(std::string_view sql) {
  return checksum_text(fnv1a(reinterpret_cast<const unsigned char*>(sql.data()), sql.size()));
}

std::vector<Migration> migrations_from(std::span<const EmbeddedFile> files) {
  std::vector<Migration> out;
  for (const auto& f : files) {
    const std::string_view path = f.path;
    if (path.size() < 10 || path.substr(path.size() - 4) != ".sql") continue;
    Migration m;
    m.version = std::stoi(std::string(path.substr(0, 4)));
    m.name = std::string(path.substr(0, path.size() - 4));
    m.sql = f.content;
    // The binary's own migrations come hashed by the compiler: hashing their 110 KB took a
    // tenth of a millisecond of every command.
    m.checksum = f.hash ? checksum_text(*f.hash) : migration_checksum(f.content);
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

const std::vector<Migration>& builtin_migrations(sql::Dialect dialect) {
  // Only the dialect asked for is checksummed: a command on a file has no use for the server's.
  if (dialect == sql::Dialect::Sqlite) {
    static const std::vector<Migration> sqlite = migrations_from(embedded_migrations::files());
    return sqlite;
  }
  static const std::vector<Migration> postgres = migrations_from(embedded_pg_migrations::files());
  return postgres;
}

std::vector<AppliedMigration> applied_migrations(Database& db) { return applied_migrations(db.sql()); }

std::vector<AppliedMigration> applied_migrations(sql::Connection& db) {
  std::vector<AppliedMigration> out;
  if (!has_table(db, "schema_migrations")) return out;
  sql::Statement q(db, "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version");
  while (q.step())
    out.push_back({q.integer(0), q.string(1), q.string(2),
                   q.string(3)});
  return out;
}

bool is_foreign(sql::Connection& db) { return !has_table(db, "schema_migrations") && !schema_is_empty(db); }

void check_compatible(sql::Connection& db, std::span<const Migration> known) {
  check_compatible(applied_migrations(db), known);
}

bool is_current(std::span<const AppliedMigration> applied, std::span<const Migration> known) {
  return !applied.empty() && applied.back().version >= max_known(known);
}

void check_compatible(std::span<const AppliedMigration> all, std::span<const Migration> known) {
  for (const auto& applied : all) {
    if (applied.version > max_known(known))
      throw database_error(trf("database schema version {} is newer than this keyproj knows ({}); use a newer keyproj",
                               applied.version, max_known(known)));
    const auto it = std::find_if(known.begin(), known.end(),
                                 [&](const Migration& m) { return m.version == applied.version; });
    if (it == known.end()) continue;
    if (it->checksum != applied.checksum)
      throw database_error(trf("migration {} was changed after it was applied to this database (checksum {}, now {}); "
                               "restore the original file",
                               it->name, applied.checksum, it->checksum));
  }
}

namespace {

// Copies the database (SQLite's online backup API). It runs before the migration's write
// transaction: the backup API cannot read a source that its own connection is writing.
std::string back_up(sql::Connection& db, const std::string& db_path, int version) {
  const std::string path = db_path + ".bak-v" + std::to_string(version);
  // The copy holds the same data: it gets the database's permission bits (a private 0600
  // database must not leave a 0644 copy), set before a byte is written to it.
  struct stat st {};
  if (stat(db_path.c_str(), &st) == 0) {
    const mode_t mode = st.st_mode & 0777;
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, mode);
    if (fd >= 0) {
      fchmod(fd, mode);
      close(fd);
    }
  }
  try {
    db.copy_to(path);
  } catch (const sql::Error& e) {
    throw database_error(trf("backup of {} to {} did not complete: {}; nothing was migrated", quote(db_path), quote(path),
                             e.what()));
  }
  spdlog::info(trf("backed up {} to {} before migrating", db_path, path));
  return path;
}

// Foreign keys off while migrations run, on again after, whatever happens. A migration that
// rebuilds a table (SQLite cannot alter a CHECK) drops the old one; with foreign keys on, that
// drop would delete every row's children or fail. SQLite only takes this setting outside a
// transaction, so it wraps them all; each migration checks every reference before it commits.
// PostgreSQL alters a table in place and checks its references itself: nothing to do there.
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(sql::Connection& db) : db_(db) {
    if (db_.dialect() == sql::Dialect::Sqlite) db_.execute("PRAGMA foreign_keys = OFF");
  }
  ~ForeignKeysOff() {
    if (db_.dialect() != sql::Dialect::Sqlite) return;
    try {
      db_.execute("PRAGMA foreign_keys = ON");
    } catch (const sql::Error&) {
      // Only if the connection is broken, which the caller is already being told.
    }
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  sql::Connection& db_;
};

// Error(Database) naming the first row a migration left pointing nowhere.
void check_references(sql::Connection& db, const std::string& migration) {
  if (db.dialect() != sql::Dialect::Sqlite) return;
  sql::Statement q(db, "PRAGMA foreign_key_check");
  if (q.step())
    throw database_error(trf("migration {} would leave row {} of {} pointing at a missing row of {}; it was not applied",
                             migration, q.int64(1), q.string(0), q.string(2)));
}

}  // namespace

MigrationResult migrate(sql::Connection& db, const std::string& db_path, std::span<const Migration> known) {
  MigrationResult result;
  check_compatible(db, known);
  result.from_version = current_version(db);
  result.to_version = result.from_version;
  // Up to date (every command but the first after an upgrade): no write lock at all, so that
  // a reader is never held up, nor failed, by another officer's long write.
  if (result.from_version >= max_known(known)) return result;
  // A server's database is backed up by its administrator (pg_dump): there is no file to copy.
  if (!schema_is_empty(db) && db.dialect() == sql::Dialect::Sqlite)
    result.backup_path = back_up(db, db_path, result.from_version);
  const ForeignKeysOff foreign_keys_off(db);
  for (;;) {
    // Each migration in its own transaction, taken IMMEDIATE so that two processes opening a
    // new database at once do not both apply it: the second sees the first one's row.
    sql::Transaction tx(db);
    // PostgreSQL takes no lock at BEGIN: two processes opening a new database at once queue
    // here instead, on a lock of keyproj's own held until the transaction ends.
    if (db.dialect() == sql::Dialect::Postgres) sql::Statement(db, "SELECT pg_advisory_xact_lock(7355608)").step();
    check_compatible(db, known);
    const int version = current_version(db);
    const auto next = std::find_if(known.begin(), known.end(), [&](const Migration& m) { return m.version > version; });
    if (next == known.end()) {
      tx.commit();
      break;
    }
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
    try {
      db.execute(next->sql);
    } catch (const sql::Error& e) {
      throw database_error(trf("migration {} failed: {}", next->name, e.what()));
    }
    sql::Statement record(db, "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)");
    record.bind(1, next->version);
    record.bind(2, next->name);
    record.bind(3, next->checksum);
    record.bind(4, utc_second_now());
    record.run();
    check_references(db, next->name);
    tx.commit();
    spdlog::info(trf("applied migration {}", next->name));
    result.to_version = next->version;
  }
  return result;
}

}  // namespace keyproj
