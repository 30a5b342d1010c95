#include "util/clock.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>

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

TEST(Clock, NowToTheSecondIsNowWithoutItsMilliseconds) {
  const std::string before = utc_timestamp_now().substr(0, 19);
  const std::string second = utc_second_now();
  ASSERT_EQ(second.size(), 20u);
  EXPECT_EQ(second.back(), 'Z');
  EXPECT_LE(before, second.substr(0, 19));
  EXPECT_LE(second.substr(0, 19), utc_timestamp_now().substr(0, 19));
}

// The zone of the process for the test's length, restored after.
class Zone {
 public:
  explicit Zone(const char* tz) {
    if (const char* was = std::getenv("TZ")) was_ = was;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~Zone() {
    if (was_) setenv("TZ", was_->c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }

 private:
  std::optional<std::string> was_;
};

TEST(Clock, LocalTimeIsTheStampInTheProcesssZoneAsSQLiteWouldShowIt) {
  const Zone beijing("Asia/Shanghai");  // UTC+8, no summer time
  EXPECT_EQ(local_time_text("2026-11-22T08:30:05Z"), "2026-11-22 16:30:05");
  EXPECT_EQ(local_time_text("2026-11-22T20:15:00.999Z"), "2026-11-23 04:15:00");
  EXPECT_EQ(local_time_text("2024-02-28T16:00:00.000Z"), "2024-02-29 00:00:00");
  const auto db_connection = sql::open_sqlite(":memory:", {});
  for (const char* stamp : {"2026-01-01T00:00:00Z", "2025-12-31T15:59:59.999Z", "2000-02-29T12:00:00.500Z"}) {
    EXPECT_EQ(local_time_text(stamp),
              testing::scalar_text(*db_connection,
                                   std::string("SELECT strftime('%Y-%m-%d %H:%M:%S', '") + stamp + "', 'localtime')"))
        << stamp;
  }
}

TEST(Clock, OnlyTheTwoStampFormsHaveALocalTime) {
  for (const char* text : {"", "2026-11-22", "2026-11-22 08:30:05", "2026-11-22T08:30:05", "2026-11-22T08:30:05.12Z",
                           "2026-11-22T24:00:00Z", "2026-13-22T08:30:05Z", "2026-11-22T08:30:05+08", "x026-11-22T08:30:05Z"})
    EXPECT_EQ(local_time_text(text), std::nullopt) << text;
}

}  // namespace
}  // namespace keyproj
