#pragma once
// Dates are stored and shown as ISO text YYYY-MM-DD. One parser reads every date the command
// line and import are given, in the forms officers and spreadsheets write: 2026-01-28,
// 2026-1-28, 2026/1/28, 2026.1.28, 20260128, 2026年1月28日. Where a period is meant, input may
// give a month (2026-01, 2026-1, 2026/1, 2026年1月) or a year (2026): a finish or due of "2025"
// is the period's last day (2025-12-31), a start its first.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/translate.h"

namespace keyproj {

class Date {
 public:
  Date() = default;
  explicit Date(std::chrono::year_month_day ymd) : ymd_(ymd) {}
  static Date from_days(std::int64_t days_since_epoch);

  std::int64_t days() const;  // days since 1970-01-01
  std::string iso() const;    // "2025-12-31"
  int year() const { return static_cast<int>(ymd_.year()); }

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) { return a.days() <=> b.days(); }

 private:
  std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

// Which end of a period a shorter form stands for.
enum class PeriodEnd { Exact, First, Last };

// The forms parse_date reads, as help texts and refusals name them (marked for the catalogue:
// tr(kDayForms) where shown).
inline constexpr std::string_view kDayForms = N_("YYYY-MM-DD, YYYY/M/D, YYYYMMDD or YYYY年M月D日");
inline constexpr std::string_view kPeriodForms =
    N_("a day (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY年M月D日), a month (YYYY-MM, YYYY年M月) or a year (YYYY)");

// Parses `text` (no spaces around it). With PeriodEnd::Exact only a day is accepted; otherwise
// a month or a year too, taken as the first or last day of that month or year. Throws Error(Rejected) naming
// `field` and the value for a malformed or impossible date (2025-02-30, 2025-13-01).
Date parse_date(std::string_view text, std::string_view field, PeriodEnd end = PeriodEnd::Exact);

// Days since 1970-01-01 of `text` when it is a YYYY-MM-DD day of the calendar (of any year, as
// SQLite's date() writes them), else nullopt. For dates the database already holds, read by the
// thousand: no message is built, no year range imposed.
std::optional<std::int64_t> iso_days(std::string_view text);

// Days from `from` to `to` (positive when `to` is later).
inline std::int64_t days_between(const Date& from, const Date& to) { return to.days() - from.days(); }

// Today in local time.
Date today();

}  // namespace keyproj
