#pragma once
// A project's history: the audit rows of the project, its milestones and the renames and merges
// of its owner, and its reports.

#include <cstdint>
#include <functional>

#include "store/audit.h"
#include "store/database.h"

namespace keyproj {

// Every change to the project, oldest first, each as an audit row. Every writer records the
// project's id on the audit rows of its milestones, so one indexed look-up finds them all.
//
// A report has no row in the audit table: progress_update is append-only and holds all an
// audit row would (when, who, the project, the fields given), so each report is read from
// there as the audit row of a `log` (entity progress_update, action log, `after` the fields
// the officer gave). A correction reads as action `correct`: `before` the values of the report
// in force it replaced, `after` its own, with its reason (AuditRow::corrects names the report
// replaced). Databases written before that keep their reports' audit rows; those
// reports are read once, from the audit table. Changes are ordered by time; at the same
// instant, audit rows come before reports (a project is created before it is reported on, and
// log_report writes the stage move before the report that carries the new stage), and rows of
// one kind in the order written.
void for_each_history(Database& db, std::int64_t project_id, const std::function<void(const AuditRow&)>& fn);

}  // namespace keyproj
