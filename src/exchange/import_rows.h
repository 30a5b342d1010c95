#pragma once
// One row of each kind, applied (importer.cpp calls these, each row of projects, milestones
// and owners under a savepoint; a report row checks every rule before it writes). Each
// reads its values through RowValues, reports what it cannot accept there, and records what
// it added or changed in the result.

#include "exchange/importer.h"
#include "exchange/row_values.h"
#include "exchange/standings.h"

namespace keyproj {

void import_owner_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result);
void import_leader_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result);
void import_project_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result);
void import_plan_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result);
void import_milestone_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result);
void import_problem_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result);
// Reports read their projects through `standings`, which log_report keeps current.
void import_update_row(Database& db, RowValues& row, const ImportOptions& options, Standings& standings,
                       ImportResult& result);

}  // namespace keyproj
