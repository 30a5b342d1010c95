#pragma once
// The monthly reports as a workbook, laid out as Excel, WPS and LibreOffice save a sheet: every
// text in one shared-string table (keyproj's own exports write inline strings), dates as serial
// numbers styled as dates, numbers as numbers. The same rows and columns as the updates CSV, so
// bench/run can time an import of each. Streamed: the sheet is deflated into the zip as the
// rows come; only the distinct strings are held, for the table written last.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <minizip/zip.h>

#include "portfolio.h"

namespace keyproj::bench {

// A zip file being written (minizip), one entry open at a time; closed by finish() or, without
// it, by the destructor.
class ZipOut {
 public:
  explicit ZipOut(const std::string& path);
  ~ZipOut();
  ZipOut(const ZipOut&) = delete;
  ZipOut& operator=(const ZipOut&) = delete;

  void open_entry(const std::string& name);
  void write(const std::string& bytes);
  void close_entry();
  void finish();

 private:
  zipFile zip_ = nullptr;
  std::string path_;
};

class UpdatesXlsx {
 public:
  explicit UpdatesXlsx(const std::string& path);
  void write(const GenProject& p, const std::vector<GenUpdate>& updates);
  void finish();

 private:
  // A quarter of Excel's rows: M's reports fill five sheets, L's forty-eight.
  static constexpr std::int64_t kRowsPerSheet = 250'000;

  void open_sheet();
  void close_sheet();
  void text_cell(char column, const std::string& text);
  void number_cell(char column, std::int64_t value, bool date = false);
  void flush(bool force = false);

  ZipOut zip_;
  std::string chunk_;  // sheet XML not yet written into the zip
  int sheets_ = 0;
  bool open_ = false;    // a sheet's entry is open in the zip
  std::int64_t row_ = 1;  // the sheet's last row written
  std::unordered_map<std::string, std::int64_t> index_;  // a string's place in the table
  std::vector<const std::string*> strings_;             // the table, in order of first use
  std::int64_t uses_ = 0;
};

}  // namespace keyproj::bench
