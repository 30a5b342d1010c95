#include "util/clock.h"

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
