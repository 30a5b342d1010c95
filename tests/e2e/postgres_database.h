#pragma once
// The PostgreSQL side of TestDatabase: a database of its own on the test cluster, created empty
// through the cluster's maintenance database (KEYPROJ_TEST_PG) and dropped with the sandbox,
// read and written with libpq.

#include <mutex>
#include <set>
#include <string>

#include "e2e/backend.h"

namespace keyproj::e2e {

class PostgresDatabase final : public TestDatabase {
 public:
  // Creates the database `name` on the cluster `maintenance` reaches, empty or as a copy of
  // `copy_of` (a database of the same cluster no one is connected to). Throws
  // std::runtime_error with libpq's message when the cluster refuses.
  PostgresDatabase(std::string maintenance, std::string name, const PostgresDatabase* copy_of = nullptr);
  // Drops it, closing whatever connection is left (a keyproj killed mid-way).
  ~PostgresDatabase() override;
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  // The maintenance conninfo with dbname replaced and the user kSandboxUser, as libpq key=value
  // pairs.
  std::string location() const override { return location_as(kSandboxUser); }
  std::string location_as(const std::string& user) const override;
  void admit(const std::string& user) const override;
  // Every table of the public schema in name order, rows in primary-key order (a table
  // without one: in the order of the row's text), values as PostgreSQL prints them.
  std::string dump() const override;
  Rows run(const std::string& sql, const Params& params) const override;
  void execute(const std::string& script) const override;

  const std::string& name() const { return name_; }

 private:
  std::string maintenance_;
  std::string name_;
  std::string location_;  // as the maintenance conninfo's user, a superuser: the tests' own reads and writes
  mutable std::mutex admitted_mutex_;
  mutable std::set<std::string> admitted_;
};

// `conninfo` (key=value pairs or a postgresql:// URI) with its dbname set to `dbname` (and its
// user to `user`, when given), as key=value pairs. Throws std::runtime_error when libpq cannot
// parse it.
std::string with_dbname(const std::string& conninfo, const std::string& dbname, const std::string& user = "");

// `?` placeholders outside quotes and comments turned into PostgreSQL's $1, $2, ….
std::string numbered_placeholders(const std::string& sql);

}  // namespace keyproj::e2e
