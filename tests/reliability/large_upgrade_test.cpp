// A large upgrade: migration 0005 rebuilds the report table, and on a quarter of a million
// reports its statements journal more than SQLite keeps in memory. The journal then goes to a
// file; when that failed ("database or disk is full") every command, which migrates first,
// locked the officer out of the data.

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "e2e/harness.h"
#include "reliability/old_database.h"

namespace keyproj::reliability {
namespace {

constexpr int kReports = 250000;

TEST(LargeUpgrade, VersionOneWithAQuarterMillionReportsKeepsEveryRow) {
  KEYPROJ_SQLITE_ONLY("the upgrade of an old SQLite file");
  e2e::Sandbox s;
  make_v1_database(s.db());
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    SQLite::Statement add(db,
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                          "INSERT INTO progress_update (project_id, reported_on, stage, progress_pct, invested_yuan, "
                          "note, blocker, author, created_at) "
                          "SELECT 1 + i % 2, date('2021-01-01', '+' || (i % 1500) || ' days'), 'building', i % 101, "
                          "i * 1000, '第' || i || '次调度：主体结构施工', NULL, 'officer', '2024-05-31T17:00:00Z' FROM n");
    add.bind(1, kReports);
    add.exec();
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  const auto before = v1_rows(s.db());
  ASSERT_EQ(std::count(before.at("progress_update").begin(), before.at("progress_update").end(), '\n'), kReports + 1);

  const e2e::Outcome r = s.keyproj({"migrate"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");

  const auto after = v1_rows(s.db());
  for (const auto& [table, rows] : before) {
    if (table == "region") EXPECT_TRUE(after.at(table).starts_with(rows)) << table;
    else EXPECT_TRUE(after.at(table) == rows) << table << " differs after the upgrade";
  }
  EXPECT_TRUE(v1_rows(s.db() + ".bak-v1") == before) << "the backup is not the database as it was";
}

}  // namespace
}  // namespace keyproj::reliability
