#pragma once
// What every workbook keyproj writes needs from libxlsxwriter's side: text XML can hold, the
// serial number Excel stores a day as, the library's stderr silenced while it works, and a
// workbook closed when a writer is abandoned.

#include <xlsxwriter.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keyproj {

// The most characters an Excel cell holds; libxlsxwriter refuses a longer string.
inline constexpr std::size_t kMaxCellChars = 32767;

std::size_t utf8_chars(std::string_view s);

// Text as XML 1.0 can hold it: C0 controls other than tab, newline and carriage return, and
// U+FFFE and U+FFFF, are not characters of XML, and a workbook holding one is refused by Excel
// as damaged. Each becomes U+FFFD, the replacement character, visibly.
std::string xml_text(const std::string& s);

// The serial number Excel stores a day as (days since 1899-12-30, its 1900 calendar with the
// leap day it wrongly counts, which every day from 1 March 1900 is past): none for text that
// is not a YYYY-MM-DD day of that range.
std::optional<std::int64_t> excel_serial(const std::string& iso);

// libxlsxwriter reports its failures on stderr ("[ERROR] workbook_close(): ...") besides
// returning them; keyproj says them once, in its own sentence naming the officer's file. The
// library offers no other means, so stderr points at /dev/null while a workbook is open.
class StderrSilenced {
 public:
  StderrSilenced();
  ~StderrSilenced();
  StderrSilenced(const StderrSilenced&) = delete;
  StderrSilenced& operator=(const StderrSilenced&) = delete;

 private:
  int saved_;
};

// Closes (and so writes) a workbook a writer leaves unfinished.
struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const;
};

}  // namespace keyproj
