#pragma once
// The options every command accepts, before or after the command's name.

#include <optional>
#include <string>
#include <string_view>

#include "output/row_writer.h"
#include "store/database.h"
#include "util/date.h"

namespace keyproj {

struct Globals {
  std::optional<std::string> db;  // --db; else $KEYPROJ_DB; else the XDG data folder
  Date as_of;                     // "today" for every computation and every new record
  Format format = Format::Table;
  TableStyle style;  // lang, terminal width, colour
  std::string user;  // author of changes: --user, else $USER
  bool verbose = false;
  bool quiet = false;
};

Format parse_format(std::string_view text);  // --format; throws Error(Usage)
Lang parse_lang(std::string_view text);      // --lang; throws Error(Usage)
Lang lang_from_environment();                // without --lang: LC_ALL, LC_MESSAGES, LANG=zh_* → Zh, else En


// The database to use: --db, else $KEYPROJ_DB, else $XDG_DATA_HOME/keyproj/keyproj.db,
// else ~/.local/share/keyproj/keyproj.db. A file's path, or a PostgreSQL URI or libpq
// key=value list (is_server_database). Nothing is created.
std::string database_path(const Globals& g);

// database_path, when a file is there (or it names a server database, whose existence the
// server tells when it is opened); else Error(NotFound) "no database at PATH; run
// 'keyproj init' to create one". Only init creates a database: a mistyped --db must not
// give an empty one (and `overdue --fail-if-any` on it must not pass a cron check).
std::string existing_database_path(const Globals& g);

// Opens (and migrates) the database the globals name; Error(NotFound) when there is none.
Database open_database(const Globals& g);

// For init: creates the database (and its folder) when missing, then opens it as open_database.
Database create_database(const Globals& g);

}  // namespace keyproj
