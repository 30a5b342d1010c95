#pragma once
// Progress reports (调度记录): append-only. A wrong report is put right by a correction, a
// later report that names it (migration 0007): the reports in force are the originals no
// correction supersedes and the latest correction of each corrected one. The project's
// invested total is the sum of its reports in force (find_project, find_project_standing),
// its progress the latest one that gave it.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "store/database.h"
#include "store/sql/statement.h"
#include "util/date.h"

namespace keyproj {

// Appends `u` (project_id, reported_on, author and what the officer gave), stamped with the
// time it is written, with its id when it has one (else the next). The row is the report's
// audit record too (see history.h). Returns the new report's id.
std::int64_t insert_update(Database& db, const ProgressUpdate& u);
// The same, stamped `created_at` (the form of util/clock.h): for reports held before they are
// written (ReportAppender).
std::int64_t insert_update(Database& db, const ProgressUpdate& u, const char* created_at);

// The INSERT of `rows` reports, kUpdateParameters each, in the order bind_update binds them.
inline constexpr int kUpdateParameters = 13;
std::string insert_updates_sql(std::size_t rows);
// Binds `u`, stamped `created_at`, to the kUpdateParameters parameters from `first` on. Text
// is bound without a copy: `u` and `created_at` must outlive the statement's step.
void bind_update(sql::Statement& q, int first, const ProgressUpdate& u, const char* created_at);

// The report of this id, in force or not.
std::optional<ProgressUpdate> find_update(Database& db, std::int64_t id);

// The id of the newest report (0 when there is none): the reports a command adds come after it.
std::int64_t last_report_id(Database& db);

// The report in force of the original report `original_id`: its latest correction, else the
// original itself; empty when there is no such report.
std::optional<ProgressUpdate> report_in_force(Database& db, std::int64_t original_id);

// The blocker (存在问题) of project `project_id`'s latest report in force as of `as_of`, in the
// order the project's progress is taken (its date, then its original's id); none when that
// report names none or there is no report by then.
Text latest_blocker(Database& db, std::int64_t project_id, const Date& as_of);

// Where a report in force stands among its project's reports in force (ordered by date, then
// by their originals' ids): whether one comes before it, that one's stage, and whether one
// comes after it. What a correction of its stage is judged by (domain/correction.h).
struct ReportPlace {
  bool earlier = false;
  Text stage_before;
  bool later = false;
};
ReportPlace report_place(Database& db, const ProgressUpdate& in_force);

// The project's reports in force dated by `as_of` (none: all), oldest first (by date, then in
// the order their originals were entered).
void for_each_update(Database& db, std::int64_t project_id, const std::function<void(const ProgressUpdate&)>& fn,
                     const std::optional<Date>& as_of = std::nullopt);

// Every report (archived projects' too, corrected ones and corrections too) in the order
// entered, by id: how export writes them, so that an import into an empty database gives
// them the same ids.
void for_each_update_by_id(Database& db, const std::function<void(const ProgressUpdate&)>& fn);

// The project's reports in force on `date`, in the order their originals were entered: what
// a second report of that day would count twice.
std::vector<ProgressUpdate> reports_on(Database& db, std::int64_t project_id, const std::string& date);

// The project's `n` latest reports in force dated by `as_of` (none: of all), newest first.
std::vector<ProgressUpdate> latest_updates(Database& db, std::int64_t project_id, int n,
                                           const std::optional<Date>& as_of = std::nullopt);

}  // namespace keyproj
