#include "cli/completion.h"

#include <algorithm>
#include <set>

#include "cli/command.h"
#include "cli/global_options.h"
#include "cli/usage.h"
#include "domain/category.h"
#include "domain/stage.h"

namespace keyproj {
namespace {

struct Options {
  std::vector<std::string> names;      // "--db", "-v"
  std::set<std::string> take_a_value;  // the ones that do: "--db"
};

void add(Options& into, const po::options_description& options) {
  for (const auto& o : options.options()) {
    const bool value = o->semantic()->max_tokens() > 0;
    for (const std::string& name : {o->canonical_display_name(po::command_line_style::allow_long),
                                    o->canonical_display_name(po::command_line_style::allow_dash_for_short)}) {
      if (name.size() < 2 || name[0] != '-' || std::count(into.names.begin(), into.names.end(), name)) continue;
      into.names.push_back(name);
      if (value) into.take_a_value.insert(name);
    }
  }
}

Options options_of(const Command* command) {
  Options out;
  if (command) {
    po::options_description own;
    po::positional_options_description positional;
    command->declare(own, positional);
    add(out, own);
  }
  add(out, global_options());
  return out;
}

// A command's name as its words: "project add" → project, add.
std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start <= name.size();) {
    const std::size_t end = std::min(name.find(' ', start), name.size());
    words.push_back(name.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The longest command whose words are `plain`'s first ones; `used` gets their number.
const Command* command_of(const std::vector<std::string>& plain, std::size_t& used) {
  const Command* best = nullptr;
  used = 0;
  for (const Command* c : listed_commands()) {
    const auto words = words_of(c->name);
    if (words.size() <= plain.size() && words.size() > used && std::equal(words.begin(), words.end(), plain.begin())) {
      best = c;
      used = words.size();
    }
  }
  return best;
}

// `command`: the command the words name, when they name one yet.
std::vector<std::string> values_of(std::string_view option, const Command* command, const DatabaseWords& database,
                                   std::string_view prefix) {
  std::vector<std::string> out;
  if (option == "--stage" || option == "--to") {
    for (Stage s : kStages) out.emplace_back(stage_name(s));
  } else if (option == "--category") {
    for (const WordName& w : known_categories()) out.emplace_back(w.word);
  } else if (option == "--region") {
    if (database.region_codes) out = database.region_codes();
  } else if (option == "--format") {
    out = {"table", "csv", "json", "xlsx"};
    if (command && command->name == "export") out.emplace_back("ics");  // the calendar: export's alone
  } else if (option == "--lang") {
    out = {"zh", "en"};
  } else if (option == "--project") {
    if (database.project_codes) out = database.project_codes(prefix);
  }
  return out;
}

std::vector<std::string> starting(std::vector<std::string> words, std::string_view prefix, std::string_view before = "") {
  std::vector<std::string> out;
  for (std::string& w : words)
    if (std::string_view(w).starts_with(prefix)) out.push_back(std::string(before) + w);
  return out;
}

}  // namespace

std::string database_named(std::span<const std::string> words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "--db" && i + 1 < words.size()) return words[i + 1];
    if (words[i].starts_with("--db=")) return words[i].substr(5);
  }
  return {};
}

std::vector<std::string> completions(std::span<const std::string> words, const DatabaseWords& database) {
  if (words.empty()) return {};
  const std::string& typed = words.back();
  const auto done = words.first(words.size() - 1);

  // The command's words among the words before, passing over options and their values (the
  // global options' before the command is known, its own and the global ones after).
  std::vector<std::string> plain;
  const Command* command = nullptr;
  std::size_t used = 0;
  Options options = options_of(nullptr);
  bool operands_only = false;
  for (std::size_t i = 0; i < done.size(); ++i) {
    const std::string& w = done[i];
    if (!operands_only && w == "--") {
      operands_only = true;
    } else if (!operands_only && w.starts_with("-")) {
      if (w.find('=') == std::string::npos && options.take_a_value.count(w)) ++i;
    } else {
      plain.push_back(w);
      if (!command) {
        const std::vector<std::string> named(plain.begin() + (plain.front() == "help"), plain.end());
        if (const Command* c = command_of(named, used); c && used == named.size()) {
          command = c;
          options = options_of(command);
        }
      }
    }
  }
  const bool help = !plain.empty() && plain.front() == "help";

  // The value of an option: after it, or after its '='.
  const std::string previous = done.empty() ? "" : done.back();
  if (!operands_only && options.take_a_value.count(previous)) return starting(values_of(previous, command, database, typed), typed);
  if (!operands_only && typed.starts_with("--") && typed.find('=') != std::string::npos) {
    const std::string option = typed.substr(0, typed.find('='));
    const std::string value = typed.substr(option.size() + 1);
    return starting(values_of(option, command, database, value), value, option + "=");
  }
  if (!operands_only && typed.starts_with("-")) return starting(options.names, typed);

  if (!command || help) {
    // The next word of a command: of the commands the words so far begin.
    const std::vector<std::string> named(plain.begin() + help, plain.end());
    std::vector<std::string> next;
    if (named.empty() && !help) next.emplace_back("help");
    for (const Command* c : listed_commands()) {
      const auto words = words_of(c->name);
      if (words.size() > named.size() && std::equal(named.begin(), named.end(), words.begin()) &&
          !std::count(next.begin(), next.end(), words[named.size()]))
        next.emplace_back(words[named.size()]);
    }
    return starting(next, typed);
  }
  // An operand: a project's code where the command takes a project.
  const std::string_view operands = command->operands;
  if (operands.starts_with("PROJECT") && plain.size() == used && database.project_codes)
    return database.project_codes(typed);
  return {};
}

}  // namespace keyproj
