#include "store/users.h"

#include <algorithm>

#include "store/regions.h"
#include "store/sql/postgres.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void require_server(Database& db) {
  if (db.sql().dialect() != sql::Dialect::Postgres)
    throw usage_error(trf("database {} is a file, which has one officer and no users; users belong to a portfolio "
                          "shared on a PostgreSQL server",
                          quote(db.name())));
}

}  // namespace

std::vector<PortfolioUser> list_users(Database& db) {
  require_server(db);
  sql::Statement q(db.sql(), "SELECT name, role, region, county FROM keyproj_users()");
  std::vector<PortfolioUser> out;
  while (q.step()) out.push_back({q.string(0), q.string(1), q.optional_string(2), q.optional_string(3)});
  return out;
}

PortfolioUser add_user(Database& db, const PortfolioUser& user, const std::optional<std::string>& password) {
  require_server(db);
  const auto users = list_users(db);  // refused here unless the session is an admin
  if (std::any_of(users.begin(), users.end(), [&](const PortfolioUser& u) { return u.name == user.name; }))
    throw rejected(trf("user {} is already a user of this portfolio; remove them first to change their role",
                       quote(user.name)));
  // TM, tm, 天门 and 天门市 all name the region; its code is what the server keeps.
  const Text region = user.region ? Text(region_code(db, *user.region)) : Text();
  sql::Statement q(db.sql(), "SELECT keyproj_user_add(?, ?, ?, ?, ?)");
  q.bind(1, user.name);
  q.bind(2, user.role);
  q.bind(3, region);
  q.bind(4, user.county);
  q.bind(5, password ? std::optional(sql::postgres_password_verifier(db.sql(), user.name, *password))
                     : std::optional<std::string>());
  q.run();
  PortfolioUser kept = user;
  kept.region = region;
  return kept;
}

void remove_user(Database& db, const std::string& name) {
  require_server(db);
  sql::Statement q(db.sql(), "SELECT keyproj_user_remove(?)");
  q.bind(1, name);
  if (!q.step() || q.int64(0) == 0)
    throw not_found(trf("user {} is not a user of this portfolio; see keyproj user list", quote(name)));
  q.reset();
}

}  // namespace keyproj
