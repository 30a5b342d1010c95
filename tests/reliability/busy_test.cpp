// Another officer's long write (an import, a seed) holds the write lock. Readers must not wait
// for it at all; a writer waits the busy timeout, then gets one sentence instead of SQLite's
// "database is locked".

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>

#include "e2e/harness.h"
#include "e2e/process.h"

namespace keyproj::reliability {
namespace {

using e2e::ProcessResult;
using e2e::run_keyproj;

TEST(Busy, ALongWriteHoldsUpNoReaderAndWritersGetOneSentence) {
  KEYPROJ_SQLITE_ONLY("SQLite's one write lock on the file and its busy timeout");
  e2e::Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门物流园", "--region", "TM"}).code, 0);
  SQLite::Database other(s.db(), SQLite::OPEN_READWRITE);
  SQLite::Transaction long_write(other, SQLite::TransactionBehavior::IMMEDIATE);
  other.exec("INSERT INTO owner (name, created_at) VALUES ('导入中', '2026-11-22T00:00:00Z')");

  const auto started = std::chrono::steady_clock::now();
  const ProcessResult reader = run_keyproj({"--db", s.db(), "project", "list", "--format", "csv"}, s.dir() / "reader");
  const auto reader_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(reader.code, 0) << reader.err;
  EXPECT_NE(reader.out.find("TM-011,天门物流园"), std::string::npos);
  EXPECT_LT(reader_ms, 2500) << "the reader waited for the writer";

  const ProcessResult writer = run_keyproj({"--db", s.db(), "owner", "add", "--name", "天门市商务局"}, s.dir() / "writer");
  EXPECT_EQ(writer.code, 5);
  EXPECT_EQ(writer.err, "keyproj: database '" + s.db() +
                            "' is busy: another keyproj has been writing to it for more than 5 seconds; nothing "
                            "was written, try again when it is done\n");
  long_write.commit();
  SQLite::Database check(s.db(), SQLite::OPEN_READONLY);
  EXPECT_EQ(check.execAndGet("SELECT count(*) FROM owner WHERE name = '天门市商务局'").getInt(), 0);
}

}  // namespace
}  // namespace keyproj::reliability
