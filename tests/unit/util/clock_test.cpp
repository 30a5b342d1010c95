#include "util/clock.h"

#include <gtest/gtest.h>

#include "store/sql/sqlite.h"
#include "unit/store/scalar.h"

namespace keyproj {
namespace {

using namespace std::chrono;

TEST(Clock, WritesUtcToTheMillisecond) {
  EXPECT_EQ(utc_timestamp(system_clock::time_point{}), "1970-01-01T00:00:00.000Z");
  const auto t = sys_days{2026y / November / 22} + 8h + 30min + 5s + 7ms;
  EXPECT_EQ(utc_timestamp(t), "2026-11-22T08:30:05.007Z");
  EXPECT_EQ(utc_timestamp(sys_days{2024y / February / 29} + 23h + 59min + 59s + 999ms), "2024-02-29T23:59:59.999Z");
  // Below the millisecond is dropped, never rounded up into the next one.
  EXPECT_EQ(utc_timestamp(sys_days{2025y / December / 31} + 23h + 59min + 59s + 999999us), "2025-12-31T23:59:59.999Z");
}

TEST(Clock, NowIsWhatSQLiteCallsNow) {
  // The reports keyproj stamps sort with the audit rows SQLite stamps: same form, same clock.
  const auto db_connection = sql::open_sqlite(":memory:", {});
  sql::Connection& db = *db_connection;
  const std::string before = testing::scalar_text(db, "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
  const std::string now = utc_timestamp_now();
  const std::string after = testing::scalar_text(db, "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
  EXPECT_EQ(now.size(), 24u);
  EXPECT_LE(before, now);
  EXPECT_LE(now, after);
  const std::string first = utc_timestamp_now();
  EXPECT_LE(first, utc_timestamp_now());
}

}  // namespace
}  // namespace keyproj
