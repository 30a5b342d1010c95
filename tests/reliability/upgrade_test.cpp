// Upgrades: a database the first release wrote (schema version 1, full of data) is brought to
// the current schema by the binary with every row intact and a backup beside it; a database
// newer than the binary is refused and left byte for byte as it was.

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "e2e/harness.h"
#include "reliability/old_database.h"
#include "store/migrator.h"

namespace keyproj::reliability {
namespace {

namespace fs = std::filesystem;
using e2e::Outcome;
using e2e::Sandbox;

int current_version() { return builtin_migrations(sql::Dialect::Sqlite).back().version; }

std::vector<int> applied_versions(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT version FROM schema_migrations ORDER BY version");
  std::vector<int> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt());
  return out;
}

std::vector<int> all_versions() {
  std::vector<int> out;
  for (const auto& m : builtin_migrations(sql::Dialect::Sqlite)) out.push_back(m.version);
  return out;
}

// Undoes migration 0023: the index of open start nodes. It is the newest: every undo below
// starts with it.
void back_to_version_22(SQLite::Database& db) { db.exec("DROP INDEX milestone_open_start"); }

// Undoes migration 0022: one report of a project a day (0021 changes nothing in a file). 0023
// first.
void back_to_version_21(SQLite::Database& db) {
  back_to_version_22(db);
  db.exec("DROP INDEX progress_update_one_a_day; ALTER TABLE progress_update DROP COLUMN again");
}

// Undoes migration 0020: the authors of plan entries and stage moves. 0022 first.
void back_to_version_19(SQLite::Database& db) {
  back_to_version_21(db);
  db.exec("ALTER TABLE annual_plan DROP COLUMN author; ALTER TABLE stage_change DROP COLUMN author");
}

// Undoes migration 0019: the index of problem entries by day. 0020 first.
void back_to_version_18(SQLite::Database& db) {
  back_to_version_19(db);
  db.exec("DROP INDEX problem_entry_day");
}

// Undoes migration 0018: the approval nodes and their templates. 0019 first.
void back_to_version_17(SQLite::Database& db) {
  back_to_version_18(db);
  db.exec("DROP TABLE template_node; DROP TABLE node_template; ALTER TABLE milestone DROP COLUMN marks_start; "
          "ALTER TABLE milestone DROP COLUMN kind");
}

// Undoes migration 0017: the problems and their entries. 0018 first.
void back_to_version_16(SQLite::Database& db) {
  back_to_version_17(db);
  db.exec("DROP TABLE problem_entry; DROP TABLE problem");
}

// Undoes migration 0016: the responsible leaders. 0017 first.
void back_to_version_15(SQLite::Database& db) {
  back_to_version_16(db);
  db.exec("DROP INDEX project_leader; ALTER TABLE project DROP COLUMN leader_id; DROP TABLE leader");
}

// Undoes migration 0015: the profiles of lights and the settings of the year's rules. 0016 first.
void back_to_version_14(SQLite::Database& db) {
  back_to_version_15(db);
  db.exec("DROP TABLE setting_profile; DELETE FROM setting WHERE key IN ('schedule.basis', 'light.profile', "
          "'light.schedule_rule', 'light.start_rule', 'light.amber_behind_points', 'light.red_behind_points', "
          "'light.amber_below_share', 'light.red_below_share', 'light.schedule_min_plan_yuan', "
          "'light.start_red_months')");
}

// Undoes migration 0014: the annual plan and the projects' starts. 0015 first.
void back_to_version_13(SQLite::Database& db) {
  back_to_version_14(db);
  db.exec("DROP TABLE annual_plan; ALTER TABLE project DROP COLUMN started_on; "
          "ALTER TABLE project DROP COLUMN start_source");
}

// Undoes migration 0011: migration 0007's view of the reports in force, which found the
// superseded reports from the corrections themselves, and no table of them.
void back_to_version_10(SQLite::Database& db) {
  db.exec("DROP VIEW report_in_force; DROP TABLE report_superseded; "
          "CREATE VIEW report_in_force AS SELECT u.* FROM progress_update u WHERE u.id NOT IN ("
          "  SELECT c.corrects_id FROM progress_update c WHERE c.corrects_id IS NOT NULL UNION ALL "
          "  SELECT c.id FROM progress_update c WHERE c.corrects_id IS NOT NULL "
          "    AND c.id < (SELECT max(d.id) FROM progress_update d WHERE d.corrects_id = c.corrects_id))");
}

// Undoes migration 0013: no deleted milestones, no merged owners. owner.merged_into names
// owner(id), which DROP COLUMN refuses: the table is made again as 0001 made it. 0014 first.
void back_to_version_12(SQLite::Database& db) {
  back_to_version_13(db);
  db.exec("DROP INDEX milestone_open_due; ALTER TABLE milestone DROP COLUMN deleted_on; "
          "CREATE INDEX milestone_open_due ON milestone (due, project_id, title) WHERE done_on IS NULL; "
          "CREATE TABLE owner_v12 (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (name <> ''), "
          "  kind TEXT CHECK (kind IS NULL OR kind IN ('unit', 'enterprise')), contact TEXT, created_at TEXT NOT NULL); "
          "INSERT INTO owner_v12 SELECT id, name, kind, contact, created_at FROM owner; DROP TABLE owner; "
          "ALTER TABLE owner_v12 RENAME TO owner");
}

// Undoes migration 0012: the settings table of whole numbers alone, as 0003 made it.
void back_to_version_11(SQLite::Database& db) {
  db.exec("CREATE TABLE setting_int (key TEXT PRIMARY KEY CHECK (key <> ''), "
          "  value INTEGER NOT NULL CHECK (typeof(value) = 'integer'), "
          "  default_value INTEGER NOT NULL CHECK (typeof(default_value) = 'integer'), "
          "  min_value INTEGER NOT NULL, max_value INTEGER NOT NULL, description_en TEXT NOT NULL, "
          "  description_zh TEXT NOT NULL, updated_at TEXT, CHECK (value BETWEEN min_value AND max_value), "
          "  CHECK (default_value BETWEEN min_value AND max_value)); "
          "INSERT INTO setting_int SELECT key, value, default_value, min_value, max_value, description_en, "
          "  description_zh, updated_at FROM setting WHERE type = 'integer'; "
          "DROP TABLE setting; ALTER TABLE setting_int RENAME TO setting");
}

std::set<std::string> files_in(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

TEST(Upgrade, VersionOneKeepsEveryRowAndLeavesABackup) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  make_v1_database(s.db());
  ASSERT_EQ(applied_versions(s.db()), std::vector<int>{1});
  const auto before = v1_rows(s.db());
  ASSERT_NE(before.at("project"), "");
  ASSERT_NE(before.at("progress_update"), "");

  const Outcome r = s.keyproj({"migrate"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "database " + s.db() + " is at schema version " + std::to_string(current_version()) + "\n");
  EXPECT_EQ(applied_versions(s.db()), all_versions());

  // Every row of every table is still there, unchanged; the region table gained the cities
  // of version 2 after its own row.
  const auto after = v1_rows(s.db());
  for (const auto& [table, rows] : before) {
    if (table == "region") EXPECT_TRUE(after.at(table).starts_with(rows)) << after.at(table);
    else EXPECT_EQ(after.at(table), rows) << table;
  }
  // The backup is the database as it was: version 1, same rows.
  const std::string backup = s.db() + ".bak-v1";
  ASSERT_TRUE(fs::exists(backup));
  EXPECT_EQ(applied_versions(backup), std::vector<int>{1});
  EXPECT_EQ(v1_rows(backup), before);
}

TEST(Upgrade, AnyCommandUpgradesOnceAndTheOldDataReadsBack) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  make_v1_database(s.db());
  Outcome r = s.keyproj({"project", "list", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto list = nlohmann::json::parse(r.out);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["code"], "XG-001");
  EXPECT_EQ(list[0]["name_zh"], "孝感临空物流园");
  EXPECT_EQ(list[0]["stage"], "building");
  EXPECT_EQ(list[0]["planned_finish"], "2025-12-31");
  EXPECT_EQ(list[1]["code"], "XG-002");
  EXPECT_EQ(list[1]["stage"], "suspended");
  const std::string backup = s.db() + ".bak-v1";
  ASSERT_TRUE(fs::exists(backup));
  const std::string backup_bytes = file_bytes(backup);

  // Upgraded once: later commands neither migrate again nor touch the backup.
  r = s.keyproj({"project", "show", "XG-001", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["budget_yuan"], 1500000000);
  EXPECT_EQ(j["invested_yuan"], 300000000);
  EXPECT_EQ(j["owner"], "孝感市商务局");
  EXPECT_EQ(file_bytes(backup), backup_bytes);
  EXPECT_EQ(files_in(s.dir()).count("keyproj.db.bak-v" + std::to_string(current_version())), 0u);
  // And the upgraded database takes new work.
  r = s.keyproj({"project", "add", "--code", "TM-100", "--name", "天门新项目", "--region", "TM"});
  EXPECT_EQ(r.code, 0) << r.err;

  // The old report kept its audit row, and history shows it once, from there; a new report
  // has no audit row and is read from the report itself.
  r = s.keyproj({"--user", "张三", "log", "XG-001", "--date", "2024-06-30", "--progress", "45"});
  ASSERT_EQ(r.code, 0) << r.err;
  r = s.keyproj({"history", "XG-001", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<std::string> reports;
  for (const auto& h : nlohmann::ordered_json::parse(r.out))
    if (h["entity"] == "progress_update")
      reports.push_back(h["user"].get<std::string>() + " " + h["entity_id"].dump() + " " + h["after"].dump());
  EXPECT_EQ(reports, (std::vector<std::string>{R"(officer 1 {"progress_pct":40})",
                                               R"(张三 2 {"reported_on":"2024-06-30","stage":"building","progress_pct":45})"}));
}

TEST(Upgrade, ANewerDatabaseIsRefusedAndLeftByteIdentical) {
  KEYPROJ_SQLITE_ONLY("the SQLite file left byte-identical");
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门物流园", "--region", "TM"}).code, 0);
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO schema_migrations VALUES (" + std::to_string(current_version() + 1) +
            ", '9999_future', 'feedfacefeedface', '2030-01-01T00:00:00Z')");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  const std::string bytes = file_bytes(s.db());
  const auto files = files_in(s.dir());
  const std::string refusal = "database schema version " + std::to_string(current_version() + 1) +
                              " is newer than this keyproj knows (" + std::to_string(current_version()) +
                              "); use a newer keyproj\n";
  const std::vector<std::vector<std::string>> commands = {
      {"init"},
      {"migrate"},
      {"project", "list"},
      {"project", "show", "TM-011"},
      {"project", "add", "--code", "TM-012", "--name", "天门新项目", "--region", "TM"},
      {"owner", "add", "--name", "天门市商务局"},
      {"owner", "list"},
  };
  for (const auto& c : commands) {
    const Outcome r = s.keyproj(c);
    EXPECT_EQ(r.code, 5) << c[0];
    EXPECT_EQ(r.err, "keyproj: " + refusal) << c[0];
    EXPECT_EQ(r.out, "") << c[0];
    EXPECT_TRUE(file_bytes(s.db()) == bytes) << c[0] << " changed the file";
    EXPECT_EQ(files_in(s.dir()), files) << c[0] << " left a file beside it";
  }
  // migrate --status only reads: it shows the unknown version and changes nothing.
  const Outcome r = s.keyproj({"migrate", "--status", "--format", "csv"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(",9999_future,unknown (newer),"), std::string::npos) << r.out;
  EXPECT_TRUE(file_bytes(s.db()) == bytes);
}

}  // namespace
}  // namespace keyproj::reliability

namespace keyproj::reliability {
namespace {

// The backup holds the same data as the database: a private database leaves a private copy.
TEST(Upgrade, TheBackupKeepsTheDatabasesPermissions) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  e2e::Sandbox s;
  make_v1_database(s.db());
  const auto private_bits = std::filesystem::perms::owner_read | std::filesystem::perms::owner_write;
  std::filesystem::permissions(s.db(), private_bits);
  const e2e::Outcome r = s.keyproj({"migrate"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(std::filesystem::status(s.db() + ".bak-v1").permissions(), private_bits);
}

// The stage history that figures as of a date read (stage_change) is rebuilt, for a database
// written before it existed, from the audit rows of the moves: the moves a report made dated by
// that report, any other by the day it was entered, the stage an import added a project in no
// move at all. Rebuilt here from the audit of a database this binary wrote, it is the history
// the binary recorded as it went.
TEST(Upgrade, TheStageHistoryIsRebuiltFromTheAuditOfTheMoves) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  // An edit is dated by the as-of date it ran with; the audit keeps only the clock's (UTC) day.
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day today{now};
  char day[32];
  std::snprintf(day, sizeof day, "%04d-%02u-%02u", static_cast<int>(today.year()),
                static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
  s.as_of = day;
  auto ok = [&](const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    ASSERT_EQ(r.code, 0) << args[0] << ": " << r.err;
  };
  ok({"init"});
  ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM"});
  ok({"log", "TM-001", "--date", "2025-03-31", "--stage", "building"});
  ok({"log", "TM-001", "--date", "2025-06-30", "--progress", "20"});
  ok({"log", "TM-001", "--date", "2025-09-30", "--stage", "suspended"});
  ok({"project", "edit", "TM-001", "--stage", "building"});
  ok({"import", s.write("p.csv", "code,name_zh,region,stage\r\nTM-002,天门冷链园,TM,building\r\n"), "--what",
      "projects"});
  auto history = [&] {
    SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT p.code, c.changed_on, c.from_stage, c.to_stage FROM stage_change c "
                            "JOIN project p ON p.id = c.project_id ORDER BY c.id");
    std::string out;
    while (q.executeStep())
      out += q.getColumn(0).getString() + " " + q.getColumn(1).getString() + " " + q.getColumn(2).getString() + "→" +
             q.getColumn(3).getString() + "\n";
    return out;
  };
  const std::string recorded = history();
  EXPECT_EQ(recorded, "TM-001 2025-03-31 planned→building\nTM-001 2025-09-30 building→suspended\n"
                      "TM-001 " + std::string(day) + " suspended→building\n");
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    // Back to version 8: the later migrations are undone too, so that 0009 is the next.
    back_to_version_12(db);
    db.exec("ALTER TABLE project DROP COLUMN retired; DROP TABLE stage_change; DROP INDEX milestone_move_day; "
            "DROP INDEX milestone_done_day");
    back_to_version_11(db);
    back_to_version_10(db);
    db.exec("DELETE FROM schema_migrations WHERE version >= 9");
  }
  ok({"migrate"});
  EXPECT_EQ(history(), recorded);
  // 0014 dates each project's start by its first move to building or beyond: TM-001's report of
  // 2025-03-31 (its resumption later starts nothing); TM-002 entered building, its day unknown.
  SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT code, ifnull(started_on, '-'), ifnull(start_source, '-') FROM project ORDER BY code");
  std::string starts;
  while (q.executeStep())
    starts += q.getColumn(0).getString() + " " + q.getColumn(1).getString() + " " + q.getColumn(2).getString() + "\n";
  EXPECT_EQ(starts, "TM-001 2025-03-31 stage\nTM-002 - -\n");
}

// Migration 0011 lists the reports that corrections superseded, for a database whose
// corrections were made before it: the original of each chain and every correction but the
// latest. What counts is unchanged: the same totals before and after.
TEST(Upgrade, TheReportsCorrectionsSupersededAreListed) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  auto ok = [&](const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
    return r.out;
  };
  ok({"init"});
  ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM"});
  ok({"log", "TM-001", "--date", "2026-01-31", "--invested", "100"});  // report 1
  ok({"log", "TM-001", "--date", "2026-02-28", "--invested", "20"});   // report 2
  ok({"log", "TM-001", "--correct", "1", "--invested", "7", "--reason", "填错"});  // report 3 supersedes 1
  ok({"log", "TM-001", "--correct", "3", "--invested", "9", "--reason", "再改"});  // report 4 supersedes 3
  ok({"log", "TM-001", "--correct", "2", "--invested", "5", "--reason", "填错"});  // report 5 supersedes 2
  auto superseded = [&] {
    SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT group_concat(id, ' ') FROM (SELECT id FROM report_superseded ORDER BY id)");
    q.executeStep();
    return q.getColumn(0).getString();
  };
  EXPECT_EQ(superseded(), "1 2 3");
  const std::string total = ok({"--format", "csv", "project", "list"});
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    back_to_version_12(db);
    back_to_version_11(db);
    back_to_version_10(db);
    db.exec("DELETE FROM schema_migrations WHERE version >= 11");
  }
  ok({"migrate"});
  EXPECT_EQ(superseded(), "1 2 3");
  EXPECT_EQ(ok({"--format", "csv", "project", "list"}), total);
}

// Migration 0020 gives each plan entry the author of its newest audit row (the user who last set
// it); a stage move recorded before it names nobody, as the audit row beside it is not linked to
// it. Moves recorded after it name their user.
TEST(Upgrade, PlanEntriesTakeTheirAuthorsFromTheAudit) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  auto ok = [&](const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
  };
  ok({"init"});
  ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM"});
  ok({"project", "add", "--code", "TM-002", "--name", "天门冷链园", "--region", "TM"});
  ok({"--user", "张三", "plan", "set", "TM-001", "--year", "2026", "--class", "new"});
  ok({"--user", "李四", "plan", "set", "TM-001", "--year", "2026", "--investment", "100万"});
  ok({"--user", "王五", "plan", "set", "TM-002", "--year", "2026", "--class", "reserve"});
  ok({"--user", "赵六", "log", "TM-001", "--date", "2026-01-31", "--stage", "building"});
  auto authors = [&] {
    SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT p.code || ' ' || a.author FROM annual_plan a JOIN project p ON p.id = a.project_id "
                            "UNION ALL SELECT 'move ' || ifnull(c.author, '-') FROM stage_change c ORDER BY 1");
    std::string out;
    while (q.executeStep()) out += q.getColumn(0).getString() + "\n";
    return out;
  };
  EXPECT_EQ(authors(), "TM-001 李四\nTM-002 王五\nmove 赵六\n");
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    back_to_version_19(db);
    db.exec("DELETE FROM schema_migrations WHERE version >= 20");
  }
  ok({"migrate"});
  EXPECT_EQ(authors(), "TM-001 李四\nTM-002 王五\nmove -\n");
}

