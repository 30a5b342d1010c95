#include "cli/usage.h"

#include <ostream>

#include "cli/help_layout.h"
#include "cli/reference.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// A list of commands: two spaces, the name padded to 18 columns, two spaces, the summary.
constexpr std::size_t kSummaryColumn = 22;

std::string command_list(const std::vector<const Command*>& commands, std::size_t width) {
  std::vector<HelpRow> rows;
  for (const Command* c : commands) rows.push_back({"  " + std::string(c->name), tr(c->summary)});
  return two_columns(rows, kSummaryColumn, width);
}

std::string options_text(const po::options_description& options, std::size_t width) {
  const auto rows = option_rows(options);
  return two_columns(rows, option_column(rows, width), width);
}

// "0 ok, 1 found (--fail-if-any), …": each name, `between`, its text in the reader's language.
std::string listed(std::span<const Described> items, std::string_view between, const char* separator) {
  std::string out;
  for (const Described& d : items) {
    if (!out.empty()) out += separator;
    out += std::string(d.name) + std::string(between) + tr(d.text);
  }
  return out;
}

}  // namespace

void print_overview(std::ostream& out, const po::options_description& globals, std::size_t width) {
  out << tr("keyproj: the key-project tracker (重点项目调度)") << "\n\n"
      << tr("usage: keyproj [global options] COMMAND [command options]") << "\n\n"
      << tr("Commands:") << "\n";
  out << command_list(listed_commands(), width);
  out << "\n" << tr("Global options:") << "\n" << options_text(globals, width) << "\n";
  for (const char* paragraph :
       {N_("Run 'keyproj help COMMAND' for a command's options; '--' ends the options."),
        N_("Text (names, owners, titles, notes, reasons) is trimmed and stored in Unicode's composed form (NFC); "
           "control, bidirectional and zero-width characters are refused (newlines and tabs are kept in notes, "
           "blockers, reasons, scale and contact). A code is 1-32 ASCII letters, digits, - _ . (not starting -).")})
    out << wrap_text(tr(paragraph), 0, width) << "\n";
  out << wrap_text(trf("Exit codes: {}.", listed(exit_codes(), " ", trc("list", ", "))), 0, width) << "\n"
      << wrap_text(trf("Environment: {}.", listed(environment_variables(), ": ", trc("list", "; "))), 0, width) << "\n";
}

void print_usage(std::ostream& out, const Command& command, std::size_t width, bool with_globals) {
  po::options_description options;
  po::positional_options_description positional;
  command.declare(options, positional);
  std::string words(command.name);
  if (!command.operands.empty()) words.append(" ").append(command.operands);
  out << (options.options().empty() ? trf("usage: keyproj {}", words) : trf("usage: keyproj {} [options]", words))
      << "\n\n"
      << wrap_text(tr(command.summary), 0, width) << "\n";
  if (!options.options().empty()) out << "\n" << tr("Options:") << "\n" << options_text(options, width);
  if (!with_globals) return;
  out << "\n"
      << wrap_text(tr("Global options (--db, --as-of, --format, --lang, --user, --wide, -v, -q) are accepted too; "
                      "'--' ends the options (what follows is an operand, even a word beginning with '-')."),
                   0, width)
      << "\n";
}

std::vector<const Command*> listed_commands() {
  std::vector<const Command*> out;
  for (const Command* c : all_commands())
    if (!c->hidden) out.push_back(c);
  return out;
}

std::vector<const Command*> group_commands(std::string_view group) {
  std::vector<const Command*> out;
  for (const Command* c : listed_commands())
    if (c->name.size() > group.size() && c->name.starts_with(group) && c->name[group.size()] == ' ') out.push_back(c);
  return out;
}

bool print_group(std::ostream& out, std::string_view group, std::size_t width) {
  const auto commands = group_commands(group);
  if (commands.empty()) return false;
  out << trf("usage: keyproj {} SUBCOMMAND [options]", group) << "\n\n"
      << tr("Subcommands:") << "\n"
      << command_list(commands, width) << "\n"
      << wrap_text(trf("Run 'keyproj help {} SUBCOMMAND' for a subcommand's options.", group), 0, width) << "\n";
  return true;
}

}  // namespace keyproj
