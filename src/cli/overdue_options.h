#pragma once
// The options of the overdue list, shared by `overdue` and `export --what overdue` so that the
// exported list is the list the command shows, filtered the same way.

#include "cli/command.h"
#include "store/overdue.h"

namespace keyproj {

// --min-days, --kind and --stale-days (the portfolio filters each command declares itself).
// For export, whose calendar (--format ics) takes --kind too, `calendar` says so in its help.
void declare_overdue_options(po::options_description& o, bool calendar = false);

// The query the options ask for: the portfolio filters (whose names must exist),
// min-days, kinds, and stale-days (else the stale.days setting).
OverdueQuery overdue_query(const po::variables_map& args, const Globals& g, Database& db);

}  // namespace keyproj
