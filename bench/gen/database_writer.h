#pragma once
// Writes a synthetic portfolio straight into a keyproj database. The file is created through
// the store's Database::open, so its schema is exactly the one keyproj migrates to; rows then
// go in through prepared statements reused for every row, in batched transactions.

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "portfolio.h"
#include "store/database.h"

namespace keyproj::bench {

class DatabaseWriter {
 public:
  // Creates `path` (which must not exist yet) with the current schema.
  explicit DatabaseWriter(const std::string& path);

  // Plans (one per region), their programmes and the owners.
  void write_reference(const Portfolio& portfolio);
  // A project as it stood before this year's reports, with its milestones and their moves,
  // and its entry in the year's plan (fixed before the reports).
  void write_project(const GenProject& p, const std::vector<GenMilestone>& milestones,
                     const std::optional<GenPlan>& plan);
  // A project's reports, and its stage after them.
  void write_updates(const GenProject& p, const std::vector<GenUpdate>& updates);

  // Commits and copies the database as it is now to `path` (VACUUM INTO).
  void snapshot(const std::string& path);
  // Commits, and leaves the file in the journal mode keyproj uses.
  void finish();

 private:
  void row_written();

  Database db_;
  std::array<std::int64_t, 5> region_ids_{};
  std::array<std::int64_t, 5> plan_ids_{};
  std::int64_t milestone_id_ = 0;
  std::int64_t rows_in_batch_ = 0;
  std::unique_ptr<sql::Statement> project_;
  std::unique_ptr<sql::Statement> milestone_;
  std::unique_ptr<sql::Statement> move_;
  std::unique_ptr<sql::Statement> update_;
  std::unique_ptr<sql::Statement> stage_;
  std::unique_ptr<sql::Statement> stage_change_;
  std::unique_ptr<sql::Statement> plan_;
};

}  // namespace keyproj::bench
