#include "e2e/sqlite_database.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <stdexcept>

namespace keyproj::e2e {

std::string SqliteDatabase::dump() const {
  if (!std::filesystem::exists(file_)) return "<no database>";
  SQLite::Database d(file_.string(), SQLite::OPEN_READONLY);
  std::string out;
  // A table WITHOUT ROWID has no rowid to order by; its key, the first column, orders it.
  SQLite::Statement tables(d, "SELECT name, sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE type = 'table' "
                              "ORDER BY name");
  while (tables.executeStep()) {
    const std::string t = tables.getColumn(0).getString();
    out += "## " + t + "\n";
    const char* order = tables.getColumn(1).getInt() ? "1" : "rowid";
    SQLite::Statement rows(d, "SELECT * FROM \"" + t + "\" ORDER BY " + order);
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const auto c = rows.getColumn(i);
        if (i) out += '|';
        out += c.isNull() ? std::string("NULL") : c.getString();
      }
      out += "\n";
    }
  }
  return out;
}

Rows SqliteDatabase::run(const std::string& sql, const Params& params) const {
  try {
    SQLite::Database d(file_.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Statement q(d, sql);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      if (params[i]) q.bind(index, *params[i]);
      else q.bind(index);
    }
    Rows out;
    while (q.executeStep()) {
      std::vector<std::string> row;
      for (int i = 0; i < q.getColumnCount(); ++i) {
        const auto c = q.getColumn(i);
        row.push_back(c.isNull() ? std::string("NULL") : c.getString());
      }
      out.push_back(std::move(row));
    }
    return out;
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(std::string("SQLite refused \"") + sql + "\": " + e.what());
  }
}

void SqliteDatabase::execute(const std::string& script) const {
  try {
    SQLite::Database d(file_.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    d.exec(script);
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(std::string("SQLite refused \"") + script + "\": " + e.what());
  }
}

void SqliteDatabase::copy_from(const SqliteDatabase& source) const {
  std::filesystem::copy_file(source.file_, file_, std::filesystem::copy_options::overwrite_existing);
}

}  // namespace keyproj::e2e
