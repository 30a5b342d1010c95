#pragma once
// A project's card, as `project show` prints it in a table: its facts labelled, its light with
// the reasons, its milestones and latest reports, every word in the reader's language.

#include <iosfwd>

#include "cli/globals.h"
#include "domain/light.h"
#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

void print_card(Database& db, const Project& p, const Globals& g, const LightThresholds& t, std::ostream& out);

}  // namespace keyproj
