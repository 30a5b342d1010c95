// keyproj: the command-line entry. Reads the global options (accepted before and after the
// command), finds the command by its words, parses its own options and runs it. Every failure
// ends here as one sentence on stderr and the exit code DESIGN.md assigns.

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/counting_sink.h"
#include "cli/failure.h"
#include "cli/heap.h"
#include "cli/global_options.h"
#include "cli/retry.h"
#include "cli/usage.h"
#include "domain/user_name.h"
#include "output/terminal_stream.h"
#include "util/error.h"
#include "util/date.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

struct Parsed {
  Globals globals;
  bool help = false;
  bool version = false;
  std::vector<std::string> rest;      // the command's words, options and operands
  std::vector<std::string> operands;  // the words after `--`: operands, whatever they begin with
};

// %* of the log pattern: a warning's text as terminal_text shows it, since it may name a
// project whose stored name holds an escape sequence.
class EscapedMessage : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
    const std::string shown = terminal_text(std::string_view(msg.payload.data(), msg.payload.size()));
    dest.append(shown.data(), shown.data() + shown.size());
  }
  std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<EscapedMessage>(); }
};

// %k of the log pattern: the level ("warning") in the reader's language.
class LevelName : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
    const std::string_view name = level_name(msg.level);
    dest.append(name.data(), name.data() + name.size());
  }
  std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<LevelName>(); }

 private:
  static std::string_view level_name(spdlog::level::level_enum level) {
    switch (level) {
      case spdlog::level::trace: return trc("log level", "trace");
      case spdlog::level::debug: return trc("log level", "debug");
      case spdlog::level::info: return trc("log level", "info");
      case spdlog::level::warn: return trc("log level", "warning");
      case spdlog::level::err: return trc("log level", "error");
      case spdlog::level::critical: return trc("log level", "critical");
      default: break;
    }
    const auto name = spdlog::level::to_string_view(level);
    return {name.data(), name.size()};
  }
};

// The columns a table may fill: COLUMNS when set (a script, or a test, says how wide), else the
// terminal's; none in a pipe or a file, where a cut name would be data lost.
std::optional<std::size_t> terminal_width() {
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0) return static_cast<std::size_t>(std::atoi(c));
  if (!isatty(STDOUT_FILENO)) return std::nullopt;
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 100;
}

// The columns help is laid out for: COLUMNS when set, else the terminal's, else 80 (a pipe or a
// file, where Boost's own 80 served before).
std::size_t help_width() {
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0) return static_cast<std::size_t>(std::atoi(c));
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

