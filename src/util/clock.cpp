#include "util/clock.h"

#include <ctime>

#include "util/date.h"
#include "util/digits.h"

namespace keyproj {

std::string utc_timestamp(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  const auto ms = floor<milliseconds>(t);
  const auto day = floor<days>(ms);
  const year_month_day ymd{day};
  const hh_mm_ss hms{ms - day};
  std::string out = "0000-00-00T00:00:00.000Z";
  write_digits(&out[0], static_cast<unsigned>(static_cast<int>(ymd.year())), 4);
  write_digits(&out[5], static_cast<unsigned>(ymd.month()), 2);
  write_digits(&out[8], static_cast<unsigned>(ymd.day()), 2);
  write_digits(&out[11], static_cast<unsigned>(hms.hours().count()), 2);
  write_digits(&out[14], static_cast<unsigned>(hms.minutes().count()), 2);
  write_digits(&out[17], static_cast<unsigned>(hms.seconds().count()), 2);
  write_digits(&out[20], static_cast<unsigned>(hms.subseconds().count()), 3);
  return out;
}

std::optional<std::string> local_time_text(std::string_view utc) {
  // 2026-11-22T08:30:00Z or 2026-11-22T08:30:00.123Z
  const bool millis = utc.size() == 24;
  if (utc.size() != 20 && !millis) return std::nullopt;
  if (utc[10] != 'T' || utc[13] != ':' || utc[16] != ':' || utc.back() != 'Z') return std::nullopt;
  if (millis && (utc[19] != '.' || read_digits(utc, 20, 3) < 0)) return std::nullopt;
  const auto days = iso_days(utc.substr(0, 10));
  const int hour = read_digits(utc, 11, 2), minute = read_digits(utc, 14, 2), second = read_digits(utc, 17, 2);
  if (!days || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return std::nullopt;
  const std::time_t seconds = static_cast<std::time_t>(*days * 86400 + hour * 3600 + minute * 60 + second);
  std::tm local{};
  if (!localtime_r(&seconds, &local)) return std::nullopt;
  char out[32];
  const std::size_t n = std::strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S", &local);
  if (n == 0) return std::nullopt;
  return std::string(out, n);
}

std::string utc_second_now() { return utc_timestamp_now().substr(0, 19) + "Z"; }

const std::string& utc_timestamp_now() {
  using namespace std::chrono;
  thread_local milliseconds::rep last = -1;
  thread_local std::string text;
  const auto now = system_clock::now();
  const auto ms = floor<milliseconds>(now).time_since_epoch().count();
  if (ms != last) {
    text = utc_timestamp(now);
    last = ms;
  }
  return text;
}

}  // namespace keyproj
