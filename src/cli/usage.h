#pragma once
// The help texts: the overview of all commands and one command's usage, in the reader's
// language, laid out for a terminal of `width` columns (cli/help_layout.h).

#include <cstddef>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "cli/command.h"

namespace keyproj {

void print_overview(std::ostream& out, const po::options_description& globals, std::size_t width);
// `with_globals` adds the sentence saying the global options are accepted too (the manual
// says it once).
void print_usage(std::ostream& out, const Command& command, std::size_t width, bool with_globals = true);

// The commands people run, in the overview's order: every command but the hidden ones.
std::vector<const Command*> listed_commands();

// The commands of a group ("project": project add, project list, …), in the overview's order;
// none when `group` is not one.
std::vector<const Command*> group_commands(std::string_view group);

// The subcommands of `group` with their summaries (`keyproj help project`); false, printing
// nothing, when `group` has none.
bool print_group(std::ostream& out, std::string_view group, std::size_t width);

}  // namespace keyproj
