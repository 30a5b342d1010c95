#pragma once
// What keyproj's schema holds, asked of either backend's own catalogue: SQLite's sqlite_master,
// PostgreSQL's pg_catalog in the session's current schema (the first of search_path), where a
// database may hold other programs' schemas beside keyproj's. The catalogue answers whatever
// the session may read of the tables themselves: a role the portfolio does not know sees the
// same tables as its owner.

#include <string>
#include <string_view>
#include <vector>

#include "store/sql/connection.h"

namespace keyproj {

// The names of the tables, in byte order.
std::vector<std::string> schema_tables(sql::Connection& db);

// Whether there is a table of that name.
bool has_table(sql::Connection& db, std::string_view name);

// The columns of `table`, in the table's order.
std::vector<std::string> table_columns(sql::Connection& db, std::string_view table);

// Whether the schema holds nothing at all: no table, view or index (an empty file, a new
// server database).
bool schema_is_empty(sql::Connection& db);

}  // namespace keyproj
