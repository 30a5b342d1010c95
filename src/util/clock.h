#pragma once
// The time a change is written, as every table stores it: UTC to the millisecond,
// "2026-11-22T08:30:00.123Z", the text SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now') gives.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace keyproj {

// `t` in that form. Times before 1970 or past 9999 are not written by keyproj.
std::string utc_timestamp(std::chrono::system_clock::time_point t);

// Now, in that form. An import stamps a million reports; the text is built again only when
// the millisecond changes (each thread keeps its own).
const std::string& utc_timestamp_now();

// Now to the second, "2026-11-22T08:30:00Z": the form of the tables that stamp a change to
// the second (owners, leaders, settings, migrations…).
std::string utc_second_now();

// A stamp of those forms (to the second or the millisecond) as local time to the second,
// "2026-11-22 16:30:00" in Beijing: how history shows it. Nullopt for any other text.
std::optional<std::string> local_time_text(std::string_view utc);

}  // namespace keyproj
