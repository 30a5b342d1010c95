#pragma once
// A whole portfolio copied from one keyproj database into another, of either backend: every
// table, every row, every column, ids kept, so that the copy answers every command as the
// original does (`keyproj copy`). The schema is not copied: each database is brought to the
// current one by its own dialect's migrations, and keeps its own record of them.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace keyproj {

// One table of the portfolio, as the copy treats it.
struct CopiedTable {
  std::string_view name;
  // The order its rows are read and written in, so that a row naming another of its own table
  // (a correction its report, an owner the one it was merged into) comes after that one: the
  // foreign keys are checked row by row on PostgreSQL.
  std::string_view order;
  // The migrations put rows in it (regions, settings, profiles, the approvals template): a new
  // database has them, and the copy replaces them with the source's.
  bool seeded = false;
  // setting: `value` and `default_value` are of the type the row's `type` names. SQLite keeps
  // them untyped and checks typeof(value) = type; PostgreSQL keeps them as text.
  bool typed_values = false;
  // For a seeded table without an id (settings, profiles): the columns that name a row. Its
  // rows are written in the order the target's migrations wrote them there, the source's own
  // rows after them, so that a file copied through a server and back holds them in the order
  // (SQLite's rowids) the original holds them in.
  std::span<const std::string_view> key = {};
};

// Every table of the portfolio, in an order in which each table comes after those its foreign
// keys name. A table a migration adds belongs here: a test checks this list against the
// tables of a migrated database of each backend, and copy_portfolio refuses a source that
// holds a table it does not know.
std::span<const CopiedTable> copied_tables();

// The one table of the schema that is not the portfolio: the migrations applied to this
// database, in its own dialect with its own checksums.
inline constexpr std::string_view kNotCopied = "schema_migrations";
// And on a server, two more that are the server's own: its users, who are roles of that
// cluster, and its log of the rows each statement wrote (migrations/postgresql/0021_access.sql).
inline constexpr std::string_view kServerOnly[] = {"keyproj_user", "row_change"};

// The first table of `db`, in copied_tables()'s order, that holds a row the migrations did not
// put there (a project, a report, an audit row…); nullopt when `db` holds no portfolio.
std::optional<std::string> portfolio_table(Database& db);

// True when `a` and `b` are one database: one file, however its path is written, or one
// database and schema of one server, however it is addressed.
bool same_database(Database& a, Database& b);

// How many rows of one table were copied.
struct TableCopy {
  std::string_view table;
  std::int64_t rows = 0;
};

// Copies every row of every table of `source` into `target`, replacing the rows the migrations
// put in `target`. The next id `target` gives is then the one `source` would give (the
// largest plus one). Reads `source` as of one
// moment. Runs in `target`'s open transaction (the caller's WriteTransaction, after
// portfolio_table found nothing there). Returns the rows of each table, in copied_tables()'s
// order. Throws sql::Error when a row is refused, std::logic_error when `source` holds a table
// this list does not know.
std::vector<TableCopy> copy_portfolio(Database& source, Database& target);

}  // namespace keyproj
