#include "util/date.h"

#include <cstdio>
#include <ctime>

#include "util/digits.h"
#include "util/error.h"

namespace keyproj {
namespace {

using namespace std::chrono;

[[noreturn]] void reject(std::string_view field, std::string_view text, std::string_view why) {
  throw rejected(std::string(field) + " '" + std::string(text) + "' " + std::string(why));
}

// Reads exactly `n` ASCII digits of `s` from `pos`; -1 when they are not all digits.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::optional<std::int64_t> iso_days(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int y = digits(text, 0, 4);
  const int m = digits(text, 5, 2);
  const int d = digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd).time_since_epoch().count();
}

Date Date::from_days(std::int64_t d) { return Date(year_month_day(sys_days(std::chrono::days{d}))); }

std::int64_t Date::days() const { return sys_days(ymd_).time_since_epoch().count(); }

std::string Date::iso() const {
  const int y = static_cast<int>(ymd_.year());
  if (y < 0 || y > 9999) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, static_cast<unsigned>(ymd_.month()),
                  static_cast<unsigned>(ymd_.day()));
    return buf;
  }
  std::string out = "0000-00-00";
  write_digits(&out[0], static_cast<unsigned>(y), 4);
  write_digits(&out[5], static_cast<unsigned>(ymd_.month()), 2);
  write_digits(&out[8], static_cast<unsigned>(ymd_.day()), 2);
  return out;
}

Date parse_date(std::string_view text, std::string_view field, PeriodEnd end) {
  const std::string_view form =
      end == PeriodEnd::Exact ? "give YYYY-MM-DD" : "give YYYY-MM-DD, YYYY-MM or YYYY";
  if (text.empty()) reject(field, text, std::string("is empty; ") + std::string(form));
  const int y = digits(text, 0, 4);
  int m = -1;
  int d = -1;
  // YYYY-MM names a month, not a day: its day is resolved once the month is known valid. A
  // flag, not a day of 0, marks it, so that a typed "2025-01-00" stays an impossible day.
  bool whole_month = false;
  if (y < 0) reject(field, text, std::string("is not a date; ") + std::string(form));
  if (text.size() == 4 && end != PeriodEnd::Exact) {
    m = end == PeriodEnd::First ? 1 : 12;
    d = end == PeriodEnd::First ? 1 : 31;
  } else if (text.size() == 7 && text[4] == '-' && end != PeriodEnd::Exact) {
    m = digits(text, 5, 2);
    whole_month = true;
  } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    m = digits(text, 5, 2);
    d = digits(text, 8, 2);
  } else {
    reject(field, text, std::string("is not a date; ") + std::string(form));
  }
  if (m < 0 || (d < 0 && !whole_month)) reject(field, text, std::string("is not a date; ") + std::string(form));
  if (y < 1900 || y > 2200) reject(field, text, "has a year outside 1900-2200");
  if (m < 1 || m > 12) reject(field, text, "has no month " + std::to_string(m));
  const year_month ym{year{y}, month{static_cast<unsigned>(m)}};
  if (whole_month) {
    const year_month_day ymd =
        end == PeriodEnd::First ? year_month_day{ym / 1} : year_month_day{ym / last};
    return Date(ymd);
  }
  const year_month_day ymd{ym / day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) reject(field, text, "is not a day of the calendar");
  return Date(ymd);
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date(year_month_day{year{local.tm_year + 1900}, month{static_cast<unsigned>(local.tm_mon + 1)},
                             day{static_cast<unsigned>(local.tm_mday)}});
}

}  // namespace keyproj
