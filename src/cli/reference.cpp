#include "cli/reference.h"

#include "util/translate.h"

namespace keyproj {

// The codes of util/error.h's ExitCode, in its order.
std::span<const Described> exit_codes() {
  static constexpr Described codes[] = {
      {"0", N_("ok")},
      {"1", N_("found (--fail-if-any)")},
      {"2", N_("usage")},
      {"3", N_("not found")},
      {"4", N_("data rejected")},
      {"5", N_("database error")},
      {"70", N_("internal error (a defect in keyproj)")},
  };
  return codes;
}

// Every variable cli/globals.cpp and cli/main.cpp read, and what for.
std::span<const Described> environment_variables() {
  static constexpr Described variables[] = {
      {"KEYPROJ_DB", N_("the database file when --db is not given")},
      {"XDG_DATA_HOME", N_("without --db and KEYPROJ_DB, the database is $XDG_DATA_HOME/keyproj/keyproj.db "
                           "(else ~/.local/share/keyproj/keyproj.db)")},
      {"LANGUAGE, LC_ALL, LC_MESSAGES, LANG", N_("without --lang, Chinese when the first of them that is set begins with zh")},
      {"NO_COLOR", N_("when set and not empty, tables are not coloured")},
      {"COLUMNS", N_("the width tables and help are laid out for (else the terminal's)")},
      {"USER", N_("the author of changes when --user is not given")},
  };
  return variables;
}

}  // namespace keyproj
