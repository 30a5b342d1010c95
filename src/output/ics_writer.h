#pragma once
// An iCalendar file (RFC 5545) of all-day events, as `export --format ics` writes it: the one
// place that knows the format's text rules. A TEXT value escapes backslash, semicolon, comma
// and newline; a content line longer than 75 octets is folded (CRLF and a space) at a UTF-8
// character's boundary, so that a calendar shows 天门 rather than two halves of a character;
// every line ends CRLF.

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace keyproj {

struct IcsEvent {
  std::string uid;       // stable across exports: a re-imported calendar updates the event
  std::string day;       // YYYY-MM-DD: the all-day event's day (DTEND is the next day)
  std::string summary;
  std::string description;
  std::vector<std::string> categories;
  int sequence = 0;      // raised by each change a calendar must take over an earlier copy
  bool cancelled = false;
};

struct IcsCalendar {
  std::string name;   // X-WR-CALNAME
  std::string stamp;  // DTSTAMP of every event: UTC, YYYYMMDDTHHMMSSZ (ics_stamp)
  std::vector<IcsEvent> events;
};

// Writes the VCALENDAR with its events, in the order given.
void write_ics(std::ostream& out, const IcsCalendar& calendar);

// A TEXT value escaped: \\ \; \, and \n for a line break (CRLF, LF or CR); other control
// characters, which a TEXT value may not hold, become spaces.
std::string ics_text(std::string_view text);

// One content line (without its line end) folded: lines of at most 75 octets, each ended by
// CRLF, the second and later starting with a space. A cut falls before a UTF-8 lead byte; only
// bytes that are no UTF-8 (75 continuation bytes in a row) are cut where the limit falls.
std::string ics_fold(std::string_view line);

// A folded text back to its content lines, joined by "\n" (RFC 5545 3.1: CRLF followed by a
// space or a tab is removed): the inverse of ics_fold, for tests and the fuzz target.
std::string ics_unfold(std::string_view folded);

// The UTC timestamp keyproj stores ("2026-11-22T08:30:00.123Z", util/clock.h) as a DTSTAMP
// value, 20261122T083000Z.
std::string ics_stamp(std::string_view utc_timestamp);

}  // namespace keyproj
