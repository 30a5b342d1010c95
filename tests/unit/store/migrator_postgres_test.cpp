// The PostgreSQL migrations (migrations/postgresql) against a throw-away cluster, beside the
// SQLite ones they mirror: ctest's fixture "postgres" starts the cluster and hands its conninfo
// over in KEYPROJ_TEST_PG. By hand:
//   scripts/pg-cluster start /tmp/kp-pg && KEYPROJ_TEST_PG="$(cat /tmp/kp-pg/conninfo)" build/tests/postgres_store_tests
// Each test creates a database of its own on the cluster and drops it after, so that ctest may
// run them side by side. What the two backends must agree on is computed from both here, never
// written down: the tables, columns, views, indexes, triggers and seeded rows of a SQLite
// database at the last version against a PostgreSQL one.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <ostream>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "e2e/process.h"
#include "store/copying.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/sql/error.h"
#include "store/sql/postgres.h"
#include "store/sql/sqlite.h"
#include "store/sql/transaction.h"
#include "unit/store/scalar.h"
#include "unit/store/server_database.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;
using testing::scalar_int;

std::string cluster() {
  const char* c = std::getenv("KEYPROJ_TEST_PG");
  return c ? c : "";
}

// The rows of `query`, each its columns' text joined by '|' (NULL as ∅), in the query's order.
std::vector<std::string> rows(sql::Connection& db, const std::string& query, int columns) {
  std::vector<std::string> out;
  sql::Statement q(db, query);
  while (q.step()) {
    std::string row;
    for (int i = 0; i < columns; ++i) {
      if (i) row += '|';
      if (q.is_null(i)) row += "∅";
      else row += q.text(i);
    }
    out.push_back(row);
  }
  return out;
}

std::vector<std::string> strings(sql::Connection& db, const std::string& query) { return rows(db, query, 1); }

using testing::ServerDatabase;

class PostgresMigrations : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(cluster().empty()) << "KEYPROJ_TEST_PG names no database: run through ctest, or start a cluster "
                                       "with scripts/pg-cluster and set it to the conninfo that prints";
  }
};

int last_version() { return builtin_migrations(sql::Dialect::Postgres).back().version; }

TEST_F(PostgresMigrations, AFreshDatabaseIsMigratedOnceAndAChangedMigrationIsRefused) {
  ServerDatabase server;
  const auto& known = builtin_migrations(sql::Dialect::Postgres);
  {
    Database db = Database::open(server.conninfo());
    ASSERT_EQ(db.sql().dialect(), sql::Dialect::Postgres);
    const auto applied = applied_migrations(db);
    ASSERT_EQ(applied.size(), known.size());
    for (std::size_t i = 0; i < known.size(); ++i) {
      EXPECT_EQ(applied[i].version, static_cast<int>(i) + 1);
      EXPECT_EQ(applied[i].name, known[i].name);
      EXPECT_EQ(applied[i].checksum, migration_checksum(known[i].sql)) << known[i].name;
    }
    // PostgreSQL's own text, not SQLite's.
    EXPECT_NE(applied[0].checksum, builtin_migrations(sql::Dialect::Sqlite)[0].checksum);
  }
  {
    // Opened again: nothing to apply, and nothing recorded twice.
    Database db = Database::open(server.conninfo());
    const auto result = migrate(db.sql(), server.conninfo(), known);
    EXPECT_EQ(result.from_version, last_version());
    EXPECT_EQ(result.to_version, last_version());
    EXPECT_FALSE(result.backup_path);
    EXPECT_EQ(scalar_int(db.sql(), "SELECT count(*) FROM schema_migrations"), static_cast<std::int64_t>(known.size()));
    db.sql().execute("UPDATE schema_migrations SET checksum = '0000000000000000' WHERE version = 5");
  }
  try {
    Database::open(server.conninfo());
    FAIL() << "a database whose migration 5 has another checksum was opened";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_NE(std::string(e.what()).find("migration " + known[4].name +
                                         " was changed after it was applied to this database (checksum "
                                         "0000000000000000, now " +
                                         known[4].checksum + ")"),
              std::string::npos)
        << e.what();
  }
}

// SQLite's catalogue and PostgreSQL's, read into the same shape.
struct Column {
  std::string name;
  bool not_null = false;
  std::string type;  // as the other backend should have it: "bigint" or "text C"
  bool operator==(const Column&) const = default;
};

void PrintTo(const Column& c, std::ostream* os) { *os << c.name << (c.not_null ? " NOT NULL " : " ") << c.type; }

std::vector<std::string> sqlite_tables(sql::Connection& db, const char* type) {
  return strings(db, std::string("SELECT name FROM sqlite_master WHERE type = '") + type +
                         "' AND name NOT LIKE 'sqlite_%' ORDER BY name");
}

// Less the server's own tables, its users and its statement log (0021_access.sql), which a
// file has not.
std::vector<std::string> postgres_tables(sql::Connection& db, const char* type) {
  return strings(db, std::string("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                 "current_schema() AND table_name NOT IN ('keyproj_user', 'row_change') "
                                 "AND table_type = '") +
                         type + "' ORDER BY table_name COLLATE \"C\"");
}

// A SQLite column as PostgreSQL should hold it: INTEGER as bigint, TEXT (and no type, the
// settings' values) as text in byte order. A primary key is never NULL in PostgreSQL, nor in
// keyproj's SQLite tables (an INTEGER PRIMARY KEY is the rowid; setting's key is checked <> '').
std::vector<Column> sqlite_columns(sql::Connection& db, const std::string& table) {
  std::vector<Column> out;
  sql::Statement q(db, "SELECT name, \"notnull\", pk, upper(type) FROM pragma_table_info(?) ORDER BY cid");
  q.bind(1, table);
  while (q.step()) {
    const std::string type = q.string(3);
    out.push_back({q.string(0), q.int64(1) != 0 || q.int64(2) != 0, type == "INTEGER" ? "bigint" : "text C"});
  }
  return out;
}

