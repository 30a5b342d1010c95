#include "store/migrator.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/database.h"
#include "store/sql/error.h"
#include "store/sql/sqlite.h"
#include "store/sql/transaction.h"
#include "unit/store/scalar.h"
#include "util/error.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

class MigratorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("keyproj-migrator-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string bytes(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  fs::path dir_;
  std::string path_;
};

const EmbeddedFile kV1[] = {{"0001_first.sql", "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT);"}};
const EmbeddedFile kV2[] = {{"0001_first.sql", "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT);"},
                            {"0002_second.sql", "ALTER TABLE thing ADD COLUMN size INTEGER;"}};
const EmbeddedFile kV1Edited[] = {{"0001_first.sql", "CREATE TABLE thing (id INTEGER PRIMARY KEY, label TEXT);"}};

TEST_F(MigratorTest, FreshDatabaseGetsEveryMigrationAndNoBackup) {
  const auto db_connection = sql::open_sqlite(path_, {.create = true});
  sql::Connection& db = *db_connection;
  const auto result = migrate(db, path_, migrations_from(kV2));
  EXPECT_EQ(result.from_version, 0);
  EXPECT_EQ(result.to_version, 2);
  EXPECT_FALSE(result.backup_path);
  const auto applied = applied_migrations(db);
  ASSERT_EQ(applied.size(), 2u);
  EXPECT_EQ(applied[0].name, "0001_first");
  EXPECT_EQ(applied[1].name, "0002_second");
  EXPECT_EQ(applied[1].checksum, migration_checksum(kV2[1].content));
  EXPECT_FALSE(fs::exists(path_ + ".bak-v0"));
}

TEST_F(MigratorTest, UpgradeKeepsRowsAndWritesABackupFirst) {
  {
    const auto db_connection = sql::open_sqlite(path_, {.create = true});
    sql::Connection& db = *db_connection;
    migrate(db, path_, migrations_from(kV1));
    db.execute("INSERT INTO thing (name) VALUES ('天门')");
  }
  const auto db_connection = sql::open_sqlite(path_, {.create = false});
  sql::Connection& db = *db_connection;
  const auto result = migrate(db, path_, migrations_from(kV2));
  EXPECT_EQ(result.from_version, 1);
  EXPECT_EQ(result.to_version, 2);
  ASSERT_TRUE(result.backup_path);
  EXPECT_EQ(*result.backup_path, path_ + ".bak-v1");
  // The backup is the database as it was before: version 1, with its row.
  const auto backup_connection = sql::open_sqlite(*result.backup_path, {.create = false});
  sql::Connection& backup = *backup_connection;
  EXPECT_EQ(applied_migrations(backup).size(), 1u);
  EXPECT_EQ(testing::scalar_text(backup, "SELECT name FROM thing"), "天门");
  EXPECT_EQ(testing::scalar_text(db, "SELECT name || '/' || ifnull(size, 'null') FROM thing"), "天门/null");
}

TEST_F(MigratorTest, MigratingTwiceChangesNothing) {
  const auto db_connection = sql::open_sqlite(path_, {.create = true});
  sql::Connection& db = *db_connection;
  migrate(db, path_, migrations_from(kV2));
  const auto again = migrate(db, path_, migrations_from(kV2));
  EXPECT_EQ(again.from_version, 2);
  EXPECT_EQ(again.to_version, 2);
  EXPECT_FALSE(again.backup_path);
}

// Every command opens the database through migrate(): once it is up to date that must not
// take the write lock, or a reader fails whenever another officer's write lasts 5 seconds.
TEST_F(MigratorTest, UpToDateDatabaseIsMigratedWithoutTheWriteLock) {
  {
    const auto db_connection = sql::open_sqlite(path_, {.create = true});
    sql::Connection& db = *db_connection;
    db.execute("PRAGMA journal_mode = WAL");
    migrate(db, path_, migrations_from(kV2));
  }
  const auto writer_connection = sql::open_sqlite(path_, {.create = false});
  sql::Connection& writer = *writer_connection;
  sql::Transaction held(writer);
  const auto db_connection = sql::open_sqlite(path_, {.create = false});
  sql::Connection& db = *db_connection;
  const auto result = migrate(db, path_, migrations_from(kV2));
  EXPECT_EQ(result.from_version, 2);
  EXPECT_EQ(result.to_version, 2);
}

TEST_F(MigratorTest, NewerSchemaIsRefusedAndLeftUntouched) {
  {
    const auto db_connection = sql::open_sqlite(path_, {.create = true});
    sql::Connection& db = *db_connection;
    migrate(db, path_, migrations_from(kV2));
  }
  const std::string before = bytes(path_);
  const auto db_connection = sql::open_sqlite(path_, {.create = false});
  sql::Connection& db = *db_connection;
  try {
    migrate(db, path_, migrations_from(kV1));
    FAIL() << "a newer database was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_STREQ(e.what(), "database schema version 2 is newer than this keyproj knows (1); use a newer keyproj");
  }
  EXPECT_EQ(bytes(path_), before);
}

