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
  out << "\nGlobal options (--db, --as-of, --format, --lang, --user, -v, -q) are accepted too; '--' ends the\n"
         "options (what follows is an operand, even a word beginning with '-').\n";
}

}  // namespace keyproj
