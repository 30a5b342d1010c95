#include "e2e/postgres_database.h"

#include <libpq-fe.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <thread>

namespace keyproj::e2e {
namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Connection connect(const std::string& conninfo) {
  Connection c(PQconnectdb(conninfo.c_str()), &PQfinish);
  if (!c || PQstatus(c.get()) != CONNECTION_OK)
    throw std::runtime_error("cannot connect to PostgreSQL (" + conninfo + "): " +
                             (c ? PQerrorMessage(c.get()) : "out of memory"));
  return c;
}

// Throws with the server's message unless `r` succeeded.
Result checked(PGconn* c, PGresult* raw, const std::string& sql) {
  Result r(raw, &PQclear);
  const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    throw std::runtime_error("PostgreSQL refused \"" + sql + "\": " + PQerrorMessage(c));
  return r;
}

Rows rows_of(const PGresult* r) {
  Rows out;
  for (int i = 0; i < PQntuples(r); ++i) {
    std::vector<std::string> row;
    for (int j = 0; j < PQnfields(r); ++j)
      row.push_back(PQgetisnull(r, i, j) ? std::string("NULL")
                                         : std::string(PQgetvalue(r, i, j), PQgetlength(r, i, j)));
    out.push_back(std::move(row));
  }
  return out;
}

std::string quoted_identifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A value of a key=value conninfo, quoted when it must be.
std::string conninfo_value(const std::string& v) {
  if (!v.empty() && v.find_first_of(" \t\n'\\") == std::string::npos) return v;
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

void run_on_maintenance(const std::string& maintenance, const std::string& sql) {
  const Connection c = connect(maintenance);
  checked(c.get(), PQexec(c.get(), sql.c_str()), sql);
}

std::string quoted_literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The login role `user` on the cluster, made once for all the test processes sharing it (one
// made meanwhile by another is as good). CREATEROLE: whoever owns a portfolio adds its users.
void ensure_role(const std::string& maintenance, const std::string& user) {
  static std::mutex made_mutex;
  static std::set<std::string> made;
  const std::lock_guard lock(made_mutex);
  if (made.contains(user)) return;
  run_on_maintenance(maintenance, "DO $$ BEGIN CREATE ROLE " + quoted_identifier(user) +
                                      " LOGIN CREATEROLE; EXCEPTION WHEN duplicate_object OR unique_violation "
                                      "THEN NULL; END $$");
  made.insert(user);
}

}  // namespace

std::string with_dbname(const std::string& conninfo, const std::string& dbname, const std::string& user) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  if (!options) {
    const std::string why = error ? error : "out of memory";
    PQfreemem(error);
    throw std::runtime_error("KEYPROJ_TEST_PG '" + conninfo + "' is not a libpq conninfo: " + why);
  }
  std::string out;
  const auto add = [&out](const std::string& key, const std::string& value) {
    if (!out.empty()) out += ' ';
    out += key;
    out += '=';
    out += conninfo_value(value);
  };
  bool named = false, user_given = false;
  for (const PQconninfoOption* o = options; o->keyword; ++o) {
    const std::string key = o->keyword;
    if (key == "dbname") {
      named = true;
      add(key, dbname);
    } else if (key == "user" && !user.empty()) {
      user_given = true;
      add(key, user);
    } else if (o->val) {
      add(key, o->val);
    }
  }
  PQconninfoFree(options);
  if (!named) add("dbname", dbname);
  if (!user.empty() && !user_given) add("user", user);
  return out;
}

std::string numbered_placeholders(const std::string& sql) {
  std::string out;
  int n = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      const std::size_t end = sql.find(c, i + 1);  // a doubled quote reads as two strings: same text
      const std::size_t stop = end == std::string::npos ? sql.size() : end + 1;
      out.append(sql, i, stop - i);
      i = stop - 1;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const std::size_t end = sql.find('\n', i);
      const std::size_t stop = end == std::string::npos ? sql.size() : end;
      out.append(sql, i, stop - i);
      i = stop - 1;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

PostgresDatabase::PostgresDatabase(std::string maintenance, std::string name, const PostgresDatabase* copy_of)
    : maintenance_(std::move(maintenance)), name_(std::move(name)), location_(with_dbname(maintenance_, name_)) {
  ensure_role(maintenance_, kSandboxUser);
  // FILE_COPY copies the template's files at once where the default (WAL_LOG) writes each page
  // through the WAL: 40 ms against 110 ms a database here, and every sandbox makes one. Its
  // checkpoint costs nothing on a cluster without fsync (scripts/pg-cluster).
  run_on_maintenance(maintenance_, "CREATE DATABASE " + quoted_identifier(name_) + " OWNER " +
                                       quoted_identifier(kSandboxUser) +
                                       (copy_of ? " TEMPLATE " + quoted_identifier(copy_of->name_) : std::string()) +
                                       " STRATEGY FILE_COPY");
  // Whoever a test names may run init, as on a file: each may make the schema.
  if (!copy_of) execute("GRANT CREATE ON SCHEMA public TO PUBLIC");
}

std::string PostgresDatabase::location_as(const std::string& user) const {
  ensure_role(maintenance_, user);
  return with_dbname(maintenance_, name_, user);
}

void PostgresDatabase::admit(const std::string& user) const {
  const std::lock_guard lock(admitted_mutex_);
  if (admitted_.contains(user)) return;
  ensure_role(maintenance_, user);
  const std::string u = quoted_literal(user);
  const Rows made = run("SELECT to_regclass('public.keyproj_user') IS NOT NULL", {});
  if (made.at(0).at(0) != "t") return;  // no schema yet: the next run asks again
  execute("SELECT keyproj_user_add(" + u + ", 'admin', NULL, NULL, NULL) WHERE NOT EXISTS "
          "(SELECT 1 FROM keyproj_user WHERE name = " + u + ")");
  admitted_.insert(user);
}

PostgresDatabase::~PostgresDatabase() {
  // FORCE ends the sessions still connected, but one slow to end (a keyproj killed mid-way
  // leaves its backend finishing a statement) makes DROP fail: it is asked again, and a database
  // left behind is named, as the test that left it has passed or failed already.
  std::string why;
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      run_on_maintenance(maintenance_, "DROP DATABASE IF EXISTS " + quoted_identifier(name_) + " WITH (FORCE)");
      return;
    } catch (const std::exception& e) {
      why = e.what();
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }
  std::fprintf(stderr, "test database %s was left on the cluster: %s\n", name_.c_str(), why.c_str());
}

std::string PostgresDatabase::dump() const {
  const Connection c = connect(location_);
  // Each table with its primary key's columns in key order, NULL when it has none.
  const std::string tables_sql =
      "SELECT t.relname, (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n) "
      "  FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
      "  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
      "  WHERE i.indrelid = t.oid AND i.indisprimary) "
      "FROM pg_class t JOIN pg_namespace s ON s.oid = t.relnamespace "
      "WHERE s.nspname = 'public' AND t.relkind IN ('r', 'p') AND NOT t.relispartition "
      // The server's own tables: its users and its log of every statement's rows.
      "AND t.relname NOT IN ('keyproj_user', 'row_change') "
      "ORDER BY t.relname COLLATE \"C\"";
  const Result tables = checked(c.get(), PQexec(c.get(), tables_sql.c_str()), tables_sql);
  std::string out;
  for (int i = 0; i < PQntuples(tables.get()); ++i) {
    const std::string t = PQgetvalue(tables.get(), i, 0);
    out += "## " + t + "\n";
    const std::string order =
        PQgetisnull(tables.get(), i, 1) ? "r::text COLLATE \"C\"" : std::string(PQgetvalue(tables.get(), i, 1));
    const std::string rows_sql = "SELECT * FROM public." + quoted_identifier(t) + " AS r ORDER BY " + order;
    const Result rows = checked(c.get(), PQexec(c.get(), rows_sql.c_str()), rows_sql);
    for (const auto& row : rows_of(rows.get())) {
      for (std::size_t j = 0; j < row.size(); ++j) out += (j ? "|" : "") + row[j];
      out += "\n";
    }
  }
  return out;
}

Rows PostgresDatabase::run(const std::string& sql, const Params& params) const {
  const Connection c = connect(location_);
  std::vector<const char*> values;
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  const std::string numbered = numbered_placeholders(sql);
  // Text parameters of no stated type: the server gives each the type its place asks for.
  const Result r = checked(c.get(),
                           PQexecParams(c.get(), numbered.c_str(), static_cast<int>(values.size()), nullptr,
                                        values.data(), nullptr, nullptr, 0),
                           sql);
  return rows_of(r.get());
}

void PostgresDatabase::execute(const std::string& script) const {
  const Connection c = connect(location_);
  checked(c.get(), PQexec(c.get(), script.c_str()), script);
}

}  // namespace keyproj::e2e
