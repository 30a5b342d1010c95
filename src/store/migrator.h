#pragma once
// Schema migrations: migrations/NNNN_name.sql, embedded into the binary, applied in order, each
// in its own transaction, recorded in schema_migrations with a checksum.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql/connection.h"
#include "util/embedded.h"

namespace keyproj {

struct Migration {
  int version = 0;
  std::string name;  // "0001_schema"
  std::string_view sql;
  std::string checksum;
};

struct AppliedMigration {
  int version = 0;
  std::string name;
  std::string checksum;
  std::string applied_at;
};

struct MigrationResult {
  int from_version = 0;
  int to_version = 0;
  std::optional<std::string> backup_path;  // written when an existing database was upgraded
};

// Migrations from embedded files named NNNN_name.sql, in version order.
std::vector<Migration> migrations_from(std::span<const EmbeddedFile> files);

// The migrations compiled into this binary for a dialect: the same numbers and names in each,
// each dialect's text with its own checksums.
const std::vector<Migration>& builtin_migrations(sql::Dialect dialect);

// Checksum of a migration's text (FNV-1a, 64 bits, hex): detects an edited file, nothing more.
std::string migration_checksum(std::string_view sql);

class Database;

// What schema_migrations records; empty for a new database.
std::vector<AppliedMigration> applied_migrations(sql::Connection& db);
std::vector<AppliedMigration> applied_migrations(Database& db);

// True when the database holds tables but no schema_migrations: another program's file,
// which keyproj must not fill with its own tables.
bool is_foreign(sql::Connection& db);

// Refuses (Error(Database)) a database whose schema is newer than `known`, or one with an
// applied migration whose text has since changed. Reads only.
void check_compatible(sql::Connection& db, std::span<const Migration> known);
// The same check of what applied_migrations read.
void check_compatible(std::span<const AppliedMigration> applied, std::span<const Migration> known);

// Whether `applied` holds every migration of `known`: nothing to apply.
bool is_current(std::span<const AppliedMigration> applied, std::span<const Migration> known);

// Applies the pending migrations. Before the first one, an existing non-empty SQLite database at
// `db_path` is copied with SQLite's online backup API to `<db_path>.bak-v<N>`
// (sql::Connection::copy_to).
MigrationResult migrate(sql::Connection& db, const std::string& db_path, std::span<const Migration> known);

}  // namespace keyproj
