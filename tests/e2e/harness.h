#pragma once
// Runs the built keyproj binary as a user would, against a temporary database: a SQLite file, or
// a database of its own on a PostgreSQL cluster (e2e/backend.h says how ctest chooses).

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "e2e/backend.h"

namespace keyproj::e2e {

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

// A fresh folder for the files a test writes, and a database on `backend`: on SQLite a path in
// that folder with nothing there yet, on PostgreSQL an empty database. Both removed afterwards.
class Sandbox {
 public:
  explicit Sandbox(Backend backend = test_backend());
  // A sandbox whose database starts as a copy of `source`'s, on its backend.
  static std::unique_ptr<Sandbox> copy_of(const Sandbox& source);
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  Backend backend() const { return backend_; }
  // What keyproj takes as --db: the SQLite file's path, or the PostgreSQL database's conninfo.
  std::string db() const { return db_->location(); }

  // What keyproj takes as --db to run as `user`: on a server the conninfo logging in as that
  // role (which the portfolio may or may not know); on a file db().
  std::string db_as(const std::string& user) const;

  // keyproj --db <db> --as-of <as_of> <args...>, with NO_COLOR and LANG=C.UTF-8; `input` on stdin.
  // On a server, `--user NAME` among the args logs in as the role NAME instead, made an admin
  // of the portfolio (kSandboxUser otherwise), since the server refuses --user.
  Outcome keyproj(const std::vector<std::string>& args, const std::string& input = "") const;
  // Like keyproj(), but with the arguments exactly as given (no --db, no --as-of).
  Outcome raw(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
          const std::string& input = "") const;

  // Writes a file into the sandbox and returns its path.
  std::string write(const std::string& name, const std::string& content) const;

  // Every row of every table, in a stable order: equal before and after means nothing changed.
  // "## table" lines in name order, each followed by its rows, values joined by '|', NULL as
  // NULL; on SQLite "<no database>" while the file does not exist.
  std::string dump() const;

  // Reading and poking rows the same way on both backends. `?` in the SQL are bound to
  // `params` in order, as text the database converts to the column's type; write SQL both
  // dialects know (coalesce, CAST(x AS TEXT), "user" quoted). Each throws std::runtime_error
  // with the database's message when it refuses the statement.
  // One statement with params, or several separated by ';' without.
  void sql(const std::string& statements, const Params& params = {}) const;
  // The rows of one query, values as text, NULL as "NULL".
  Rows rows(const std::string& query, const Params& params = {}) const;
  // The one value of a query that yields one row of one column; throws when it yields another shape.
  std::string query_one(const std::string& query, const Params& params = {}) const;

  std::string as_of = "2026-11-22";

 private:
  Sandbox(Backend backend, const TestDatabase* copy_of);

  std::filesystem::path dir_;
  Backend backend_;
  std::unique_ptr<TestDatabase> db_;
};

}  // namespace keyproj::e2e
