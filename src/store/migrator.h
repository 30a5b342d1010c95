#pragma once
// Schema migrations: migrations/NNNN_name.sql, embedded into the binary, applied in order, each
// in its own transaction, recorded in schema_migrations with a checksum.

#include <SQLiteCpp/Database.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

// The migrations compiled into this binary.
const std::vector<Migration>& builtin_migrations();

// Checksum of a migration's text (FNV-1a, 64 bits, hex): detects an edited file, nothing more.
std::string migration_checksum(std::string_view sql);

// What schema_migrations records; empty for a new database.
std::vector<AppliedMigration> applied_migrations(SQLite::Database& db);

// True when the database holds tables but no schema_migrations: another program's file,
// which keyproj must not fill with its own tables.
bool is_foreign(SQLite::Database& db);

// Refuses (Error(Database)) a database whose schema is newer than `known`, or one with an
// applied migration whose text has since changed. Reads only.
void check_compatible(SQLite::Database& db, std::span<const Migration> known);

// Applies the pending migrations. Before the first one, an existing non-empty database at
// `db_path` is copied with SQLite's online backup API to `<db_path>.bak-v<N>`.
MigrationResult migrate(SQLite::Database& db, const std::string& db_path, std::span<const Migration> known);

}  // namespace keyproj
