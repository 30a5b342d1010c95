#include "cli/globals.h"

#include <cstdlib>
#include <filesystem>

#include "util/error.h"

namespace keyproj {

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
    throw usage_error("no database given: pass --db PATH or set KEYPROJ_DB");
  }
  if (path.empty()) throw usage_error("db '' is empty; give a file path");
  const auto folder = path.parent_path();
  if (!folder.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) throw database_error("database folder '" + folder.string() + "' cannot be created: " + ec.message());
  }
  return path.string();
}

Database open_database(const Globals& g) { return Database::open(database_path(g)); }

}  // namespace keyproj
