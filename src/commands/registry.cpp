// The list of commands. Adding a command: write src/commands/<name>.cpp defining a
// `const Command`, declare it here, add it to the list, and add the file to CMakeLists.txt.

#include "cli/command.h"

namespace keyproj {

extern const Command export_command;
extern const Command copy_command;
extern const Command import_command;
extern const Command init_command;
extern const Command migrate_command;
extern const Command seed_command;
extern const Command owner_add_command;
extern const Command owner_list_command;
extern const Command owner_rename_command;
extern const Command owner_merge_command;
extern const Command leader_add_command;
extern const Command leader_list_command;
extern const Command leader_edit_command;
extern const Command project_add_command;
extern const Command project_list_command;
extern const Command project_show_command;
extern const Command project_edit_command;
extern const Command project_archive_command;
extern const Command project_unarchive_command;
extern const Command log_command;
extern const Command milestone_add_command;
extern const Command milestone_done_command;
extern const Command milestone_move_command;
extern const Command milestone_reopen_command;
extern const Command milestone_edit_command;
extern const Command milestone_delete_command;
extern const Command milestone_list_command;
extern const Command milestone_plan_command;
extern const Command template_list_command;
extern const Command template_show_command;
extern const Command problem_add_command;
extern const Command problem_list_command;
extern const Command problem_show_command;
extern const Command problem_update_command;
extern const Command problem_resolve_command;
extern const Command problem_reopen_command;
extern const Command history_command;
extern const Command overdue_command;
extern const Command report_command;
extern const Command bulletin_command;
extern const Command config_set_command;
extern const Command plan_set_command;
extern const Command plan_list_command;
extern const Command plan_remove_command;
extern const Command plan_copy_command;
extern const Command config_list_command;
extern const Command config_profile_command;
extern const Command user_add_command;
extern const Command user_list_command;
extern const Command user_remove_command;
extern const Command complete_command;
extern const Command manual_command;

// One command a line, in the order the overview lists them.
std::span<const Command* const> all_commands() {
  static const Command* const commands[] = {
      &init_command,
      &migrate_command,
      &seed_command,
      &owner_add_command,
      &owner_list_command,
      &owner_rename_command,
      &owner_merge_command,
      &leader_add_command,
      &leader_list_command,
      &leader_edit_command,
      &project_add_command,
      &project_list_command,
      &project_show_command,
      &project_edit_command,
      &project_archive_command,
      &project_unarchive_command,
      &log_command,
      &milestone_add_command,
      &milestone_done_command,
      &milestone_move_command,
      &milestone_reopen_command,
      &milestone_edit_command,
      &milestone_delete_command,
      &milestone_list_command,
      &milestone_plan_command,
      &template_list_command,
      &template_show_command,
      &problem_add_command,
      &problem_list_command,
      &problem_show_command,
      &problem_update_command,
      &problem_resolve_command,
      &problem_reopen_command,
      &history_command,
      &overdue_command,
      &report_command,
      &bulletin_command,
      &plan_set_command,
      &plan_list_command,
      &plan_remove_command,
      &plan_copy_command,
      &config_list_command,
      &config_set_command,
      &config_profile_command,
      &user_add_command,
      &user_list_command,
      &user_remove_command,
      &import_command,
      &export_command,
      &copy_command,
      &complete_command,
      &manual_command,
  };
  return commands;
}

}  // namespace keyproj
