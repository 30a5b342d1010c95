#include "store/catalogue.h"

#include <algorithm>

#include "store/sql/statement.h"

namespace keyproj {
namespace {

bool sqlite(sql::Connection& db) { return db.dialect() == sql::Dialect::Sqlite; }

// pg_class rather than information_schema, which lists only the tables the session has a
// privilege on.
constexpr const char* kPostgresTables =
    "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')";

}  // namespace

std::vector<std::string> schema_tables(sql::Connection& db) {
  sql::Statement q(db, sqlite(db) ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                    "ESCAPE '\\'"
                                  : kPostgresTables);
  std::vector<std::string> names;
  while (q.step()) names.push_back(q.string(0));
  std::sort(names.begin(), names.end());
  return names;
}

bool has_table(sql::Connection& db, std::string_view name) {
  sql::Statement q(db, sqlite(db) ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                                  : std::string(kPostgresTables) + " AND c.relname = ?");
  q.bind(1, name);
  return q.step();
}

std::vector<std::string> table_columns(sql::Connection& db, std::string_view table) {
  sql::Statement q(db, sqlite(db) ? "SELECT name FROM pragma_table_info(?) ORDER BY cid"
                                  : "SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                    "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ? "
                                    "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
  q.bind(1, table);
  std::vector<std::string> names;
  while (q.step()) names.push_back(q.string(0));
  return names;
}

bool schema_is_empty(sql::Connection& db) {
  sql::Statement q(db, sqlite(db) ? "SELECT count(*) FROM sqlite_master"
                                  : "SELECT count(*) FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace");
  q.step();
  return q.int64(0) == 0;
}

}  // namespace keyproj
