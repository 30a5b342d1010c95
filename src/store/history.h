#pragma once
// A project's history: the audit rows of the project, its milestones and its reports.

#include <cstdint>
#include <functional>

#include "store/audit.h"
#include "store/database.h"

namespace keyproj {

// Every audit row about the project, oldest first. Every writer records the project's id on
// the rows of its milestones and reports, so one indexed look-up finds them all.
void for_each_history(Database& db, std::int64_t project_id, const std::function<void(const AuditRow&)>& fn);

}  // namespace keyproj