std::vector<Column> postgres_columns(sql::Connection& db, const std::string& table) {
  std::vector<Column> out;
  sql::Statement q(db,
                   "SELECT column_name, is_nullable, data_type, coalesce(collation_name, '') FROM information_schema.columns "
                   "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position");
  q.bind(1, table);
  while (q.step()) {
    const std::string type = q.string(2);
    out.push_back({q.string(0), q.string(1) == "NO", type == "text" ? "text " + q.string(3) : type});
  }
  return out;
}

// Every row of `table`, each column's text (SQLite's integers and PostgreSQL's bigints alike as
// digits), in the order of its first columns; `skip` columns (a time of migrating) left out.
std::vector<std::string> dump(sql::Connection& db, const std::string& table, const std::vector<Column>& columns,
                              const std::set<std::string>& skip) {
  std::string select;
  int n = 0;
  for (const auto& c : columns) {
    if (skip.contains(c.name)) continue;
    select += std::string(n++ ? ", " : "") + "CAST(\"" + c.name + "\" AS TEXT)";
  }
  std::string order;
  for (int i = 1; i <= std::min(n, 3); ++i) order += std::string(i > 1 ? ", " : "") + std::to_string(i);
  return rows(db, "SELECT " + select + " FROM \"" + table + "\" ORDER BY " + order, n);
}

