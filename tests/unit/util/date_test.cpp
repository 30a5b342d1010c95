#include "util/date.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "util/error.h"
#include "unit/in_language.h"
#include "unit/refusal.h"

namespace keyproj {
namespace {

TEST(ParseDate, ExactIsoDates) {
  EXPECT_EQ(parse_date("2025-12-31", "due").iso(), "2025-12-31");
  EXPECT_EQ(parse_date("2024-02-29", "due").iso(), "2024-02-29");
}

// The forms officers and spreadsheets write all read as the same day.
TEST(ParseDate, EveryWrittenFormOfADay) {
  for (const char* text : {"2026-01-28", "2026-1-28", "2026/1/28", "2026/01/28", "2026.1.28", "20260128",
                           "2026年1月28日", "2026年01月28日"})
    EXPECT_EQ(parse_date(text, "date").iso(), "2026-01-28") << text;
  EXPECT_EQ(parse_date("2024年2月29日", "date").iso(), "2024-02-29");
  // Eight characters, like 20260105, yet not the compact form.
  for (const char* text : {"2026/1/5", "2026-1-5", "2026.1.5"}) EXPECT_EQ(parse_date(text, "date").iso(), "2026-01-05");
}

TEST(ParseDate, EveryWrittenFormOfAMonth) {
  for (const char* text : {"2026-02", "2026-2", "2026/2", "2026年2月"}) {
    EXPECT_EQ(parse_date(text, "start", PeriodEnd::First).iso(), "2026-02-01") << text;
    EXPECT_EQ(parse_date(text, "finish", PeriodEnd::Last).iso(), "2026-02-28") << text;
  }
  // A spreadsheet shows October, 2026.10, as the number 2026.1: a dotted month is no month.
  EXPECT_THROW(parse_date("2026.1", "finish", PeriodEnd::Last), Error);
  EXPECT_THROW(parse_date("2026.10", "finish", PeriodEnd::Last), Error);
}

TEST(ParseDate, NoOtherForms) {
  for (const char* text : {"2026-1-28 ", "2026/1/28/", "2026年1月28", "2026年1月28日 ", "2026-001-28", "26-01-28",
                           "2026年", "202601", "2026-1-", "2026/1.28", "+2026-01-28", "2026-01-28T08:00"})
    EXPECT_THROW(parse_date(text, "date", PeriodEnd::Last), Error) << text;
}

TEST(ParseDate, PeriodsTakeTheirFirstOrLastDay) {
  EXPECT_EQ(parse_date("2025", "finish", PeriodEnd::Last).iso(), "2025-12-31");
  EXPECT_EQ(parse_date("2025", "start", PeriodEnd::First).iso(), "2025-01-01");
  EXPECT_EQ(parse_date("2024-02", "finish", PeriodEnd::Last).iso(), "2024-02-29");
  EXPECT_EQ(parse_date("2023-02", "finish", PeriodEnd::Last).iso(), "2023-02-28");
  EXPECT_EQ(parse_date("2023-06", "start", PeriodEnd::First).iso(), "2023-06-01");
}

TEST(ParseDate, ExactRefusesPeriods) {
  EXPECT_THROW(parse_date("2025", "date"), Error);
  EXPECT_THROW(parse_date("2025-06", "date"), Error);
}

std::string message(std::string_view text, PeriodEnd end = PeriodEnd::Exact) {
  try {
    parse_date(text, "due", end);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    return e.what();
  }
  return "accepted";
}

TEST(ParseDate, RejectsWithTheFieldAndValue) {
  EXPECT_EQ(message("2025-02-30"), "due '2025-02-30' is not a day of the calendar");
  EXPECT_EQ(message("2023-02-29"), "due '2023-02-29' is not a day of the calendar");
  EXPECT_EQ(message("2025-13-01"), "due '2025-13-01' has no month 13");
  EXPECT_EQ(message("2025-00-10"), "due '2025-00-10' has no month 0");
  EXPECT_EQ(message("20251301"), "due '20251301' has no month 13");
  EXPECT_EQ(message("2027-2-29"), "due '2027-2-29' is not a day of the calendar");
  EXPECT_EQ(message("2027年2月29日"), "due '2027年2月29日' is not a day of the calendar");
  EXPECT_EQ(message(""), "due '' is empty; give YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
  EXPECT_EQ(message("tomorrow"), "due 'tomorrow' is not a date; give YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
  EXPECT_EQ(message("2025-06"), "due '2025-06' is a month or a year, not a day; give YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
  EXPECT_EQ(message("2025/1-1"), "due '2025/1-1' is not a date; give YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
  EXPECT_EQ(message(" 2025-01-01"), "due ' 2025-01-01' is not a date; give YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
  EXPECT_EQ(message("0001-01-01"), "due '0001-01-01' has a year outside 1900-2200");
  EXPECT_EQ(message("2025-13", PeriodEnd::Last), "due '2025-13' has no month 13");
  EXPECT_EQ(message("２０２５", PeriodEnd::Last), "due '２０２５' is not a date; give a day (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY年M月D日), a month (YYYY-MM, YYYY年M月) or a year (YYYY)");
}

// Day 00 once slipped through as "the whole month": 2025-01-00 became 2025-01-31 (or -01).
TEST(ParseDate, DayZeroIsNotAWholeMonth) {
  EXPECT_EQ(message("2025-01-00"), "due '2025-01-00' is not a day of the calendar");
  EXPECT_EQ(message("2025-01-00", PeriodEnd::Last), "due '2025-01-00' is not a day of the calendar");
  EXPECT_EQ(message("2025-01-00", PeriodEnd::First), "due '2025-01-00' is not a day of the calendar");
}

TEST(Date, DaysBetween) {
  EXPECT_EQ(days_between(parse_date("2025-12-31", "a"), parse_date("2026-11-22", "b")), 326);
  EXPECT_EQ(days_between(parse_date("2026-11-22", "a"), parse_date("2026-11-22", "b")), 0);
  EXPECT_EQ(Date::from_days(parse_date("2024-03-01", "a").days()).iso(), "2024-03-01");
}

TEST(IsoDays, AgreesWithDateForEveryDayOfSeveralYears) {
  for (std::int64_t d = parse_date("1999-12-01", "a").days(); d <= parse_date("2029-03-01", "b").days(); ++d)
    ASSERT_EQ(iso_days(Date::from_days(d).iso()), d) << Date::from_days(d).iso();
  EXPECT_EQ(iso_days("1970-01-01"), 0);
  EXPECT_EQ(iso_days("1800-01-01"), -62091);  // no year range: SQLite's dates are taken as written
  EXPECT_EQ(iso_days("9999-12-31"), 2932896);
}

TEST(IsoDays, NothingForWhatIsNotADay) {
  for (const char* text : {"", "2025", "2025-02", "2025-02-29", "2025-13-01", "2025-01-00", "2025-1-01", "2025/01/01",
                           "2025-01-01 ", " 2025-01-01", "20x5-01-01", "2025-01-0a"})
    EXPECT_EQ(iso_days(text), std::nullopt) << text;
  EXPECT_EQ(iso_days("2024-02-29"), parse_date("2024-02-29", "a").days());
}

TEST(Date, IsoIsYearMonthDayForEveryDayOfYearsOneTo9999) {
  // iso() writes the digits by hand; snprintf is the reference.
  using namespace std::chrono;
  const std::int64_t first = sys_days{year{1} / January / 1}.time_since_epoch().count();
  const std::int64_t last = sys_days{year{9999} / December / 31}.time_since_epoch().count();
  std::int64_t differing = 0;
  for (std::int64_t d = first; d <= last; ++d) {
    const Date date = Date::from_days(d);
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{d}}};
    char expected[16];
    std::snprintf(expected, sizeof expected, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    if (date.iso() != expected) ++differing;
  }
  EXPECT_EQ(differing, 0);
  EXPECT_EQ(Date::from_days(first).iso(), "0001-01-01");
  EXPECT_EQ(Date::from_days(last).iso(), "9999-12-31");
}

// Under Chinese the refusal is the catalogue's sentence; the field (an option or a column) and
// the value stay as given.
TEST(ParseDate, ARefusalUnderChineseIsAChineseSentence) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(refusal_of([] { parse_date("2027-2-29", "--due"); }), "--due '2027-2-29' 不是日历上的日期");
  EXPECT_EQ(refusal_of([] { parse_date("明天", "date"); }),
            "date '明天' 不是日期；请按 YYYY-MM-DD、YYYY/M/D、YYYYMMDD 或 YYYY年M月D日 填写");
  EXPECT_EQ(refusal_of([] { parse_date("2026-13", "--finish", PeriodEnd::Last); }), "--finish '2026-13' 没有 13 月");
}

TEST(ParseDate, ARefusalUnderEnglishIsTheEnglishSentence) {
  EXPECT_EQ(refusal_of([] { parse_date("2027-2-29", "--due"); }), "--due '2027-2-29' is not a day of the calendar");
  EXPECT_EQ(refusal_of([] { parse_date("2026-13", "--finish", PeriodEnd::Last); }), "--finish '2026-13' has no month 13");
}

}  // namespace
}  // namespace keyproj
