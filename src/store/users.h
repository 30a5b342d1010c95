#pragma once
// The users of a portfolio several offices share on a server: each a login role of the
// PostgreSQL cluster with a keyproj role here (admin, officer, viewer) and, for an officer, a
// scope: a region, or one county of it. The server keeps and enforces them
// (migrations/postgresql/0021_access.sql); only admins list, add and remove them. A file has
// one officer and no users: each of these throws Error(Usage) on SQLite.

#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

struct PortfolioUser {
  std::string name;  // the login role
  std::string role;  // admin, officer or viewer
  Text region;       // an officer's region code
  Text county;       // an officer's county within it, when the scope is one county
};

// Every user, by name. Refused (sql::Error, Failure::Permission) unless the session is an admin.
std::vector<PortfolioUser> list_users(Database& db);

// Adds `user`, making its login role when the cluster has none of that name, with `password`
// (sent as a verifier, never as itself) or none (the server's other methods: peer, cert).
// The region may be named as officers name it (TM, 天门). Error(Rejected) when the portfolio
// has the user already or the region is not known.
// Returns the user as kept: the region by its code.
PortfolioUser add_user(Database& db, const PortfolioUser& user, const std::optional<std::string>& password);

// Removes the user: its role here and its privileges on this portfolio; the login role too
// when `user add` made it and nothing else on the cluster holds it. Error(NotFound) when the
// portfolio has no such user.
void remove_user(Database& db, const std::string& name);

}  // namespace keyproj