Parsed parse_globals(int argc, char** argv) {
  Parsed p;
  // `--` ends the options, as in every Unix tool. It is found before the global options are
  // read: that pass hands on every word it does not know, and would hand on the words after
  // `--` (a code such as -X1) as options of the command.
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) != "--") continue;
    p.operands.assign(argv + i + 1, argv + argc);
    argc = i;
    break;
  }
  Globals& g = p.globals;
  // The language first, from the words themselves: every sentence after this one, a refusal of
  // the options by Boost's parser included, is in it.
  std::optional<std::string> lang;
  for (int i = 1; i < argc; ++i) {
    const std::string_view w = argv[i];
    if (w == "--lang" && i + 1 < argc) lang = argv[i + 1];
    else if (w.starts_with("--lang=")) lang = std::string(w.substr(7));
  }
  g.style.lang = lang ? parse_lang(*lang) : lang_from_environment();
  if (!use_language(g.style.lang)) {
    std::cerr << "keyproj: warning: the Chinese catalogue (zh_CN/LC_MESSAGES/keyproj.mo) is not installed; "
                 "showing English\n";
    g.style.lang = Lang::En;
  }
  po::variables_map vm;
  // parsed_options keeps a pointer to the description: it must outlive the parse and the store.
  static const po::options_description globals = global_options();
  po::parsed_options parsed = po::command_line_parser(argc, argv)
                                  .options(globals)
                                  .style(po::command_line_style::default_style &
                                         ~po::command_line_style::allow_guessing)
                                  .allow_unregistered()
                                  .run();
  po::store(parsed, vm);
  p.rest = po::collect_unrecognized(parsed.options, po::include_positional);
  if (vm.count("db")) g.db = vm["db"].as<std::string>();
  g.as_of = vm.count("as-of") ? parse_date(vm["as-of"].as<std::string>(), "as-of") : today();
  if (vm.count("format")) g.format = parse_format(vm["format"].as<std::string>());
  if (!vm["wide"].as<bool>()) g.style.width = terminal_width();
  const char* no_color = std::getenv("NO_COLOR");
  g.style.color = isatty(STDOUT_FILENO) && !(no_color && *no_color);
  const char* env_db = std::getenv("KEYPROJ_DB");
  const std::string location = g.db || (env_db && *env_db) ? database_path(g) : std::string();
  if (is_server_database(location)) {
    // On a server the author is whom the server authenticated, and it writes that name over
    // any other: --user could only promise what is not kept.
    g.user = server_role(location);
    if (vm.count("user"))
      throw usage_error(trf("--user names the author in a database file; on a server the author is the role "
                            "keyproj logs in as ({}): give it as the user of --db",
                            g.user));
  } else if (vm.count("user")) {
    g.user = clean_user_name(vm["user"].as<std::string>(), "--user");
  } else if (const char* u = std::getenv("USER"); u && *u) {
    g.user = clean_user_name(u, "$USER");
  } else {
    g.user = "unknown";
  }
  g.verbose = vm["verbose"].as<bool>();
  g.quiet = vm["quiet"].as<bool>();
  p.help = vm["help"].as<bool>();
  p.version = vm["version"].as<bool>();
  return p;
}

// The longest command whose words open `rest`; sets `used` to the number of words it took.
const Command* find_command(const std::vector<std::string>& rest, std::size_t& used) {
  const Command* best = nullptr;
  for (const Command* c : all_commands()) {
    std::istringstream words{std::string(c->name)};
    std::string word;
    std::size_t i = 0;
    bool match = true;
    while (words >> word) {
      if (i >= rest.size() || rest[i] != word) {
        match = false;
        break;
      }
      ++i;
    }
    if (match && (!best || i > used)) {
      best = c;
      used = i;
    }
  }
  return best;
}

// The sentence for words that name no command. 'project' alone, or 'project remove', gets
// the subcommands of 'project' rather than a bare 'not known'.
Error unknown_command(const std::vector<std::string>& rest) {
  const std::string& group = rest.front();
  std::string subcommands;
  for (const Command* c : group_commands(group)) {
    const std::string_view sub = c->name.substr(group.size() + 1);
    subcommands += (subcommands.empty() ? "" : ", ") + std::string(sub.substr(0, sub.find(' ')));
  }
  if (subcommands.empty())
    return usage_error(trf("command {} is not known; run 'keyproj help' for the list", quote(rest.front())));
  if (rest.size() == 1 || rest[1].starts_with("-"))
    return usage_error(trf("command {} needs one of: {}", quote(rest.front()), subcommands));
  return usage_error(
      trf("command {} is not known; {} takes {}", quote(rest.front() + " " + rest[1]), quote(rest.front()), subcommands));
}

// Boost's 'too many positional options' does not say which word; this finds the first word
// past the operands the command takes.
std::string extra_operand(const std::vector<std::string>& tokens, const po::options_description& options,
                          const po::positional_options_description& positional) {
  const po::parsed_options parsed = po::command_line_parser(tokens).options(options).allow_unregistered().run();
  const auto operands = po::collect_unrecognized(parsed.options, po::include_positional);
  std::size_t n = 0;
  for (const auto& word : operands) {
    if (word.starts_with("-")) continue;
    if (n++ == positional.max_total_count()) return word;
  }
  return operands.empty() ? std::string() : operands.back();
}

// A failed write of what a command prints is an error: `export > /dev/full` or a full disk
// must not end 0 with a cut file. The stream goes bad at the first failed write and stays so,
// so one check at the end catches any. A closed pipe (`| head`) ends keyproj by SIGPIPE before
// this, quietly, as it does every Unix tool.
// (The write that failed may be long past: its errno is gone, hence no reason more exact.)
void check_output() {
  std::cout.flush();
  if (std::cout) return;
  throw database_error(tr("standard output cannot be written: the disk may be full; what was printed is incomplete"));
}

