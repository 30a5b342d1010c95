#pragma once
// Putting right what was recorded of a milestone by mistake: reached too soon (reopen), titled
// wrongly (retitle), or never a milestone at all (delete). Each is audited with its reason,
// and history shows it. A deleted milestone keeps its row and its id (migration 0013), and
// none of these touches a deleted milestone or one of an archived project.

#include <string>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

// The milestone open again, as if never reached: its done date is cleared. Refused when it is open.
void reopen_milestone(Database& db, const Milestone& m, const std::string& reason, const std::string& user);

// The milestone's title becomes `title` (cleaned as a new title is). Returns false, writing
// nothing, when it already has that title.
bool retitle_milestone(Database& db, const Milestone& m, const std::string& title, const std::string& user);

// The milestone deleted on `deleted_on` for `reason`: it leaves every list, figure and export,
// on every date. Refused when it is already deleted.
void delete_milestone(Database& db, const Milestone& m, const std::string& reason, const std::string& deleted_on,
                      const std::string& user);

}  // namespace keyproj