// Migration 0022 keeps one report of a project a day in the schema: the second reports a file
// already holds (log --again) are marked as such, and a new unmarked one is refused.
TEST(Upgrade, SecondReportsOfADayAreMarkedSo) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  auto ok = [&](const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
  };
  ok({"init"});
  ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM"});
  ok({"log", "TM-001", "--date", "2026-01-31", "--progress", "10"});
  ok({"log", "TM-001", "--date", "2026-01-31", "--progress", "12", "--again"});
  ok({"log", "TM-001", "--correct", "1", "--progress", "11", "--reason", "笔误"});
  ok({"log", "TM-001", "--date", "2026-02-28", "--progress", "20", "--again"});  // the day's first
  EXPECT_EQ(s.rows("SELECT id, again FROM progress_update ORDER BY id"),
            (e2e::Rows{{"1", "0"}, {"2", "1"}, {"3", "0"}, {"4", "0"}}));
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    back_to_version_21(db);
    db.exec("DELETE FROM schema_migrations WHERE version >= 22");
  }
  ok({"migrate"});
  EXPECT_EQ(s.rows("SELECT id, again FROM progress_update ORDER BY id"),
            (e2e::Rows{{"1", "0"}, {"2", "1"}, {"3", "0"}, {"4", "0"}}));
  EXPECT_THROW(s.sql("INSERT INTO progress_update (project_id, reported_on, author, created_at) "
                     "VALUES (1, '2026-02-28', 'x', 'x')"),
               std::runtime_error);
}

