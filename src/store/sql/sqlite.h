#pragma once
// The SQLite backend, written on SQLite's C API: a connection owns one sqlite3 handle, a
// statement one sqlite3_stmt. Nothing of SQLite's is visible past this header's functions.

#include <memory>
#include <string>

#include "store/sql/connection.h"

namespace keyproj::sql {

struct SqliteOptions {
  bool create = true;         // create the file when it is missing
  int busy_timeout_ms = 0;    // how long a statement waits for another connection's lock
};

// Opens the SQLite file at `path` (":memory:" for a database in memory). The connection is
// used by the thread that opened it only. Throws sql::Error.
std::unique_ptr<Connection> open_sqlite(const std::string& path, const SqliteOptions& options);

}  // namespace keyproj::sql
