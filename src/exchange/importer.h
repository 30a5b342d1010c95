#pragma once
// Import: records applied through the same store and domain functions the commands use, so
// an imported report obeys exactly the rules `log` does. All rows run inside the caller's one
// transaction, each under a savepoint: a row that fails is undone and reported, and the next
// one is still tried, so that one pass finds every error. The caller commits only when there
// are none (and it is not a dry run); otherwise nothing is written. Reports take no savepoint:
// every rule is checked before their row writes anything (see Importer::add), and they are
// written many to a statement (ReportAppender), all of them by finish().

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "exchange/held_warnings.h"
#include "exchange/import_templates.h"
#include "exchange/records.h"
#include "exchange/standings.h"
#include "store/database.h"
#include "util/date.h"

namespace keyproj {

struct ImportOptions {
  std::string user;
  Date as_of;  // the date of every change, as for the commands
  // As `log --force --reason`: lets a report (or a project row) move a stage backward.
  bool force = false;
  std::optional<std::string> reason;
  // As `log --again`: a row may add a second report on a day its project already has one.
  bool again = false;
  // A plan row that changes its project's entry is refused unless `update` (--update, the
  // mid-year revision, 年中调整); `year` is the year of rows that give none (--year).
  bool update = false;
  std::optional<int> year;
  // The unit of a bare number under a money header that names none (--money-unit).
  std::optional<MoneyUnit> money_unit;
  // Whether to list what each row adds or changes (for --dry-run): off, an import of a
  // million rows keeps no million sentences.
  bool list_changes = true;
};

// A report row the import took (added, or already recorded), as the dry run's summary of its
// file reads it (exchange/dispatch_summary.h).
struct ReportedRow {
  std::int64_t project_id = 0;
  std::string day;  // ISO
  std::optional<std::int64_t> invested;
};

struct ImportResult {
  std::vector<ImportProblem> errors;  // in the order of sort_by_place
  std::vector<std::string> changes;   // "add TM-022 …", "change TM-001: budget_yuan … → …"
  HeldWarnings warnings;  // accepted, but worth a look: an invested total beyond the budget
  std::size_t added = 0;
  std::size_t changed = 0;
  std::size_t unchanged = 0;
  std::size_t already = 0;  // report rows identical to one recorded: skipped
  std::size_t blank = 0;    // report rows that give nothing to report (a template's row left empty): skipped
  std::vector<ReportedRow> reported;  // kept with the changes (list_changes) only
};

ImportResult import_records(Database& db, const RecordSet& set, const ImportOptions& options);

// import_records one record at a time, for a file read as a stream (stream_csv_records):
// begin() once the header is known, add() for every record, finish() with the file's errors.
class Importer {
 public:
  Importer(Database& db, const ImportOptions& options)
      : db_(db), options_(options), reports_(db), standings_(reports_) {}
  void begin(const RecordSet& header);
  void add(const Record& record);
  ImportResult finish(const RecordSet& file);

 private:
  void refused(const ReportRefused& e);
  void fail_if_database_fault(const sql::Error& e) const;

  Database& db_;
  const ImportOptions& options_;
  const ColumnTable* table_ = nullptr;  // the file's, from begin()
  RecordSource source_;
  std::map<std::string, std::size_t> first_line_;  // each project code / owner name, where first seen
  std::optional<std::string> missing_;  // a column every row needs is not there: no row is tried
  ImportResult result_;  // its errors are the rows' own; the file's come in finish()
  ReportAppender reports_;  // the reports added and not yet written
  std::optional<std::int64_t> reports_before_;  // a file of reports: the newest report before it
  Standings standings_;  // the projects the reports name, as the rows leave them
  TemplateRows templates_;  // the nodes of a templates file, saved in finish()
};

}  // namespace keyproj
