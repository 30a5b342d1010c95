#pragma once
// What help and the manual page both list besides the commands: the exit codes and the
// environment variables keyproj reads. One table each, so that the two cannot disagree.

#include <span>
#include <string_view>

namespace keyproj {

struct Described {
  std::string_view name;  // "2", "KEYPROJ_DB"
  const char* text;       // English, marked N_ for the catalogue; shown through tr()
};

std::span<const Described> exit_codes();
std::span<const Described> environment_variables();

}  // namespace keyproj
