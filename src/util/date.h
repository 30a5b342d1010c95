#pragma once
// Dates are ISO text YYYY-MM-DD. Where a period is meant, input may give YYYY-MM or YYYY:
// a finish or due of "2025" is the period's last day (2025-12-31), a start its first.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

// Parses `text`. With PeriodEnd::Exact only YYYY-MM-DD is accepted; otherwise YYYY-MM and YYYY
// too, taken as the first or last day of that month or year. Throws Error(Rejected) naming
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