int run(int argc, char** argv) {
  Parsed p = parse_globals(argc, argv);
  // Counted, so that a command that has logged a warning is not run again after a conflict.
  const auto logged = std::make_shared<CountingSink>(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  spdlog::set_default_logger(std::make_shared<spdlog::logger>("keyproj", logged));
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<EscapedMessage>('*').add_flag<LevelName>('k').set_pattern("keyproj: %k: %*");
  spdlog::set_formatter(std::move(formatter));
  spdlog::set_level(p.globals.quiet ? spdlog::level::err
                    : p.globals.verbose ? spdlog::level::debug
                                        : spdlog::level::warn);
  if (p.version) {
    std::cout << "keyproj " << KEYPROJ_VERSION << "\n";
    return 0;
  }
  bool help = p.help;
  if (!p.rest.empty() && p.rest.front() == "help") {
    p.rest.erase(p.rest.begin());
    help = true;
  }
  std::size_t used = 0;
  const Command* command = find_command(p.rest, used);
  if (!command) {
    if (p.rest.empty()) {
      print_overview(help ? std::cout : std::cerr, global_options(), help_width());
      return help ? 0 : static_cast<int>(ExitCode::Usage);
    }
    // `help project` (or `project --help`): the group's subcommands.
    if (help && p.rest.size() == 1 && print_group(std::cout, p.rest.front(), help_width())) return 0;
    throw unknown_command(p.rest);
  }
  if (help) {
    print_usage(std::cout, *command, help_width());
    return 0;
  }
  // A calendar is of milestones: export checks its --what; every other command has nothing to
  // put in one, and is refused before it reads or writes anything.
  if (p.globals.format == Format::Ics && command->name != "export")
    throw usage_error(trf("--format ics writes a calendar of milestones, which 'keyproj {}' does not; "
                          "use 'keyproj export --what milestones --format ics'",
                          command->name));
  po::options_description options;
  po::positional_options_description positional;
  command->declare(options, positional);
  po::variables_map args;
  std::vector<std::string> tokens(p.rest.begin() + static_cast<std::ptrdiff_t>(used), p.rest.end());
  if (!p.operands.empty()) {
    tokens.emplace_back("--");  // the command's parser takes what follows as operands
    tokens.insert(tokens.end(), p.operands.begin(), p.operands.end());
  }
  try {
    po::store(po::command_line_parser(tokens)
                  .options(options)
                  .positional(positional)
                  .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
                  .run(),
              args);
  } catch (const po::too_many_positional_options_error&) {
    throw usage_error(trf("{0} is one word too many for '{1}'; see 'keyproj help {1}'",
                          quote(extra_operand(tokens, options, positional)), command->name));
  }
  po::notify(args);
  // Whether anything has been shown, for run_retrying_conflicts: counted as it reaches the
  // streams (the streams are put back as they were when this returns).
  const CountedStream out_count(std::cout), err_count(std::cerr);
  const int code = run_retrying_conflicts(
      [&] {
        std::ostream nowhere(nullptr);  // with no buffer, whatever is written to it goes nowhere
        // Sentences to a person are escaped line by line; the data of stdout is each command's
        // to write (tables and cards escape their cells; CSV, JSON and xlsx stay exact).
        TerminalStream confirm(std::cout);
        TerminalStream err(std::cerr);
        Io io{std::cout, err, p.globals.quiet ? nowhere : confirm};
        const int result = command->run(args, p.globals, io);
        confirm.flush();
        err.flush();
        return result;
      },
      [&] { return out_count.count() > 0 || err_count.count() > 0 || logged->count() > 0; });
  check_output();
  return code;
}

}  // namespace
}  // namespace keyproj

int main(int argc, char** argv) {
  keyproj::prepare_heap();
  try {
    return keyproj::run(argc, argv);
  } catch (...) {
    return keyproj::report_failure(std::current_exception(), std::cerr);
  }
}
