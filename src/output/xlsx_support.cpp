#include "output/xlsx_support.h"

#include <fcntl.h>
#include <unistd.h>

#include "output/xlsx_library.h"
#include "util/date.h"
#include "util/error.h"

namespace keyproj {

std::size_t utf8_chars(std::string_view s) {
  std::size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string xml_text(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += "\xEF\xBF\xBD";
    } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::optional<std::int64_t> excel_serial(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  try {
    const Date d = parse_date(text, "date");
    constexpr std::int64_t kEpochSerial = 25569;  // 1970-01-01
    constexpr std::int64_t kFirstSafe = 61;        // 1900-03-01
    const std::int64_t serial = d.days() + kEpochSerial;
    if (serial < kFirstSafe) return std::nullopt;
    return serial;
  } catch (const Error&) {
    return std::nullopt;
  }
}

StderrSilenced::StderrSilenced() : saved_(dup(STDERR_FILENO)) {
  const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (saved_ >= 0 && null >= 0) dup2(null, STDERR_FILENO);
  if (null >= 0) close(null);
}

StderrSilenced::~StderrSilenced() {
  if (saved_ < 0) return;
  dup2(saved_, STDERR_FILENO);
  close(saved_);
}

void WorkbookCloser::operator()(lxw_workbook* wb) const { xlsx_library().workbook_close(wb); }

}  // namespace keyproj
