#pragma once
// Words keyproj stores as values and shows to a person: where a date came from, and history's
// entities and actions. They are stored in English (the database and CSV/JSON keep them so);
// these give each in the reader's language (util/translate.h), for tables, cards and history.
// A word not listed here is given back as it is stored.

#include <string_view>

namespace keyproj {

// A planned finish's or an actual start's source: "stated" (the plan states it), "plan" (the
// end of the plan's period), "officer" (given by an officer), "stage" (the move to building).
std::string_view date_source_shown(std::string_view source);

// History's entity: "project", "milestone", "owner", "setting", "annual_plan", "report"
// (progress_update, as the audit table names a report).
std::string_view entity_shown(std::string_view entity);

// History's action: "create", "edit", "stage", "archive", "log", "correct", …
std::string_view action_shown(std::string_view action);

}  // namespace keyproj
