#pragma once
// The SQLite side of TestDatabase: keyproj.db in the sandbox's folder, read and written with
// SQLiteCpp.

#include "e2e/backend.h"

namespace keyproj::e2e {

class SqliteDatabase final : public TestDatabase {
 public:
  explicit SqliteDatabase(std::filesystem::path file) : file_(std::move(file)) {}

  std::string location() const override { return file_.string(); }
  std::string location_as(const std::string&) const override { return location(); }
  void admit(const std::string&) const override {}
  // "<no database>" while the file does not exist.
  std::string dump() const override;
  // Both create the file when it is missing, as PostgreSQL's sandbox database exists empty.
  Rows run(const std::string& sql, const Params& params) const override;
  void execute(const std::string& script) const override;
  // Copies the file alone: a database keyproj left has no WAL to carry (its last connection
  // folds it in), and the portfolio the bad-input driver copies is checkpointed first.
  void copy_from(const SqliteDatabase& source) const;

 private:
  std::filesystem::path file_;
};

}  // namespace keyproj::e2e