// The indexes a migration names (not those behind a PRIMARY KEY or UNIQUE), and the triggers.
// In PostgreSQL a unique text of any length is an exclusion constraint (0001), whose index
// has the constraint's name: program_plan_name is one.
std::vector<std::string> sqlite_indexes(sql::Connection& db) {
  return strings(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
}
std::vector<std::string> postgres_indexes(sql::Connection& db) {
  return strings(db,
                 "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                 "JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = current_schema() "
                 "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid "
                 "AND (c.contype <> 'x' OR c.conname LIKE '%_key')) "
                 "ORDER BY i.relname COLLATE \"C\"");
}
std::vector<std::string> sqlite_triggers(sql::Connection& db) { return sqlite_tables(db, "trigger"); }
// TRUNCATE, which SQLite has not, is refused by triggers of its own beside those of DELETE;
// the *_next_id triggers give an id as SQLite's INTEGER PRIMARY KEY does (0001); the keyproj_*
// triggers are a server's rules of access and its log (0021_access.sql).
std::vector<std::string> postgres_triggers(sql::Connection& db) {
  return strings(db,
                 "SELECT DISTINCT trigger_name::text COLLATE \"C\" AS t FROM information_schema.triggers "
                 "WHERE trigger_schema = current_schema() "
                 "AND trigger_name NOT LIKE '%_never_truncated' AND trigger_name NOT LIKE '%_next_id' "
                 "AND trigger_name NOT LIKE 'keyproj\\_%' ORDER BY t");
}

TEST_F(PostgresMigrations, TheSchemaAndItsSeededRowsAreSQLitesAtTheLastVersion) {
  ServerDatabase server;
  testing::TempDatabase lite;
  Database pg = Database::open(server.conninfo());
  sql::Connection& s = lite.db().sql();
  sql::Connection& p = pg.sql();
  EXPECT_EQ(applied_migrations(lite.db()).back().version, last_version());
  EXPECT_EQ(applied_migrations(pg).back().version, last_version());

  const auto tables = sqlite_tables(s, "table");
  ASSERT_GT(tables.size(), 10u);
  EXPECT_EQ(postgres_tables(p, "BASE TABLE"), tables);
  EXPECT_EQ(postgres_tables(p, "VIEW"), sqlite_tables(s, "view"));
  EXPECT_EQ(postgres_indexes(p), sqlite_indexes(s));
  EXPECT_EQ(postgres_triggers(p), sqlite_triggers(s));

  int seeded = 0;
  for (const auto& table : tables) {
    SCOPED_TRACE(table);
    const auto lite_columns = sqlite_columns(s, table);
    const auto pg_columns = postgres_columns(p, table);
    // schema_migrations is the migrator's own, made alike on both (INTEGER is PostgreSQL's int).
    if (table == "schema_migrations") {
      ASSERT_EQ(pg_columns.size(), lite_columns.size());
      for (std::size_t i = 0; i < pg_columns.size(); ++i) EXPECT_EQ(pg_columns[i].name, lite_columns[i].name);
      continue;
    }
    EXPECT_EQ(pg_columns, lite_columns);
    if (scalar_int(s, "SELECT count(*) FROM \"" + table + "\"") == 0) {
      EXPECT_EQ(scalar_int(p, "SELECT count(*) FROM \"" + table + "\""), 0);
      continue;
    }
    ++seeded;
    // The template's time is the moment each database was made: the same form on both.
    const std::set<std::string> skip{"created_at"};
    EXPECT_EQ(dump(p, table, pg_columns, skip), dump(s, table, lite_columns, skip));
    for (const auto& c : lite_columns)
      if (c.name == "created_at") {
        const std::string q = "SELECT count(*) FROM \"" + table + "\" WHERE created_at NOT LIKE '____-__-__T__:__:__Z'";
        EXPECT_EQ(scalar_int(p, q), 0);
        EXPECT_EQ(scalar_int(s, q), 0);
      }
  }
  // region, setting, setting_profile, node_template, template_node.
  EXPECT_EQ(seeded, 5);

  // The views' columns, in order.
  for (const auto& view : sqlite_tables(s, "view")) {
    std::vector<std::string> lite_names, pg_names;
    for (const auto& c : sqlite_columns(s, view)) lite_names.push_back(c.name);
    for (const auto& c : postgres_columns(p, view)) pg_names.push_back(c.name);
    EXPECT_EQ(pg_names, lite_names) << view;
  }
}

// The names the schema gives tables and columns that PostgreSQL reserves, so that SQL written
// once for both quotes them: "user" alone.
// Every table of the portfolio is held to the rules of access on a server (0021_access.sql):
// row-level security forced on its owner too, the guard before each row and the statement log
// after; a table a later migration adds and forgets would be open to every user.
TEST_F(PostgresMigrations, EveryTableOfThePortfolioIsGuardedLoggedAndHeldToRowLevelSecurity) {
  ServerDatabase server;
  Database pg = Database::open(server.conninfo());
  for (const CopiedTable& t : copied_tables()) {
    SCOPED_TRACE(std::string(t.name));
    const std::string name(t.name);
    EXPECT_EQ(scalar_int(pg.sql(), "SELECT count(*) FROM pg_class WHERE oid = '\"" + name +
                                       "\"'::regclass AND relrowsecurity AND relforcerowsecurity"),
              1);
    EXPECT_EQ(scalar_int(pg.sql(), "SELECT count(*) FROM pg_policy WHERE polrelid = '\"" + name + "\"'::regclass"), 4);
    const std::vector<std::string> expected{"keyproj_guard", "keyproj_logged_delete", "keyproj_logged_insert",
                                            "keyproj_logged_update"};
    std::vector<std::string> triggers = strings(
        pg.sql(), "SELECT tgname::text COLLATE \"C\" AS n FROM pg_trigger WHERE tgrelid = '\"" + name +
                      "\"'::regclass AND tgname IN ('keyproj_guard', 'keyproj_logged_insert', "
                      "'keyproj_logged_update', 'keyproj_logged_delete') ORDER BY n");
    EXPECT_EQ(triggers, expected);
  }
  // The role that migrated the schema is its first admin.
  EXPECT_EQ(strings(pg.sql(), "SELECT role FROM keyproj_user WHERE name = session_user"),
            std::vector<std::string>{"admin"});
}

TEST_F(PostgresMigrations, UserIsTheOnlyReservedName) {
  ServerDatabase server;
  Database pg = Database::open(server.conninfo());
  const auto reserved =
      strings(pg.sql(),
              "SELECT DISTINCT k.word FROM pg_get_keywords() k WHERE k.catcode IN ('R', 'T') AND k.word IN ("
              "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() UNION "
              "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()) ORDER BY 1");
  EXPECT_EQ(reserved, std::vector<std::string>{"user"});
}

// One statement on both backends, each on the same rows (those `kRows` insert).
struct Case {
  const char* what;
  std::string sql;
  bool refused;
  const char* message = nullptr;  // a trigger's sentence, the same on both
};

// No ids given: each table's first rows take 1, 2 … on both, and later rows the next ones.
const char* const kRows[] = {
    "INSERT INTO owner (name, created_at) VALUES ('建设单位', '2025-01-01T00:00:00Z')",
    "INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-1', '项目', 1, '2025-01-01')",
    "INSERT INTO milestone (project_id, title, created_at) VALUES (1, '开工', '2025-01-01T00:00:00Z')",
    "INSERT INTO progress_update (project_id, reported_on, author, created_at) "
    "VALUES (1, '2025-03-01', 'tester', '2025-03-01T00:00:00Z')",
    "INSERT INTO progress_update (project_id, reported_on, author, created_at, corrects_id, reason) "
    "VALUES (1, '2025-03-01', 'tester', '2025-03-02T00:00:00Z', 1, '数字有误')",
    "INSERT INTO report_superseded (id) VALUES (1)",
    "INSERT INTO problem (project_id, text, raised_on, created_at) VALUES (1, '征地', '2025-03-01', "
    "'2025-03-01T00:00:00Z')",
};

std::string project_with(const std::string& columns, const std::string& values) {
  return "INSERT INTO project (code, name_zh, region_id, entered_on" + columns + ") VALUES ('TM-2', '项目二', 1, "
         "'2025-01-01'" + values + ")";
}

std::string report_with(const std::string& columns, const std::string& values) {
  return "INSERT INTO progress_update (project_id, reported_on, author, created_at" + columns +
         ") VALUES (1, '2025-04-01', 'tester', '2025-04-01T00:00:00Z'" + values + ")";
}

std::string plan_with(const char* year, const char* column, const char* day) {
  return std::string("INSERT INTO annual_plan (project_id, year, class, author") + (column ? ", " : "") +
         (column ? column : "") + ") VALUES (1, " + year + ", 'new', 'tester'" + (day ? ", '" : "") + (day ? day : "") +
         (day ? "'" : "") + ")";
}

// `chars` characters, none repeated, so that no compression makes them short: what an officer
// may type (util/text.h's kMaxTextChars) is longer than a b-tree index entry holds.
std::string long_text(int salt, int chars = 10000) {
  std::string out;
  for (int i = 0; i < chars; ++i) {
    const int c = 0x4E00 + (i * 7919 + salt) % 20000;  // CJK ideographs: three bytes each
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

std::vector<Case> cases() {
  std::vector<Case> out;
  // Unique texts of any length, still unique.
  const std::string l1 = "'" + long_text(1) + "'", l2 = "'" + long_text(2) + "'";
  out.push_back({"a long owner name", "INSERT INTO owner (name, created_at) VALUES (" + l1 + ", 'now')", false});
  out.push_back({"a long owner name twice", "INSERT INTO owner (name, created_at) VALUES (" + l1 + ", 'now'), (" + l1 + ", 'now')", true});
  out.push_back({"an owner named twice", "INSERT INTO owner (name, created_at) VALUES ('建设单位', 'now')", true});
  out.push_back({"a long project code", "INSERT INTO project (code, name_zh, region_id, entered_on) VALUES (" + l1 + ", " +
                                            l2 + ", 1, '2025-01-01')",
                 false});
  out.push_back({"a long milestone title", "UPDATE milestone SET title = " + l1 + ", due = '2025-06-30' WHERE id = 1", false});
  out.push_back({"a long leader name", "INSERT INTO leader (name, title, created_at) VALUES (" + l1 + ", " + l2 + ", 'now')", false});
  out.push_back({"a long plan title", "INSERT INTO plan (region_id, title) VALUES (1, " + l1 + "), (2, " + l1 + ")", false});
  out.push_back({"a plan title twice in a region", "INSERT INTO plan (region_id, title) VALUES (1, " + l1 + "), (1, " + l1 + ")", true});
  out.push_back({"a long programme name", "INSERT INTO program (name) VALUES (" + l1 + "), (" + l2 + ")", false});
  out.push_back({"a long template", "INSERT INTO node_template (name, created_at) VALUES (" + l1 + ", 'now')", false});
  out.push_back({"a template named twice", "INSERT INTO node_template (name, created_at) VALUES ('approvals', 'now')", true});
  out.push_back({"a long node title", "INSERT INTO template_node (template_id, position, title, days) VALUES (1, 10, " + l1 +
                                          ", 5), (1, 11, " + l2 + ", 5)",
                 false});
  out.push_back({"a node title twice", "INSERT INTO template_node (template_id, position, title, days) VALUES (1, 10, '开工', 5)", true});
  out.push_back({"a node position twice", "INSERT INTO template_node (template_id, position, title, days) VALUES (1, 9, '竣工', 5)", true});
  // Days: real ones in YYYY-MM-DD only.
  for (const auto& [day, good] : std::vector<std::pair<const char*, bool>>{{"2025-02-30", false},
                                                                          {"2023-02-29", false},
                                                                          {"2024-02-29", true},
                                                                          {"2025-12-31", true},
                                                                          {"2025-13-01", false},
                                                                          {"2025-04-31", false},
                                                                          {"2025-4-1", false},
                                                                          {"2025-04-01T00:00:00", false},
                                                                          {" 2025-04-01", false},
                                                                          {"20250401", false},
                                                                          {"", false},
                                                                          {"0000-02-29", true},
                                                                          {"1900-02-29", false},
                                                                          {"9999-12-31", true}}) {
    out.push_back({"project entered_on", "INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-2', "
                                         "'项目二', 1, '" + std::string(day) + "')",
                   !good});
    out.push_back({"report day", "INSERT INTO progress_update (project_id, reported_on, author, created_at) VALUES "
                                 "(1, '" + std::string(day) + "', 'tester', 'now')",
                   !good});
  }
  for (const char* column : {"planned_start", "planned_finish", "started_on"}) {
    out.push_back({column, project_with(std::string(", ") + column, ", '2025-02-30'"), true});
    out.push_back({column, project_with(std::string(", ") + column, ", '2025-02-28'"), false});
  }
  out.push_back({"start after finish", project_with(", planned_start, planned_finish", ", '2025-06-01', '2025-05-31'"), true});
  out.push_back({"start before finish", project_with(", planned_start, planned_finish", ", '2025-05-31', '2025-06-01'"), false});
  for (const char* column : {"baseline_due", "due", "done_on", "deleted_on"}) {
    out.push_back({column, std::string("UPDATE milestone SET ") + column + " = '2025-06-31' WHERE id = 1", true});
    out.push_back({column, std::string("UPDATE milestone SET ") + column + " = '2025-06-30' WHERE id = 1", false});
  }
  out.push_back({"move to a bad day", "INSERT INTO milestone_move (milestone_id, to_due, reason, moved_at, author) VALUES "
                                      "(1, '2025-09-31', '延期', '2025-01-02', 'tester')",
                 true});
  out.push_back({"move", "INSERT INTO milestone_move (milestone_id, from_due, to_due, reason, moved_at, author) VALUES "
                         "(1, NULL, '2025-09-30', '延期', '2025-01-02', 'tester')",
                 false});
  out.push_back({"stage change day", "INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage) VALUES "
                                     "(1, '2025-02-29', 'planned', 'building')",
                 true});
  out.push_back({"plan period", "INSERT INTO plan (region_id, title, period_start) VALUES (1, '规划', '2021-02-29')", true});
  out.push_back({"plan period", "INSERT INTO plan (region_id, title, period_end) VALUES (1, '规划', '2025-12-31')", false});
  // Money and whole numbers: never negative, beyond 2^31 taken.
  out.push_back({"negative budget", project_with(", budget_yuan", ", -1"), true});
  out.push_back({"zero budget", project_with(", budget_yuan", ", 0"), false});
  out.push_back({"budget beyond 2^31", project_with(", budget_yuan", ", 9000000000000"), false});
  out.push_back({"negative investment", report_with(", invested_yuan", ", -5"), true});
  out.push_back({"investment beyond 2^31", report_with(", invested_yuan", ", 3000000000"), false});
  out.push_back({"progress over 100", report_with(", progress_pct", ", 101"), true});
  out.push_back({"progress under 0", report_with(", progress_pct", ", -1"), true});
  out.push_back({"progress 100", report_with(", progress_pct", ", 100"), false});
  out.push_back({"negative plan amount", "INSERT INTO annual_plan (project_id, year, class, author, investment_yuan) "
                                         "VALUES (1, 2025, 'new', 'tester', -1)",
                 true});
  out.push_back({"plan amount beyond 2^31", "INSERT INTO annual_plan (project_id, year, class, author, investment_yuan) "
                                            "VALUES (1, 2025, 'new', 'tester', 50000000000)",
                 false});
  // Stages and other closed lists.
  out.push_back({"unknown stage", project_with(", stage", ", 'started'"), true});
  out.push_back({"stage", project_with(", stage", ", 'suspended'"), false});
  out.push_back({"resume stage", project_with(", resume_stage", ", 'completed'"), true});
  out.push_back({"resume stage", project_with(", resume_stage", ", 'preparing'"), false});
  out.push_back({"finish source", project_with(", finish_source", ", 'guess'"), true});
  out.push_back({"start source", project_with(", start_source", ", 'report'"), true});
  out.push_back({"report stage", report_with(", stage", ", 'Building'"), true});
  // One report of a project a day (kRows has one on 2025-03-01), unless it says it is a second
  // one; corrections carry their original's day.
  const std::string same_day = "INSERT INTO progress_update (project_id, reported_on, author, created_at";
  out.push_back({"second report of a day", same_day + ") VALUES (1, '2025-03-01', 'tester', 'now')", true});
  out.push_back({"second report said so", same_day + ", again) VALUES (1, '2025-03-01', 'tester', 'now', 1)", false});
  out.push_back({"another correction that day",
                 same_day + ", corrects_id, reason) VALUES (1, '2025-03-01', 'tester', 'now', 1, '再改')", false});
  out.push_back({"again is 0 or 1", same_day + ", again) VALUES (1, '2025-03-02', 'tester', 'now', 2)", true});
  out.push_back({"stage change", "INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage) VALUES "
                                 "(1, '2025-02-28', 'planned', 'done')",
                 true});
  out.push_back({"owner kind", "INSERT INTO owner (name, kind, created_at) VALUES ('某公司', 'company', 'now')", true});
  out.push_back({"owner kind", "INSERT INTO owner (name, kind, created_at) VALUES ('某公司', 'enterprise', 'now')", false});
  out.push_back({"problem level", "UPDATE problem SET level = 'nation' WHERE id = 1", true});
  out.push_back({"problem resolved without a day", "UPDATE problem SET status = 'resolved' WHERE id = 1", true});
  out.push_back({"problem resolved", "UPDATE problem SET status = 'resolved', resolved_on = '2025-04-01' WHERE id = 1", false});
  out.push_back({"problem entry kind", "INSERT INTO problem_entry (problem_id, entered_on, kind, author) VALUES "
                                       "(1, '2025-03-01', 'close', 'tester')",
                 true});
  out.push_back({"annual plan year", plan_with("1999", nullptr, nullptr), true});
  out.push_back({"annual plan class", "INSERT INTO annual_plan (project_id, year, class, author) VALUES (1, 2025, 'key', 'x')", true});
  out.push_back({"annual plan start in another year", plan_with("2025", "planned_start", "2026-03-01"), true});
  out.push_back({"annual plan start", plan_with("2026", "planned_start", "2026-03-01"), false});
  out.push_back({"annual plan finish not a day", plan_with("2026", "planned_finish", "2026-02-29"), true});
  out.push_back({"two entries of a year", plan_with("2026", nullptr, nullptr) + "; " + plan_with("2026", nullptr, nullptr),
                 true});
  out.push_back({"a start on a milestone", "UPDATE milestone SET marks_start = 1 WHERE id = 1", true});
  out.push_back({"a start on an approval", "UPDATE milestone SET kind = 'approval', marks_start = 1 WHERE id = 1", false});
  out.push_back({"a flag of 2", "UPDATE milestone SET kind = 'approval', marks_start = 2 WHERE id = 1", true});
  out.push_back({"template days", "UPDATE template_node SET days = 3651 WHERE position = 1", true});
  out.push_back({"template position", "UPDATE template_node SET position = 0 WHERE position = 1", true});
  out.push_back({"template after", "UPDATE template_node SET after = '' WHERE position = 1", true});
  // Text that must say something, and codes.
  out.push_back({"empty code", "INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('', 'x', 1, '2025-01-01')", true});
  out.push_back({"code taken", "INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-1', 'x', 1, '2025-01-01')", true});
  out.push_back({"region code of 9", "INSERT INTO region (code, name_zh, name_en) VALUES ('ABCDEFGHI', 'x', 'x')", true});
  out.push_back({"region code of 8 characters", "INSERT INTO region (code, name_zh, name_en) VALUES ('天门天门天门天门', 'x', 'x')", false});
  out.push_back({"empty leader", "INSERT INTO leader (name, title, created_at) VALUES ('', '副市长', 'now')", true});
  out.push_back({"retired empty", project_with(", retired", ", ''"), true});
  out.push_back({"programme named twice without a plan", "INSERT INTO program (name) VALUES ('专项'); INSERT INTO program (name) VALUES ('专项')", true});
  out.push_back({"profile custom", "INSERT INTO setting_profile (profile, key, value) VALUES ('custom', 'k', 'v')", true});
  // Corrections name their original and say why.
  out.push_back({"a reason without a correction", report_with(", reason", ", 'why'"), true});
  out.push_back({"a correction without a reason", report_with(", corrects_id", ", 1"), true});
  // References.
  out.push_back({"a missing region", "INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('X', 'x', 99, '2025-01-01')", true});
  out.push_back({"a missing report corrected", report_with(", corrects_id, reason", ", 99, 'why'"), true});
  out.push_back({"a missing owner merged into", "UPDATE owner SET merged_into = 42 WHERE id = 1", true});
  out.push_back({"a missing author", "INSERT INTO progress_update (project_id, reported_on, created_at) VALUES (1, '2025-04-01', 'now')", true});
  // Settings: an integer key within its range, a text key one of its values.
  out.push_back({"setting over its range", "UPDATE setting SET value = 3651 WHERE key = 'light.red_days'", true});
  out.push_back({"setting under its range", "UPDATE setting SET value = 0 WHERE key = 'light.red_days'", true});
  out.push_back({"setting in its range", "UPDATE setting SET value = 3650 WHERE key = 'light.red_days'", false});
  out.push_back({"text setting not allowed", "UPDATE setting SET value = 'week' WHERE key = 'schedule.basis'", true});
  out.push_back({"text setting allowed", "UPDATE setting SET value = 'day' WHERE key = 'schedule.basis'", false});
  out.push_back({"text setting part of one allowed", "UPDATE setting SET value = 'mon' WHERE key = 'schedule.basis'", true});
  out.push_back({"setting of no type", "UPDATE setting SET type = 'real' WHERE key = 'home.region'", true});
  // Reports and what superseded them are never changed nor removed.
  out.push_back({"a report edited", "UPDATE progress_update SET note = '改' WHERE id = 1", true, "progress reports are append-only"});
  out.push_back({"a report deleted", "DELETE FROM progress_update WHERE id = 2", true, "progress reports are append-only"});
  out.push_back({"a supersession edited", "UPDATE report_superseded SET id = 2 WHERE id = 1", true,
                 "superseded reports are append-only"});
  out.push_back({"a supersession deleted", "DELETE FROM report_superseded", true, "superseded reports are append-only"});
  out.push_back({"a report added", report_with(", note", ", '正常'"), false});
  return out;
}

// What a statement did: accepted, or refused with the kind of failure (and a trigger's sentence).
struct Outcome {
  bool refused = false;
  sql::Failure kind = sql::Failure::Other;
  std::string message;
};

Outcome attempt(sql::Connection& db, const std::string& statement) {
  sql::Transaction tx(db);  // never committed: each case starts from kRows alone
  try {
    db.execute(statement);
    return {};
  } catch (const sql::Error& e) {
    return {true, e.kind(), e.what()};
  }
}

TEST_F(PostgresMigrations, ConstraintsAndTriggersRefuseWhatSQLitesRefuse) {
  ServerDatabase server;
  testing::TempDatabase lite;
  Database pg = Database::open(server.conninfo());
  for (sql::Connection* db : {&lite.db().sql(), &pg.sql()})
    for (const char* row : kRows) db->execute(row);
  for (const auto& c : cases()) {
    SCOPED_TRACE(std::string(c.what) + ": " + c.sql);
    const Outcome on_sqlite = attempt(lite.db().sql(), c.sql);
    const Outcome on_postgres = attempt(pg.sql(), c.sql);
    EXPECT_EQ(on_sqlite.refused, c.refused) << on_sqlite.message;
    EXPECT_EQ(on_postgres.refused, c.refused) << on_postgres.message;
    if (!c.refused) continue;
    EXPECT_TRUE(on_sqlite.kind == sql::Failure::Constraint) << on_sqlite.message;
    EXPECT_TRUE(on_postgres.kind == sql::Failure::Constraint) << on_postgres.message;
    if (c.message) {
      EXPECT_EQ(on_sqlite.message, c.message);
      EXPECT_EQ(on_postgres.message, c.message);
    }
  }
}

// PostgreSQL's TRUNCATE skips row triggers: it is refused by triggers of its own.
TEST_F(PostgresMigrations, ReportsCannotBeTruncated) {
  ServerDatabase server;
  Database pg = Database::open(server.conninfo());
  for (const char* row : kRows) pg.sql().execute(row);
  for (const auto& [statement, message] :
       std::vector<std::pair<const char*, const char*>>{{"TRUNCATE progress_update CASCADE", "progress reports are append-only"},
                                                       {"TRUNCATE report_superseded", "superseded reports are append-only"}}) {
    const Outcome o = attempt(pg.sql(), statement);
    EXPECT_TRUE(o.refused) << statement;
    EXPECT_TRUE(o.kind == sql::Failure::Constraint) << statement << ": " << o.message;
    EXPECT_EQ(o.message, message);
  }
  EXPECT_EQ(scalar_int(pg.sql(), "SELECT count(*) FROM progress_update"), 2);
}

// 0018's template is id 1, given; the next template is the largest id plus one.
TEST_F(PostgresMigrations, TheNextTemplateAfterTheSeededOneGetsANewId) {
  ServerDatabase server;
  Database pg = Database::open(server.conninfo());
  pg.sql().execute("INSERT INTO node_template (name, created_at) VALUES ('county', '2025-01-01T00:00:00Z')");
  EXPECT_EQ(scalar_int(pg.sql(), "SELECT id FROM node_template WHERE name = 'county'"), 2);
}

// A transaction rolled back gives its ids back, as SQLite's do: the next owner after a refused
// write has the id the refused one would have had, on both backends.
TEST_F(PostgresMigrations, IdsOfARolledBackWriteAreGivenAgainAsInSQLite) {
  ServerDatabase server;
  testing::TempDatabase lite;
  Database pg = Database::open(server.conninfo());
  std::map<std::string, std::vector<std::int64_t>> ids;
  for (Database* db : {&lite.db(), &pg}) {
    auto& got = ids[db == &pg ? "postgres" : "sqlite"];
    auto add = [&](const std::string& name) {
      sql::Statement q(db->sql(), "INSERT INTO owner (name, created_at) VALUES (?, '2025-01-01T00:00:00Z')");
      q.bind(1, name);
      q.run();
      got.push_back(db->sql().last_insert_id());
    };
    add("甲");
    {
      WriteTransaction refused(*db);
      add("乙");
      add("丙");
    }  // rolled back
    add("丁");
  }
  EXPECT_EQ(ids["sqlite"], (std::vector<std::int64_t>{1, 2, 3, 2}));
  EXPECT_EQ(ids["postgres"], ids["sqlite"]);
}

// The store gives a milestone, a problem or a leader the id an import names, or NULL for the
// next one, and reads the id back as the last insert's: both backends number alike.
TEST_F(PostgresMigrations, ANullIdIsTheNextOneAndAGivenIdMovesTheNextAsInSQLite) {
  ServerDatabase server;
  testing::TempDatabase lite;
  Database pg = Database::open(server.conninfo());
  const std::vector<std::pair<std::string, std::string>> tables{
      {"milestone", "INSERT INTO milestone (id, project_id, title, created_at) VALUES (?, 1, 't', 'now')"},
      {"problem", "INSERT INTO problem (id, project_id, text, raised_on, created_at) VALUES (?, 1, 't', 'd', 'now')"},
      {"leader", "INSERT INTO leader (id, name, title, created_at) VALUES (?, 'n', 't', 'now')"}};
  // First an id given, as an import into a database just opened gives it.
  const std::vector<std::optional<std::int64_t>> ids{50, std::nullopt, std::nullopt, 7, std::nullopt};
  for (const auto& [table, insert] : tables) {
    SCOPED_TRACE(table);
    std::map<std::string, std::vector<std::int64_t>> read_back;
    for (sql::Connection* db : {&lite.db().sql(), &pg.sql()}) {
      if (table == "milestone") db->execute(kRows[1]);
      auto& got = read_back[db == &pg.sql() ? "postgres" : "sqlite"];
      for (const auto& id : ids) {
        sql::Statement q(*db, insert);
        q.bind(1, id);
        q.run();
        got.push_back(db->last_insert_id());
      }
      for (const auto& id : strings(*db, "SELECT id FROM " + table + " ORDER BY id")) got.push_back(std::stoll(id));
    }
    // Ids read back, then every id: the 50 given, the 51 and 52 after it, the 7 given, 53.
    const std::vector<std::int64_t> expected{50, 51, 52, 7, 53, 7, 50, 51, 52, 53};
    EXPECT_EQ(read_back["sqlite"], expected);
    EXPECT_EQ(read_back["postgres"], expected);
  }
}

// The migrations that move rows (0009's stage history from the audit, 0011's superseded
// reports, 0014's start days, 0020's authors) do on PostgreSQL what they do on SQLite: both
// are taken to 8 with the same rows, to 19 with the same plan entries, then to the end.
const char* const kRowsAt8[] = {
    "INSERT INTO project (id, code, name_zh, region_id, stage, entered_on) VALUES "
    "(1, 'TM-1', '报告推进', 1, 'building', '2025-01-05'), (2, 'TM-2', '编辑推进', 1, 'building', '2025-01-05'), "
    "(3, 'TM-3', '导入', 1, 'building', '2025-02-01'), (4, 'TM-4', '竣工', 1, 'completed', '2025-01-01'), "
    "(5, 'TM-5', '迟报', 1, 'building', '2025-01-01')",
    "INSERT INTO progress_update (id, project_id, reported_on, stage, author, created_at, corrects_id, reason) VALUES "
    "(1, 1, '2025-02-28', 'building', 'tester', '2025-03-01T10:00:00.900Z', NULL, NULL), "
    "(2, 5, '2025-05-31', 'building', 'tester', '2025-06-01T10:00:01.600Z', NULL, NULL), "
    "(3, 1, '2025-02-28', NULL, 'tester', '2025-03-02T08:00:00.000Z', 1, '填错'), "
    "(4, 1, '2025-02-28', NULL, 'tester', '2025-03-03T08:00:00.000Z', 1, '又错')",
    "INSERT INTO audit (id, at, \"user\", entity, entity_id, project_id, action, before, after) VALUES "
    // A move made by a report, written within the second before it.
    "(1, '2025-01-05T08:00:00.000Z', 'tester', 'project', 1, 1, 'create', NULL, '{\"code\":\"TM-1\"}'), "
    "(2, '2025-03-01T10:00:00.500Z', 'tester', 'project', 1, 1, 'stage', '{\"stage\":\"planned\"}', "
    "'{\"stage\":\"building\"}'), "
    // An edit's move, late in the day: dated by its own day.
    "(3, '2025-01-05T08:00:00.100Z', 'tester', 'project', 2, 2, 'create', NULL, '{\"code\":\"TM-2\"}'), "
    "(4, '2025-04-02T23:59:59.900Z', 'tester', 'project', 2, 2, 'stage', '{\"stage\":\"preparing\"}', "
    "'{\"stage\":\"building\"}'), "
    // An import putting a new project into its stage: no change.
    "(5, '2025-02-01T09:00:00.000Z', 'tester', 'project', 3, 3, 'create', NULL, '{\"code\":\"TM-3\"}'), "
    "(6, '2025-02-01T09:00:00.700Z', 'tester', 'project', 3, 3, 'stage', '{\"stage\":\"planned\"}', "
    "'{\"stage\":\"building\"}'), "
    // A completion, long after the project was made: a change, but no start.
    "(7, '2025-01-01T00:00:00.000Z', 'tester', 'project', 4, 4, 'create', NULL, '{\"code\":\"TM-4\"}'), "
    "(8, '2025-05-05T12:00:00.000Z', 'tester', 'project', 4, 4, 'stage', '{\"stage\":\"building\"}', "
    "'{\"stage\":\"completed\"}'), "
    // A report written more than a second after the move does not date it.
    "(9, '2025-06-01T10:00:00.000Z', 'tester', 'project', 5, 5, 'stage', '{\"stage\":\"planned\"}', "
    "'{\"stage\":\"building\"}'), "
    // No stage before: not a change.
    "(10, '2025-07-01T10:00:00.000Z', 'tester', 'project', 1, 1, 'stage', '{}', '{\"stage\":\"operating\"}')",
};

const char* const kRowsAt19[] = {
    "INSERT INTO annual_plan (id, project_id, year, class) VALUES (1, 1, 2025, 'new'), (2, 2, 2025, 'continuing')",
    // A second report of project 5 on the day of report 2 (log --again), and one the day after.
    "INSERT INTO progress_update (id, project_id, reported_on, stage, author, created_at) VALUES "
    "(5, 5, '2025-05-31', NULL, 'tester', '2025-06-02T10:00:00.000Z'), "
    "(6, 5, '2025-06-01', NULL, 'tester', '2025-06-02T11:00:00.000Z')",
    "INSERT INTO audit (id, at, \"user\", entity, entity_id, project_id, action, before, after) VALUES "
    "(11, '2025-02-01T00:00:00.000Z', 'alice', 'annual_plan', 1, 1, 'create', NULL, '{}'), "
    "(12, '2025-02-02T00:00:00.000Z', 'bob', 'annual_plan', 1, 1, 'edit', '{}', '{}')",
};

std::vector<std::string> moved_rows(sql::Connection& db) {
  std::vector<std::string> out;
  for (const auto& r : rows(db, "SELECT id, project_id, changed_on, from_stage, to_stage, author FROM stage_change ORDER BY id", 6))
    out.push_back("stage_change " + r);
  for (const auto& r : rows(db, "SELECT id FROM report_superseded ORDER BY id", 1)) out.push_back("superseded " + r);
  for (const auto& r : rows(db, "SELECT id, started_on, start_source FROM project ORDER BY id", 3))
    out.push_back("project " + r);
  for (const auto& r : rows(db, "SELECT id, author FROM annual_plan ORDER BY id", 2)) out.push_back("annual_plan " + r);
  for (const auto& r : rows(db, "SELECT id, again FROM progress_update ORDER BY id", 2)) out.push_back("report " + r);
  return out;
}

TEST_F(PostgresMigrations, MigrationsThatMoveRowsMoveThemAsOnSQLite) {
  ServerDatabase server;
  const fs::path dir = fs::temp_directory_path() / ("keyproj-pgmig-rows-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "t.db").string();
  const auto lite = sql::open_sqlite(path, {.create = true});
  const auto pg = sql::open_postgres(server.conninfo(), {});
  const std::span<const Migration> lite_known(builtin_migrations(sql::Dialect::Sqlite));
  const std::span<const Migration> pg_known(builtin_migrations(sql::Dialect::Postgres));
  const std::vector<std::pair<sql::Connection*, std::span<const Migration>>> both{{lite.get(), lite_known},
                                                                                 {pg.get(), pg_known}};
  for (const auto& [db, known] : both) {
    migrate(*db, path, known.first(8));
    for (const char* row : kRowsAt8) db->execute(row);
    migrate(*db, path, known.first(19));
    for (const char* row : kRowsAt19) db->execute(row);
    EXPECT_EQ(migrate(*db, path, known).to_version, last_version());
  }
  const std::vector<std::string> expected{
      "stage_change 1|1|2025-02-28|planned|building|∅",   "stage_change 2|2|2025-04-02|preparing|building|∅",
      "stage_change 3|4|2025-05-05|building|completed|∅", "stage_change 4|5|2025-06-01|planned|building|∅",
      "superseded 1",
      "superseded 3",
      "project 1|2025-02-28|stage",
      "project 2|2025-04-02|stage",
      "project 3|∅|∅",
      "project 4|∅|∅",
      "project 5|2025-06-01|stage",
      "annual_plan 1|bob",
      "annual_plan 2|",
      // Only an original after the first of its project and day is a second report.
      "report 1|0", "report 2|0", "report 3|0", "report 4|0", "report 5|1", "report 6|0",
  };
  EXPECT_EQ(moved_rows(*lite), expected);
  EXPECT_EQ(moved_rows(*pg), moved_rows(*lite));
  fs::remove_all(dir);
}

// The built binary, as an officer runs it against a server database.
TEST_F(PostgresMigrations, InitAndMigrateStatusThroughTheBinary) {
  ServerDatabase server;
  const fs::path capture = fs::temp_directory_path() / ("keyproj-pgmig-" + std::to_string(::getpid()));
  const auto& known = builtin_migrations(sql::Dialect::Postgres);

  auto r = e2e::run_keyproj({"--db", server.conninfo(), "migrate", "--status", "--format", "csv"}, capture);
  EXPECT_EQ(r.code, 0) << r.err;
  std::string pending = "version,name,state,applied_at\r\n";
  for (const auto& m : known) pending += std::to_string(m.version) + "," + m.name + ",pending,\r\n";
  EXPECT_EQ(r.out, pending);

  r = e2e::run_keyproj({"--db", server.conninfo(), "init"}, capture);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(" is ready at schema version " + std::to_string(last_version()) + "\n"), std::string::npos)
      << r.out;

  r = e2e::run_keyproj({"--db", server.conninfo(), "migrate", "--status", "--format", "csv"}, capture);
  EXPECT_EQ(r.code, 0) << r.err;
  // applied_at is the second each was applied: read from the database, as written there.
  Database pg = Database::open(server.conninfo());
  std::string applied = "version,name,state,applied_at\r\n";
  for (const auto& a : applied_migrations(pg)) {
    EXPECT_EQ(a.checksum, migration_checksum(known.at(static_cast<std::size_t>(a.version - 1)).sql));
    applied += std::to_string(a.version) + "," + a.name + ",applied," + a.applied_at + "\r\n";
  }
  EXPECT_EQ(r.out, applied);

  r = e2e::run_keyproj({"--db", server.conninfo(), "migrate"}, capture);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(" is at schema version " + std::to_string(last_version()) + "\n"), std::string::npos) << r.out;
  for (const char* ext : {".out", ".err"}) fs::remove(capture.string() + ext);
}

}  // namespace
}  // namespace keyproj
