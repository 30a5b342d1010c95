#pragma once
// What the shell may offer for the word being typed, from the command table itself: command
// words, each command's options, the stage, category, format and language names, and what only a
// database knows (region and project codes), asked of `DatabaseWords`. Run by the hidden
// `keyproj complete` (commands/complete.cpp), which the bash and zsh scripts of shell/ call.

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace keyproj {

struct DatabaseWords {
  std::function<std::vector<std::string>(std::string_view prefix)> project_codes;
  std::function<std::vector<std::string>()> region_codes;
};

// The candidates for the last of `words` (the words after `keyproj`, the last one being typed,
// possibly empty), each beginning with it. None leaves the shell to offer file names.
std::vector<std::string> completions(std::span<const std::string> words, const DatabaseWords& database);

// The database the words name with --db (or --db=PATH), if they do.
std::string database_named(std::span<const std::string> words);

}  // namespace keyproj
