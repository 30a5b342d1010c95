#pragma once
// Rules every recorded event obeys, whether an officer types it (log, milestone done/move) or
// a file brings it (import): the same functions, so the two can never disagree.

#include <optional>
#include <string>
#include <string_view>

#include "domain/model.h"
#include "domain/stage_move.h"
#include "util/date.h"

namespace keyproj {

// Error(Rejected) for an archived project: it is kept for the record and takes no new facts.
void require_not_archived(const ProjectStanding& p, const std::string& what);

// Error(Rejected) for a deleted milestone: it was a mistake, and takes no changes.
void require_not_deleted(const Milestone& m);

// The date an event happened: `given`, else the as-of date. Error(Rejected) naming `field`
// for a date after the as-of date: a record says what has happened, not what will.
Date event_date(const std::optional<Date>& given, const Date& as_of, std::string_view field);

// The move to `to` decided against the project's stage and the stage it would resume
// (decide_stage_move's rules and sentences).
StageMove decide_project_move(const ProjectStanding& p, Stage to, bool force, const std::optional<std::string>& reason);

}  // namespace keyproj
