#include "cli/usage.h"

#include <ostream>

#include "util/text.h"

namespace keyproj {

void print_overview(std::ostream& out, const po::options_description& globals) {
  out << "keyproj: the key-project tracker (重点项目调度)\n\n"
         "usage: keyproj [global options] COMMAND [command options]\n\nCommands:\n";
  for (const Command* c : all_commands()) out << "  " << pad_to_width(c->name, 18) << "  " << c->summary << "\n";
  out << "\n" << globals << "\nRun 'keyproj help COMMAND' for a command's options; '--' ends the options.\n"
      << "Text (names, owners, titles, notes, reasons) is trimmed and stored in Unicode's composed form (NFC);\n"
      << "control, bidirectional and zero-width characters are refused (newlines and tabs are kept in notes,\n"
      << "blockers, reasons, scale and contact). A code is 1-32 ASCII letters, digits, - _ . (not starting -).\n"
      << "Exit codes: 0 ok, 1 found (--fail-if-any), 2 usage, 3 not found, 4 data rejected, 5 database error,\n"
      << "70 internal error (a defect in keyproj).\n";
}

void print_usage(std::ostream& out, const Command& command) {
  po::options_description options("Options");
  po::positional_options_description positional;
  command.declare(options, positional);
  out << "usage: keyproj " << command.name;
  if (!command.operands.empty()) out << " " << command.operands;
  if (!options.options().empty()) out << " [options]";
  out << "\n\n" << command.summary << "\n";
  if (!options.options().empty()) out << "\n" << options;
  out << "\nGlobal options (--db, --as-of, --format, --lang, --user, --wide, -v, -q) are accepted too; '--' ends the\n"
         "options (what follows is an operand, even a word beginning with '-').\n";
}

std::vector<const Command*> group_commands(std::string_view group) {
  std::vector<const Command*> out;
  for (const Command* c : all_commands())
    if (c->name.size() > group.size() && c->name.starts_with(group) && c->name[group.size()] == ' ') out.push_back(c);
  return out;
}

bool print_group(std::ostream& out, std::string_view group) {
  const auto commands = group_commands(group);
  if (commands.empty()) return false;
  out << "usage: keyproj " << group << " SUBCOMMAND [options]\n\nSubcommands:\n";
  for (const Command* c : commands) out << "  " << pad_to_width(c->name, 18) << "  " << c->summary << "\n";
  out << "\nRun 'keyproj help " << group << " SUBCOMMAND' for a subcommand's options.\n";
  return true;
}

}  // namespace keyproj
