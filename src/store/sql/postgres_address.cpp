#include "store/sql/postgres_address.h"

#include "store/sql/pq_library.h"

namespace keyproj::sql {

bool is_postgres_address(std::string_view location) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return true;
  if (location.find('=') == std::string_view::npos) return false;
  char* parse_error = nullptr;
  PQconninfoOption* parsed = libpq().PQconninfoParse(std::string(location).c_str(), &parse_error);
  libpq().PQfreemem(parse_error);
  if (!parsed) return false;
  libpq().PQconninfoFree(parsed);
  return true;
}

std::string postgres_display_name(const std::string& conninfo) {
  char* parse_error = nullptr;
  PQconninfoOption* parsed = libpq().PQconninfoParse(conninfo.c_str(), &parse_error);
  libpq().PQfreemem(parse_error);
  if (!parsed) return "postgresql://";
  std::string user, host, port, dbname;
  for (const PQconninfoOption* o = parsed; o->keyword; ++o) {
    if (!o->val) continue;
    const std::string_view key = o->keyword;
    if (key == "user") user = o->val;
    if (key == "host") host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") dbname = o->val;
  }
  libpq().PQconninfoFree(parsed);
  std::string name = "postgresql://";
  if (!user.empty()) name += user + "@";
  name += host;
  if (!port.empty()) name += ":" + port;
  return name + "/" + dbname;
}

std::string postgres_role(const std::string& conninfo) {
  const auto value_of = [](PQconninfoOption* options) {
    std::string user;
    if (!options) return user;
    for (const PQconninfoOption* o = options; o->keyword; ++o)
      if (std::string_view(o->keyword) == "user" && o->val) user = o->val;
    libpq().PQconninfoFree(options);
    return user;
  };
  char* parse_error = nullptr;
  std::string user = value_of(libpq().PQconninfoParse(conninfo.c_str(), &parse_error));
  libpq().PQfreemem(parse_error);
  return user.empty() ? value_of(libpq().PQconndefaults()) : user;
}

}  // namespace keyproj::sql
