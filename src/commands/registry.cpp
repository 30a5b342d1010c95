// The list of commands. Adding a command: write src/commands/<name>.cpp defining a
// `const Command`, declare it here, add it to the list, and add the file to CMakeLists.txt.

#include "cli/command.h"

namespace keyproj {

extern const Command init_command;
extern const Command migrate_command;
extern const Command owner_add_command;
extern const Command owner_list_command;
extern const Command project_add_command;
extern const Command project_list_command;
extern const Command project_show_command;
extern const Command seed_command;

std::span<const Command* const> all_commands() {
  static const Command* const commands[] = {
      &init_command,         &migrate_command,      &seed_command,      &owner_add_command,    &owner_list_command,
      &project_add_command,  &project_list_command, &project_show_command,
  };
  return commands;
}

}  // namespace keyproj
