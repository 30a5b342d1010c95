#pragma once
// What keyproj reads from a PostgreSQL address (a libpq URI or key=value list) without
// connecting: whether a --db names a server at all, how messages name it, and whom libpq logs
// in as. Read by libpq's own parser, so that keyproj and libpq never disagree.

#include <string>
#include <string_view>

namespace keyproj::sql {

// True when `location` names a PostgreSQL database rather than a file: a postgresql:// or
// postgres:// URI, or a libpq key=value list whose keys libpq knows ("host=/run/pg dbname=kp").
// A file's path is none of these, even one with '=' in it ("plan=2026.db" has no known key).
bool is_postgres_address(std::string_view location);

// How messages name the database at `conninfo`: postgresql://user@host:port/dbname with the
// parts the string gives, never its password.
std::string postgres_display_name(const std::string& conninfo);

// The role libpq logs in as with `conninfo`: its user, else libpq's default (PGUSER, else the
// operating system's user name); "" when neither is known.
std::string postgres_role(const std::string& conninfo);

}  // namespace keyproj::sql
