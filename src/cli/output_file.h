#pragma once
// --out FILE: where a command that prints a list writes it, and the format the file's extension
// names (.xlsx a workbook, .csv, .json). The file appears whole or not at all (io/atomic_file.h),
// and a failed write is an error naming it. `export`, `report`, `overdue` and `plan list` treat
// a file alike through here.

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "io/atomic_file.h"
#include "output/row_writer.h"
#include "output/xlsx_writer.h"

namespace keyproj {

// --out FILE, for the commands that print a list (export declares its own).
void declare_out_option(po::options_description& o);

// The format the extension of `out` names (.ics a calendar), whatever its case; none for another
// extension.
std::optional<Format> extension_format(const std::string& out);

// --format when given; else the extension of `out`; else `fallback`. A --format that
// contradicts the extension is refused (Error(Usage)): CSV in a file named .xlsx is a workbook
// Excel will not open.
Format output_format(const Globals& g, const std::optional<std::string>& out, Format fallback);

// Error(Usage) when `out` is a file of the database at `db` (the database, its -wal, -shm or
// -journal, a migration backup): writing over one would destroy the data it was taken from.
void refuse_database_files(const std::string& out, const std::string& db);

// Where a listing goes: --out (checked as above; xlsx needs it) or standard output.
class Output {
 public:
  // Reads --out and the format; Error(Usage) as output_format and refuse_database_files, for
  // xlsx without --out, and for a calendar (.ics), which no listing is. Opens nothing yet: a command that is refused writes no file.
  Output(const po::variables_map& args, const Globals& g);

  Format format() const { return format_; }
  bool to_file() const { return path_.has_value(); }

  // The stream text goes to: the temporary of --out (created on first use), else `io.out`.
  std::ostream& stream(Io& io);
  // A writer of rows in format(): a workbook laid out by `layout` for xlsx, else a table, CSV
  // or JSON on stream(io). A table written to a file cuts nothing and has no colour.
  std::unique_ptr<RowWriter> rows(Io& io, std::vector<Column> columns, const TableStyle& style,
                                  const SheetLayout& layout);
  // Puts --out in place (nothing for standard output). Error(Database) naming it when a write
  // failed.
  void commit();

 private:
  AtomicFile& file();

  std::optional<std::string> path_;
  Format format_;
  std::optional<AtomicFile> file_;
  bool workbook_open_ = false;
};

}  // namespace keyproj
