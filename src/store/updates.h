#pragma once
// Progress reports (调度记录): append-only. A wrong report is corrected by a later one; the
// project's invested total is the sum of its reports (find_project, find_project_standing),
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
// time it is written. The row is the report's audit record too (see history.h). Returns the
// new report's id.
std::int64_t insert_update(Database& db, const ProgressUpdate& u);
// The same, stamped `created_at` (the form of util/clock.h): for reports held before they are
// written (ReportAppender).
std::int64_t insert_update(Database& db, const ProgressUpdate& u, const char* created_at);

// The INSERT of `rows` reports, kUpdateParameters each, in the order bind_update binds them.
inline constexpr int kUpdateParameters = 9;
std::string insert_updates_sql(std::size_t rows);
// Binds `u`, stamped `created_at`, to the kUpdateParameters parameters from `first` on. Text
// is bound without a copy: `u` and `created_at` must outlive the statement's step.
void bind_update(sql::Statement& q, int first, const ProgressUpdate& u, const char* created_at);

// The report of this id.
std::optional<ProgressUpdate> find_update(Database& db, std::int64_t id);

// The project's reports dated by `as_of` (none: all), oldest first (by date, then in the order
// they were entered).
void for_each_update(Database& db, std::int64_t project_id, const std::function<void(const ProgressUpdate&)>& fn,
                     const std::optional<Date>& as_of = std::nullopt);

// Every report (archived projects' too) in the order entered, by id: how export writes them,
// so that an import into an empty database gives them the same ids.
void for_each_update_by_id(Database& db, const std::function<void(const ProgressUpdate&)>& fn);

// The project's `n` latest reports dated by `as_of` (none: of all), newest first.
std::vector<ProgressUpdate> latest_updates(Database& db, std::int64_t project_id, int n,
                                           const std::optional<Date>& as_of = std::nullopt);

}  // namespace keyproj
