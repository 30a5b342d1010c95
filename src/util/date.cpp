#include "util/date.h"

#include <cstdio>
#include <ctime>

#include "util/digits.h"
#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

using namespace std::chrono;

// `sentence` is the catalogue's frame of the refusal: its first two fields are the field's name
// (an option or a column, as the caller gives it) and the value quoted.
template <typename... Args>
[[noreturn]] void reject(const char* sentence, std::string_view field, std::string_view text, Args&&... more) {
  throw rejected(trf(sentence, field, quote(text), std::forward<Args>(more)...));
}

}  // namespace

std::optional<std::int64_t> iso_days(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int y = read_digits(text, 0, 4);
  const int m = read_digits(text, 5, 2);
  const int d = read_digits(text, 8, 2);
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

namespace {

// The parts of a written date, before any check of the calendar.
struct Written {
  enum Kind { Year, Month, Day } kind = Year;
  int year = -1;
  int month = 0;
  int day = 0;
};

// Reads 1 or 2 ASCII digits of `s` at `pos` into `out`, advancing `pos`; false when there are none.
bool short_number(std::string_view s, std::size_t& pos, int& out) {
  std::size_t n = 0;
  out = 0;
  while (pos < s.size() && n < 2 && s[pos] >= '0' && s[pos] <= '9') {
    out = out * 10 + (s[pos++] - '0');
    ++n;
  }
  return n > 0;
}

bool take(std::string_view s, std::size_t& pos, std::string_view what) {
  if (s.substr(pos, what.size()) != what) return false;
  pos += what.size();
  return true;
}

// The forms officers and spreadsheets write: 2026-01-28, 2026-1-28, 2026/1/28, 2026.1.28,
// 20260128, 2026年1月28日; for a period also 2026-01, 2026-1, 2026/1, 2026年1月 and 2026.
// "2026.1" is no month: a spreadsheet shows October (2026.10) as a number, "2026.1". Nothing
// else is read: no spaces, no full-width digits, no two-digit years. nullopt for any other text.
std::optional<Written> written(std::string_view s) {
  Written w;
  w.year = read_digits(s, 0, 4);
  if (w.year < 0) return std::nullopt;
  if (s.size() == 4) return w;
  w.kind = Written::Day;
  if (s.size() == 8 && s[4] >= '0' && s[4] <= '9') {  // 20260128, not 2026/1/5
    w.month = read_digits(s, 4, 2);
    w.day = read_digits(s, 6, 2);
    if (w.month < 0 || w.day < 0) return std::nullopt;
    return w;
  }
  std::size_t pos = 4;
  if (take(s, pos, "年")) {
    if (!short_number(s, pos, w.month) || !take(s, pos, "月")) return std::nullopt;
    if (pos == s.size()) {
      w.kind = Written::Month;
      return w;
    }
    if (!short_number(s, pos, w.day) || !take(s, pos, "日") || pos != s.size()) return std::nullopt;
    return w;
  }
  const char sep = s[pos];
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  ++pos;
  if (!short_number(s, pos, w.month)) return std::nullopt;
  if (pos == s.size()) {
    w.kind = Written::Month;
    return sep == '.' ? std::nullopt : std::optional(w);
  }
  if (s[pos] != sep) return std::nullopt;
  ++pos;
  if (!short_number(s, pos, w.day) || pos != s.size()) return std::nullopt;
  return w;
}

}  // namespace

Date parse_date(std::string_view text, std::string_view field, PeriodEnd end) {
  const bool period = end != PeriodEnd::Exact;
  // The forms are named only in a refusal: a valid date (the common case) builds no sentence.
  const auto forms = [&] { return tr(period ? kPeriodForms : kDayForms); };
  if (text.empty()) reject(N_("{} {} is empty; give {}"), field, text, forms());
  const std::optional<Written> w = written(text);
  if (!w) reject(N_("{} {} is not a date; give {}"), field, text, forms());
  if (w->kind != Written::Day && !period) reject(N_("{} {} is a month or a year, not a day; give {}"), field, text, forms());
  if (w->year < 1900 || w->year > 2200) reject(N_("{} {} has a year outside 1900-2200"), field, text);
  const bool whole_year = w->kind == Written::Year;
  const bool whole_month = w->kind == Written::Month;
  int m = w->month;
  if (whole_year) m = end == PeriodEnd::First ? 1 : 12;
  if (m < 1 || m > 12) reject(N_("{} {} has no month {}"), field, text, m);
  const year_month ym{year{w->year}, month{static_cast<unsigned>(m)}};
  // A month or a year is resolved to its first or last day once the month is known valid; a
  // written day of 0 (2025-01-00) stays an impossible day.
  if (whole_year || whole_month)
    return Date(end == PeriodEnd::First ? year_month_day{ym / 1} : year_month_day{ym / last});
  const year_month_day ymd{ym / day{static_cast<unsigned>(w->day)}};
  if (!ymd.ok()) reject(N_("{} {} is not a day of the calendar"), field, text);
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
