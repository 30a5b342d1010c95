#pragma once
// The help texts: the overview of all commands and one command's usage.

#include <iosfwd>

#include "cli/command.h"

namespace keyproj {

void print_overview(std::ostream& out, const po::options_description& globals);
void print_usage(std::ostream& out, const Command& command);

}  // namespace keyproj
