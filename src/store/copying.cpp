#include "store/copying.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>

#include "store/catalogue.h"

namespace keyproj {
namespace {

constexpr std::string_view kSettingKey[] = {"key"};
constexpr std::string_view kProfileKey[] = {"profile", "key"};

constexpr CopiedTable kTables[] = {
    {.name = "region", .order = "id", .seeded = true},
    {.name = "plan", .order = "id"},
    {.name = "program", .order = "id"},
    // An owner is merged only into one that is not merged itself: those come first.
    {.name = "owner", .order = "CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END, id"},
    {.name = "leader", .order = "id"},
    {.name = "project", .order = "id"},
    {.name = "milestone", .order = "id"},
    {.name = "milestone_move", .order = "id"},
    // A correction is appended after the report it corrects, so it has the larger id.
    {.name = "progress_update", .order = "id"},
    {.name = "report_superseded", .order = "id"},
    {.name = "stage_change", .order = "id"},
    {.name = "audit", .order = "id"},
    {.name = "setting", .order = "key", .seeded = true, .typed_values = true, .key = kSettingKey},
    {.name = "setting_profile", .order = "profile, key", .seeded = true, .key = kProfileKey},
    {.name = "annual_plan", .order = "id"},
    {.name = "problem", .order = "id"},
    {.name = "problem_entry", .order = "id"},
    {.name = "node_template", .order = "id", .seeded = true},
    {.name = "template_node", .order = "id", .seeded = true},
};

// An identifier quoted, as both dialects take it: audit's "user" is a reserved word on
// PostgreSQL. The names are the schema's own, never an officer's text.
std::string identifier(std::string_view name) {
  std::string quoted(1, '"');
  quoted += name;
  quoted += '"';
  return quoted;
}


// The source read as of one moment, so that a keyproj writing to it meanwhile cannot leave
// the copy with a report whose project it read before that project was added. Read-only, and
// ended by a rollback: nothing of the source is changed.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(sql::Connection& db) : db_(db) {
    db_.execute(db.dialect() == sql::Dialect::Sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }
  ~ReadSnapshot() {
    try {
      db_.rollback();
    } catch (const sql::Error&) {
      // The connection is closed with the command; a read left open changes nothing.
    }
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  sql::Connection& db_;
};

// Refuses a source with a table the list does not name: a migration that adds a table and
// forgets to add it to kTables would otherwise copy a portfolio without it, silently.
void check_tables_known(sql::Connection& source) {
  for (const std::string& name : schema_tables(source)) {
    if (name == kNotCopied || std::find(std::begin(kServerOnly), std::end(kServerOnly), name) != std::end(kServerOnly))
      continue;
    const bool known = std::any_of(std::begin(kTables), std::end(kTables),
                                   [&](const CopiedTable& t) { return t.name == name; });
    if (!known) throw std::logic_error("the copy does not know the table " + name + " (store/copying.cpp)");
  }
}

using Row = std::vector<std::optional<std::string>>;

// The text that names a row of a keyed table: its key columns' values, joined.
std::string key_of(const Row& row, const std::vector<int>& key_columns) {
  std::string key;
  for (const int c : key_columns) {
    key += row[static_cast<std::size_t>(c)].value_or("");
    key += '\x1f';
  }
  return key;
}

// The keys of a keyed table's rows in the order they were written (SQLite's rowid order; on
// PostgreSQL as the table is read), each with its place.
std::map<std::string, std::size_t> written_order(sql::Connection& db, const CopiedTable& table) {
  std::string select = "SELECT ";
  for (std::size_t i = 0; i < table.key.size(); ++i) select += (i ? ", " : "") + identifier(table.key[i]);
  select += " FROM " + identifier(table.name);
  if (db.dialect() == sql::Dialect::Sqlite) select += " ORDER BY rowid";
  sql::Statement q(db, select);
  std::map<std::string, std::size_t> places;
  std::vector<int> all(table.key.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  while (q.step()) {
    Row row;
    for (int c : all) row.push_back(q.optional_string(c));
    places.emplace(key_of(row, all), places.size());
  }
  return places;
}

std::int64_t copy_table(sql::Connection& from, sql::Connection& to, const CopiedTable& table,
                        const std::map<std::string, std::size_t>& places) {
  const std::vector<std::string> columns = table_columns(to, table.name);
  if (columns.empty()) throw std::logic_error("the target has no table " + std::string(table.name));
  std::string select = "SELECT ";
  std::string insert = "INSERT INTO " + identifier(table.name) + " (";
  std::string values;
  int type_column = -1;
  std::vector<bool> typed(columns.size(), false);
  std::vector<int> key_columns;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) {
      select += ", ";
      insert += ", ";
      values += ", ";
    }
    select += identifier(columns[i]);
    insert += identifier(columns[i]);
    values += "?";
    if (table.typed_values && columns[i] == "type") type_column = static_cast<int>(i);
    typed[i] = table.typed_values && (columns[i] == "value" || columns[i] == "default_value");
    if (std::find(table.key.begin(), table.key.end(), columns[i]) != table.key.end())
      key_columns.push_back(static_cast<int>(i));
  }
  select += " FROM " + identifier(table.name) + " ORDER BY " + std::string(table.order);
  insert += ") VALUES (" + values + ")";
  if (table.typed_values && type_column < 0) throw std::logic_error("setting has no column type");
  if (key_columns.size() != table.key.size()) throw std::logic_error("a key column of " + std::string(table.name) + " is missing");