TEST_F(MigratorTest, ChangedMigrationIsRefused) {
  const auto db_connection = sql::open_sqlite(path_, {.create = true});
  sql::Connection& db = *db_connection;
  migrate(db, path_, migrations_from(kV1));
  try {
    migrate(db, path_, migrations_from(kV1Edited));
    FAIL() << "an edited migration was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_NE(std::string(e.what()).find("migration 0001_first was changed after it was applied"), std::string::npos);
  }
}

// Opening another program's SQLite file once added keyproj's tables to it (and a backup
// beside it); it is refused now, byte for byte untouched.
TEST_F(MigratorTest, AnotherProgramsDatabaseIsRefusedAndLeftUntouched) {
  {
    const auto db_connection = sql::open_sqlite(path_, {.create = true});
    sql::Connection& db = *db_connection;
    db.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('纪要')");
    EXPECT_TRUE(is_foreign(db));
  }
  const std::string before = bytes(path_);
  try {
    Database::open(path_);
    FAIL() << "another program's database was opened";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_EQ(std::string(e.what()), "database '" + path_ +
                                         "' is not a keyproj database: it holds tables of another program; give "
                                         "another --db");
  }
  EXPECT_EQ(bytes(path_), before);
  EXPECT_FALSE(fs::exists(path_ + ".bak-v0"));
}

TEST_F(MigratorTest, AnEmptyFileIsNotForeign) {
  const auto db_connection = sql::open_sqlite(path_, {.create = true});
  sql::Connection& db = *db_connection;
  EXPECT_FALSE(is_foreign(db));
}

