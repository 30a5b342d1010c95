#include "output/ics_writer.h"

#include <ostream>

#include "util/date.h"

namespace keyproj {
namespace {

constexpr std::size_t kLineOctets = 75;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// YYYY-MM-DD as a DATE value, YYYYMMDD.
std::string ics_date(std::string_view iso) {
  std::string out;
  for (const char c : iso)
    if (c != '-') out += c;
  return out;
}

std::string next_day(std::string_view iso) {
  const auto days = iso_days(iso);
  return days ? Date::from_days(*days + 1).iso() : std::string(iso);
}

void line(std::ostream& out, std::string_view content) { out << ics_fold(content); }

}  // namespace

std::string ics_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        out += (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f' ? ' ' : c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  std::size_t limit = kLineOctets;  // the first line has all 75; a folded one gives one to its space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && continuation(line[cut])) --cut;
    if (cut == 0) cut = limit;  // no lead byte in reach: not UTF-8, cut where the limit falls
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string ics_unfold(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '\r' && i + 1 < folded.size() && folded[i + 1] == '\n') {
      if (i + 2 < folded.size() && (folded[i + 2] == ' ' || folded[i + 2] == '\t')) {
        i += 2;  // the fold and its white space go
        continue;
      }
      ++i;
      if (i + 1 < folded.size()) out += '\n';
      continue;
    }
    out += folded[i];
  }
  return out;
}

std::string ics_stamp(std::string_view t) {
  // 2026-11-22T08:30:00.123Z
  std::string out;
  for (const char c : t.substr(0, 19))
    if (c != '-' && c != ':') out += c;
  return out + "Z";
}

void write_ics(std::ostream& out, const IcsCalendar& calendar) {
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, "PRODID:-//keyproj//keyproj export//ZH");
  line(out, "CALSCALE:GREGORIAN");
  line(out, "METHOD:PUBLISH");
  line(out, "X-WR-CALNAME:" + ics_text(calendar.name));
  for (const IcsEvent& e : calendar.events) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + e.uid);
    line(out, "DTSTAMP:" + calendar.stamp);
    line(out, "DTSTART;VALUE=DATE:" + ics_date(e.day));
    line(out, "DTEND;VALUE=DATE:" + ics_date(next_day(e.day)));
    line(out, "SUMMARY:" + ics_text(e.summary));
    if (!e.description.empty()) line(out, "DESCRIPTION:" + ics_text(e.description));
    if (!e.categories.empty()) {
      std::string categories = "CATEGORIES:";
      for (std::size_t i = 0; i < e.categories.size(); ++i) {
        if (i) categories += ',';
        categories += ics_text(e.categories[i]);
      }
      line(out, categories);
    }
    line(out, "SEQUENCE:" + std::to_string(e.sequence));
    line(out, e.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
    line(out, "TRANSP:TRANSPARENT");  // a deadline is not a meeting: the day stays free
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
}

}  // namespace keyproj
