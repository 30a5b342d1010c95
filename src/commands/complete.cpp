// keyproj complete -- WORD…: the candidates for the last word, one a line, for the shell's
// completion (shell/keyproj.bash, shell/_keyproj). Hidden from help; it never fails aloud: a
// missing or unreadable database only means no codes are offered.

#include <filesystem>
#include <optional>

#include "cli/command.h"
#include "cli/completion.h"
#include "store/completion_words.h"

namespace keyproj {
namespace {

// Enough for any one city's portfolio; a shell asks before showing more than a screenful.
constexpr std::size_t kMostCodes = 500;

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("word", po::value<std::vector<std::string>>());
  p.add("word", -1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const auto words = args.count("word") ? args["word"].as<std::vector<std::string>>() : std::vector<std::string>{};
  std::optional<Database> db;
  auto database = [&]() -> Database* {
    if (db) return &*db;
    try {
      Globals named = g;
      if (const std::string path = database_named(words); !path.empty()) named.db = path;
      const std::string path = database_path(named);
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
      db = Database::open_unmigrated(path);
      return &*db;
    } catch (...) {
      return nullptr;
    }
  };
  DatabaseWords from_database{
      [&](std::string_view prefix) {
        try {
          if (Database* d = database()) return project_codes_starting(*d, prefix, kMostCodes);
        } catch (...) {
        }
        return std::vector<std::string>{};
      },
      [&] {
        try {
          if (Database* d = database()) return region_codes(*d);
        } catch (...) {
        }
        return std::vector<std::string>{};
      }};
  for (const std::string& candidate : completions(words, from_database)) io.out << candidate << "\n";
  return 0;
}

}  // namespace

extern const Command complete_command{"complete", "-- WORD…", N_("the shell's completion: candidates for the last word"),
                                      declare, run, true};

}  // namespace keyproj
