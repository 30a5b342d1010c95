#include "exchange/importer.h"

#include <map>

#include "exchange/import_rows.h"
#include "store/problems.h"
#include "store/updates.h"
#include "store/sql/error.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// Columns without which no row of the kind can be placed; checked once, for the whole file.
std::optional<std::string> missing_columns(const RecordSet& set) {
  auto has = [&](const char* key) { return set.present[set.table->index(key)]; };
  switch (set.table->what) {
    case What::Projects:
      if (!has("project_code")) return tr("the file has no project_code (项目编号) column; every project row needs its code");
      break;
    case What::Owners:
      if (!has("name")) return tr("the file has no name (单位名称) column; every owner row needs its name");
      break;
    case What::Updates:
      if (!has("project_code") && !has("name_zh"))
        return tr("the file has no project_code (项目编号) nor name_zh (项目名称) column; every report names its project");
      break;
    case What::Milestones:
      if (!has("id") && !(has("project_code") && has("title")))
        return tr("the file has neither an id (节点编号) column nor project_code and title (节点名称) columns");
      break;
    case What::Plans:
      if (!has("project_code") && !has("name_zh"))
        return tr("the file has no project_code (项目编号) nor name_zh (项目名称) column; every entry names its project");
      if (!has("class")) return tr("the file has no class (类别) column; every entry of the annual plan has its class");
      break;
    case What::Problems:
      if (!has("id") && !(has("project_code") && has("text")))
        return tr("the file has neither an id (问题编号) column nor project_code and text (问题) columns");
      break;
    case What::Templates:
      if (!has("template") || !has("node") || !has("days"))
        return tr("the file needs template (模板), node (节点) and days (时限) columns; every node has all three");
      break;
    case What::Leaders:
      if (!has("id") && !has("name")) return tr("the file has neither an id (领导编号) nor a name (包保领导) column");
      break;
    case What::Overdue: break;  // parse_what refuses to import it
  }
  return std::nullopt;
}

// The column that names a record whose row states all its facts: a project's code, an
// owner's name. Reports have none (a project gets many), nor milestones (one row may move a
// milestone and the next mark it done).
const char* key_of(What what) {
  switch (what) {
    case What::Projects: return "project_code";
    case What::Owners: return "name";
    case What::Milestones:
    case What::Updates:
    case What::Plans:  // a project is in the lists of several years
    case What::Problems:  // matched by id, as milestones are
    case What::Templates:  // a template is a row a node
    case What::Leaders:   // by id: two leaders may share a name
    case What::Overdue: break;
  }
  return nullptr;
}

// A file naming one project twice once imported both rows, the second silently overwriting
// the first ('1 added, 1 changed'): a copy-paste slip no one would see. Each key may appear
// once; the second row is reported, naming the line of the first. Returns false for a repeat.
bool first_time(const Record& r, std::map<std::string, std::size_t>& first_line,
                std::vector<ImportProblem>& errors) {
  const What what = r.table().what;
  const char* key = key_of(what);
  if (!key) return true;
  const std::size_t f = r.table().index(key);
  if (!r.values[f]) return true;
  std::string value = *r.values[f];
  value.erase(0, value.find_first_not_of(" \t"));
  value.erase(value.find_last_not_of(" \t") + 1);
  const auto [it, added] = first_line.emplace(value, r.line);
  if (!added)
    errors.push_back(r.problem(f, trf("{} {} is on line {} too; a file names each of its {} once", r.name(f), quote(value),
                                      it->second, what_label(what))));
  return added;
}

void import_row(Database& db, RowValues& row, const ImportOptions& options, Standings& standings,
                TemplateRows& templates, ImportResult& result, What what) {
  switch (what) {
    case What::Owners: import_owner_row(db, row, options, result); break;
    case What::Projects: import_project_row(db, row, options, result); break;
    case What::Milestones: import_milestone_row(db, row, options, result); break;
    case What::Updates: import_update_row(db, row, options, standings, result); break;
    case What::Plans: import_plan_row(db, row, options, result); break;
    case What::Problems: import_problem_row(db, row, options, result); break;
    case What::Templates: templates.add(row); break;
    case What::Leaders: import_leader_row(db, row, options, result); break;
    case What::Overdue: throw usage_error(tr("the overdue list is computed, not imported"));
  }
}

}  // namespace