  sql::Statement write(to, insert);
  const auto put = [&](const Row& row) {
    const bool integer = type_column >= 0 && row[static_cast<std::size_t>(type_column)] == "integer";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const int c = static_cast<int>(i);
      if (!row[i]) {
        write.bind_null(c + 1);
      } else if (typed[i] && integer) {
        // Both schemas check the value is a whole number within the key's range.
        write.bind(c + 1, std::int64_t{std::stoll(*row[i])});
      } else {
        // Text on both sides: SQLite's INTEGER columns take the digits as the integer they
        // spell, and PostgreSQL's bigint ones likewise.
        write.bind(c + 1, *row[i]);
      }
    }
    write.run();
    write.reset();
  };

  sql::Statement read(from, select);
  std::vector<Row> held;  // a keyed table's rows, to be put in the target's order
  std::int64_t rows = 0;
  Row row(columns.size());
  while (read.step()) {
    for (std::size_t i = 0; i < columns.size(); ++i) row[i] = read.optional_string(static_cast<int>(i));
    if (table.key.empty()) put(row);
    else held.push_back(row);
    ++rows;
  }
  std::stable_sort(held.begin(), held.end(), [&](const Row& a, const Row& b) {
    const auto place = [&](const Row& r) {
      const auto it = places.find(key_of(r, key_columns));
      return it == places.end() ? places.size() : it->second;
    };
    return place(a) < place(b);
  });
  for (const Row& r : held) put(r);
  return rows;
}

// Who a server database is: its server (started at one moment, listening on one port), the
// database and the schema keyproj's tables are in.
std::string server_identity(sql::Connection& db) {
  sql::Statement q(db,
                   "SELECT pg_postmaster_start_time()::text || ' ' || current_setting('port') || ' ' || "
                   "current_database() || ' ' || current_schema()");
  q.step();
  return q.string(0);
}

}  // namespace

std::span<const CopiedTable> copied_tables() { return kTables; }

std::optional<std::string> portfolio_table(Database& db) {
  for (const CopiedTable& t : kTables) {
    if (t.seeded) continue;
    sql::Statement q(db.sql(), "SELECT 1 FROM " + identifier(t.name) + " LIMIT 1");
    if (q.step()) return std::string(t.name);
  }
  return std::nullopt;
}

bool same_database(Database& a, Database& b) {
  const sql::Dialect d = a.sql().dialect();
  if (d != b.sql().dialect()) return false;
  if (d == sql::Dialect::Postgres) return server_identity(a.sql()) == server_identity(b.sql());
  std::error_code ec;
  return std::filesystem::equivalent(a.name(), b.name(), ec);
}

std::vector<TableCopy> copy_portfolio(Database& source, Database& target) {
  sql::Connection& from = source.sql();
  sql::Connection& to = target.sql();
  ReadSnapshot snapshot(from);
  check_tables_known(from);
  std::map<std::string_view, std::map<std::string, std::size_t>> places;
  for (const CopiedTable& t : kTables) {
    if (!t.key.empty()) places[t.name] = written_order(to, t);
  }
  // The seeded rows go, the tables that name others first.
  for (auto t = std::rbegin(kTables); t != std::rend(kTables); ++t) {
    if (t->seeded) sql::Statement(to, "DELETE FROM " + identifier(t->name)).run();
  }
  std::vector<TableCopy> copied;
  // On PostgreSQL the next id is the largest plus one, and the id trigger of 0001 moves each
  // table's sequence to every id it writes before it draws: nothing is left to set after.
  for (const CopiedTable& t : kTables) copied.push_back({t.name, copy_table(from, to, t, places[t.name])});
  return copied;
}

}  // namespace keyproj
