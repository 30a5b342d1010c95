#pragma once
// Options shared by the commands that record what happened to a project (log, project edit,
// milestone add/done/move): the stage move, the date of an event, the archived check.

#include <optional>
#include <string>

#include "cli/command.h"
#include "domain/model.h"
#include "domain/record_rules.h"
#include "domain/stage_move.h"
#include "util/date.h"

namespace keyproj {

// The fields a project add or edit may set: --name-en, --county, --program, --category,
// --location, --scale, --owner, --budget, --start, --finish. One list, so the two commands
// always offer the same fields with the same help.
void declare_project_fields(po::options_description& o);

// --stage S, --force and --reason TEXT.
void declare_stage_options(po::options_description& o);

// The move --stage asks for, decided against the project's stage (Error(Rejected) for a
// refused move, or a backward one without --force and --reason); empty without --stage.
std::optional<StageMove> stage_move_option(const po::variables_map& args, const Project& p);

// The milestone commands' operand: ID, as `milestone list` shows it (view/milestone_view.h's
// milestone_by_id reads it).
void declare_milestone_id(po::options_description& o, po::positional_options_description& p);

// require_not_archived() is in domain/record_rules.h, shared with import.

}  // namespace keyproj
