#include "cli/globals.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "util/error.h"
#include "util/field_text.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

Format parse_format(std::string_view text) {
  if (text == "table") return Format::Table;
  if (text == "csv") return Format::Csv;
  if (text == "json") return Format::Json;
  if (text == "xlsx") return Format::Xlsx;
  if (text == "ics") return Format::Ics;
  throw usage_error(trf("format {} is not known; use table, csv, json, xlsx or ics", quote(text)));
}

Lang parse_lang(std::string_view text) {
  if (text == "zh") return Lang::Zh;
  if (text == "en") return Lang::En;
  throw usage_error(trf("lang {} is not known; use zh or en", quote(text)));
}

Lang lang_from_environment() {
  // LANGUAGE first, as gettext reads it: a list such as zh_CN:en whose first entry wins.
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::strncmp(v, "zh", 2) == 0 ? Lang::Zh : Lang::En;
  }
  return Lang::En;
}

std::string database_path(const Globals& g) {
  std::filesystem::path path;
  if (g.db) {
    path = *g.db;
  } else if (const char* env = std::getenv("KEYPROJ_DB"); env && *env) {
    path = env;
  } else if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    path = std::filesystem::path(xdg) / "keyproj" / "keyproj.db";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    path = std::filesystem::path(home) / ".local" / "share" / "keyproj" / "keyproj.db";
  } else {
    throw usage_error(tr("no database given: pass --db PATH or set KEYPROJ_DB"));
  }
  if (path.empty()) throw usage_error(tr("db '' is empty; give a file path"));
  return path.string();
}

std::string existing_database_path(const Globals& g) {
  std::string path = database_path(g);
  // A server database's existence is the server's to say, when it is opened.
  if (is_server_database(path)) return path;
  // exists() follows a link: a dangling one is no database either (SQLite would create the
  // file it points at).
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw not_found(trf("no database at {}; run 'keyproj init' to create one", path));
  return path;
}

Database open_database(const Globals& g) { return Database::open(existing_database_path(g), true); }

Database create_database(const Globals& g) {
  const std::string location = database_path(g);
  if (is_server_database(location)) return Database::open(location);
  const std::filesystem::path path = location;
  const auto folder = path.parent_path();
  if (!folder.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) throw database_error(trf("database folder {} cannot be created: {}", quote(folder.string()), ec.message()));
  }
  return Database::open(path.string());
}

}  // namespace keyproj