TEST_F(MigratorTest, BuiltinMigrationsCreateTheModelAndTheFiveRegions) {
  Database db = Database::open(path_);
  EXPECT_EQ(testing::scalar_text(db.sql(), "SELECT group_concat(code, ',') FROM (SELECT code FROM region ORDER BY id)"),
            "TM,EZ,WH,ZS,JM");
  for (const char* table : {"region", "plan", "program", "owner", "project", "milestone", "progress_update", "audit"})
    EXPECT_EQ(testing::scalar_int(db.sql(), std::string("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '") +
                                                table + "'"),
              1)
        << table;
  EXPECT_EQ(testing::scalar_text(db.sql(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(testing::scalar_int(db.sql(), "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(testing::scalar_int(db.sql(), "PRAGMA synchronous"), 2);  // FULL
}

TEST_F(MigratorTest, SchemaRefusesBadValuesWhateverWritesThem) {
  Database db = Database::open(path_);
  auto& sql = db.sql();
  sql.execute("INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-1', '甲', 1, '2026-01-01')");
  EXPECT_THROW(sql.execute("UPDATE project SET stage = 'started'"), sql::Error);
  EXPECT_THROW(sql.execute("UPDATE project SET budget_yuan = -1"), sql::Error);
  EXPECT_THROW(sql.execute("UPDATE project SET budget_yuan = 1.5"), sql::Error);
  EXPECT_THROW(sql.execute("UPDATE project SET planned_finish = '2025-02-30'"), sql::Error);
  EXPECT_THROW(sql.execute("UPDATE project SET planned_finish = '2025'"), sql::Error);
  EXPECT_THROW(sql.execute("INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-1', '乙', 1, '2026-01-01')"),
               sql::Error);
  EXPECT_THROW(sql.execute("INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-2', '乙', 99, '2026-01-01')"),
               sql::Error);
  sql.execute("INSERT INTO progress_update (project_id, reported_on, author, created_at) VALUES (1, '2026-01-02', 'a', 'now')");
  EXPECT_THROW(sql.execute("UPDATE progress_update SET note = 'x'"), sql::Error);
  // A report is its own audit record (migration 0006): it cannot be deleted either.
  EXPECT_THROW(sql.execute("DELETE FROM progress_update"), sql::Error);
  EXPECT_EQ(testing::scalar_int(sql, "SELECT count(*) FROM progress_update"), 1);
}

// Migration 0005 spells the stage rules as comparisons: they must accept and refuse exactly
// what the IN lists of 0001 did.
TEST_F(MigratorTest, StageRulesAcceptEveryStageAndNothingElse) {
  Database db = Database::open(path_);
  auto& sql = db.sql();
  sql.execute("INSERT INTO project (code, name_zh, region_id, entered_on) VALUES ('TM-1', '甲', 1, '2026-01-01')");
  for (const char* stage : {"planned", "preparing", "building", "completed", "operating", "suspended", "cancelled"}) {
    EXPECT_NO_THROW(sql.execute(std::string("UPDATE project SET stage = '") + stage + "'")) << stage;
    EXPECT_NO_THROW(sql.execute(std::string("INSERT INTO progress_update (project_id, reported_on, stage, author, "
                                         "created_at, again) VALUES (1, '2026-01-02', '") + stage + "', 'a', 'now', 1)"))
        << stage;
  }
  for (const char* bad : {"started", "Planned", "planned ", ""}) {
    EXPECT_THROW(sql.execute(std::string("UPDATE project SET stage = '") + bad + "'"), sql::Error) << bad;
    EXPECT_THROW(sql.execute(std::string("INSERT INTO progress_update (project_id, reported_on, stage, author, "
                                      "created_at) VALUES (1, '2026-01-02', '") + bad + "', 'a', 'now')"),
                 sql::Error)
        << bad;
  }
  EXPECT_THROW(sql.execute("UPDATE project SET stage = NULL"), sql::Error);
  EXPECT_NO_THROW(sql.execute("INSERT INTO progress_update (project_id, reported_on, author, created_at) "
                              "VALUES (1, '2026-01-03', 'a', 'now')"));
  for (const char* stage : {"planned", "preparing", "building"})
    EXPECT_NO_THROW(sql.execute(std::string("UPDATE project SET resume_stage = '") + stage + "'")) << stage;
  EXPECT_THROW(sql.execute("UPDATE project SET resume_stage = 'completed'"), sql::Error);
  for (const char* source : {"stated", "plan", "officer"})
    EXPECT_NO_THROW(sql.execute(std::string("UPDATE project SET finish_source = '") + source + "'")) << source;
  EXPECT_THROW(sql.execute("UPDATE project SET finish_source = 'guess'"), sql::Error);
  // The rebuilt tables keep their indexes and the trigger (project_leader is migration 0016's).
  EXPECT_EQ(testing::scalar_text(sql, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE tbl_name IN "
                                     "('project', 'progress_update') AND type IN ('index', 'trigger') ORDER BY name)"),
            "progress_update_append_only,progress_update_corrects,"
            "progress_update_never_deleted,progress_update_one_a_day,progress_update_project,project_leader,project_owner,project_program,"
            "project_region,"
            "sqlite_autoindex_project_1");
}

const EmbeddedFile kOrphaning[] = {
    {"0001_first.sql",
     "CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (id INTEGER PRIMARY KEY, "
     "parent_id INTEGER REFERENCES parent(id)); INSERT INTO parent VALUES (1); INSERT INTO child VALUES (7, 1);"},
    {"0002_orphans.sql", "DELETE FROM parent;"}};

TEST_F(MigratorTest, AMigrationThatOrphansARowIsNotApplied) {
  const auto db_connection = sql::open_sqlite(path_, {.create = true});
  sql::Connection& db = *db_connection;
  db.execute("PRAGMA foreign_keys = ON");
  try {
    migrate(db, path_, migrations_from(kOrphaning));
    FAIL() << "migrated";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_STREQ(e.what(), "migration 0002_orphans would leave row 7 of child pointing at a missing row of parent; "
                           "it was not applied");
  }
  EXPECT_EQ(applied_migrations(db).size(), 1u);
  EXPECT_EQ(testing::scalar_int(db, "SELECT count(*) FROM parent"), 1);
  EXPECT_EQ(testing::scalar_int(db, "PRAGMA foreign_keys"), 1);  // on again for the command
}

// Databases store these checksums, so the function is FNV-1a of 64 bits for good: the published
// test vectors, at run time and as the compiler computes them for the embedded migrations.
TEST(MigrationChecksum, IsFnv1aOf64BitsInHex) {
  EXPECT_EQ(migration_checksum(""), "cbf29ce484222325");
  EXPECT_EQ(migration_checksum("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(migration_checksum("foobar"), "85944171f73967e8");
  static constexpr unsigned char kFoobar[] = {'f', 'o', 'o', 'b', 'a', 'r'};
  static_assert(fnv1a(kFoobar, sizeof kFoobar) == 0x85944171f73967e8ULL);
}

// A database at version N has the same schema whichever backend holds it: both dialects number
// the same migrations, 1 to the last with no gap, under the same names, each checksummed from
// its own text.
TEST(BuiltinMigrations, BothDialectsHaveTheSameNumbersAndNames) {
  const auto& sqlite = builtin_migrations(sql::Dialect::Sqlite);
  const auto& postgres = builtin_migrations(sql::Dialect::Postgres);
  ASSERT_FALSE(sqlite.empty());
  ASSERT_EQ(postgres.size(), sqlite.size());
  for (std::size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(sqlite[i].version, static_cast<int>(i) + 1) << sqlite[i].name;
    EXPECT_EQ(postgres[i].version, sqlite[i].version);
    EXPECT_EQ(postgres[i].name, sqlite[i].name);
    EXPECT_EQ(postgres[i].checksum, migration_checksum(postgres[i].sql)) << postgres[i].name;
    EXPECT_EQ(sqlite[i].checksum, migration_checksum(sqlite[i].sql)) << sqlite[i].name;
  }
}

}  // namespace
}  // namespace keyproj