// Migration 0012 rebuilds the settings table for text values: a value an office set, and when,
// stays; home.region arrives empty.
TEST(Upgrade, SettingsKeepTheirValuesWhenTheyLearnText) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  Sandbox s;
  auto ok = [&](const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
    return r.out;
  };
  ok({"init"});
  ok({"config", "set", "light.red_days", "120"});
  auto rows = [&] {
    SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT key, value, default_value, min_value, max_value, ifnull(updated_at, '-') "
                            "FROM setting WHERE key <> 'home.region' ORDER BY key");
    std::string out;
    while (q.executeStep())
      for (int i = 0; i < 6; ++i) out += q.getColumn(i).getString() + (i == 5 ? "\n" : " ");
    return out;
  };
  const std::string before = rows();
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    back_to_version_12(db);
    back_to_version_11(db);
    db.exec("DELETE FROM schema_migrations WHERE version >= 12");
  }
  ok({"migrate"});
  EXPECT_EQ(rows(), before);
  EXPECT_NE(before.find("light.red_days 120 90 1 3650 "), std::string::npos) << before;
  EXPECT_EQ(ok({"--format", "csv", "config", "list"}).substr(0, 71),
            "key,type,value,default,min,max,takes,description\r\nhome.region,text,,,,,");
}

}  // namespace
}  // namespace keyproj::reliability
