#pragma once
// Options shared by the problem commands: the ID operand, --level and --date.

#include <optional>
#include <string>

#include "cli/command.h"
#include "domain/problem.h"
#include "util/date.h"

namespace keyproj {

// The operand ID, as `problem list` shows it (view/problem_view.h's problem_by_id reads it).
void declare_problem_id(po::options_description& o, po::positional_options_description& p);

// --level county|city|province (or 县级, 市级, 省级); Error(Rejected) naming the value otherwise.
std::optional<ProblemLevel> level_option(const po::variables_map& args);

// --date D: the day of the entry, as `milestone done` takes its date (not after --as-of; the
// as-of date when not given).
void declare_entry_date(po::options_description& o, const char* help);
std::string entry_date(const po::variables_map& args, const Date& as_of);

}  // namespace keyproj