// A full disk or an I/O error is the database's fault, not the row's: one sentence (exit 5)
// rather than the same failure on every row after it. A constraint is the row's.
void Importer::fail_if_database_fault(const sql::Error& e) const {
  if (e.kind() == sql::Failure::Constraint) return;
  if (e.kind() == sql::Failure::Conflict) throw;  // the whole command is run again (cli/retry.h)
  if (e.kind() == sql::Failure::Permission) throw;  // the user's, not the row's: exit 6 (cli/failure.h)
  throw database_error(trf("database {} cannot take the import: {}; nothing was written", quote(db_.name()), e.what()));
}

void Importer::begin(const RecordSet& header) {
  table_ = header.table;
  source_ = header.source;
  missing_ = missing_columns(header);
  if (table_->what == What::Updates) reports_before_ = last_report_id(db_);
}

void Importer::add(const Record& record) {
  if (missing_) return;
  if (!first_time(record, first_line_, result_.errors)) return;
  RowValues row(record, result_.errors, options_.money_unit);
  // A report row checks every rule before it writes, and writes in one place (log_report):
  // a row that fails has written nothing, and needs no savepoint to undo it. A savepoint per
  // row was a third of the time of a million-row import (SQLite journals each one). Other
  // rows may fail in the store half-way, and are undone to where they began.
  std::optional<Savepoint> savepoint;
  if (table_->what != What::Updates) savepoint.emplace(db_);
  ImportResult row_result;
  try {
    import_row(db_, row, options_, standings_, templates_, row_result, table_->what);
  } catch (const Error& e) {
    // A rule of the store (a refused stage move, an unknown region) that reading the values
    // could not see: it belongs to the row. A database that fails is nobody's row.
    if (e.code() == ExitCode::Database) throw;
    row.fail("", e.what());
  } catch (const ReportRefused& e) {
    // Reports are written many at a time: the one refused may be an earlier row's. The
    // import fails either way (and writes nothing).
    fail_if_database_fault(e);
    refused(e);
    return;
  } catch (const sql::Error& e) {
    fail_if_database_fault(e);
    row.fail("", trf("the database refused the row: {}", e.what()));
  }
  if (!row.ok()) return;  // the savepoint undoes whatever the row began
  if (savepoint) savepoint->release();
  if (options_.list_changes)
    result_.changes.insert(result_.changes.end(), row_result.changes.begin(), row_result.changes.end());
  result_.warnings.add(std::move(row_result.warnings));
  result_.added += row_result.added;
  result_.changed += row_result.changed;
  result_.unchanged += row_result.unchanged;
  result_.already += row_result.already;
  result_.blank += row_result.blank;
  result_.reported.insert(result_.reported.end(), row_result.reported.begin(), row_result.reported.end());
}

void Importer::refused(const ReportRefused& e) {
  result_.errors.push_back(ImportProblem{source_.file, source_.sheet, e.tag(), "", "",
                                         trf("the database refused the row: {}", e.what())});
}

ImportResult Importer::finish(const RecordSet& file) {
  try {
    reports_.flush();
    // The blockers of the file's reports raised at once, as log_report would have one by one.
    if (reports_before_ && result_.errors.empty()) raise_blocker_problems(db_, *reports_before_, options_.user);
  } catch (const ReportRefused& e) {
    fail_if_database_fault(e);
    refused(e);
  }
  // Templates are saved whole once every row is read, and only from a file whose rows all read.
  if (table_ && table_->what == What::Templates && !missing_ && file.errors.empty() && result_.errors.empty()) {
    Savepoint savepoint(db_);
    templates_.save(db_, source_, options_, result_);
    if (result_.errors.empty()) savepoint.release();
  }
  ImportResult result = std::move(result_);
  std::vector<ImportProblem> errors = file.errors;
  if (missing_) {
    errors.insert(errors.begin(), ImportProblem{file.source.file, file.source.sheet, 1, "", "", *missing_});
    result.errors = std::move(errors);
    return result;
  }
  errors.insert(errors.end(), result.errors.begin(), result.errors.end());
  result.errors = std::move(errors);
  sort_by_place(result.errors);
  return result;
}

ImportResult import_records(Database& db, const RecordSet& set, const ImportOptions& options) {
  Importer importer(db, options);
  importer.begin(set);
  for (const Record& record : set.records) importer.add(record);
  return importer.finish(set);
}

}  // namespace keyproj
