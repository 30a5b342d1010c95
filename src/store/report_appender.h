#pragma once
// Progress reports written many to a statement. An import of a month's dispatch sheets adds a
// million reports; one INSERT per report spent a sixth of the import starting and halting
// statements, so reports are held here and written kBatch to an INSERT. Each report is
// stamped with the time it was added, and takes the id add() returns, as if written at once.
//
// Anything that reads progress_update must flush() first; what the appender still holds is
// not in the database. Reports not flushed are dropped with the appender (a failed command
// rolls back whole anyway).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

// The database refused a held report when it was written: `tag` is what add() was given
// with it (an import's line number), so the refusal can be placed on the row it concerns.
class ReportRefused : public sql::Error {
 public:
  ReportRefused(std::size_t tag, const sql::Error& cause) : sql::Error(cause), tag_(tag) {}
  std::size_t tag() const { return tag_; }

 private:
  std::size_t tag_;
};

class ReportAppender {
 public:
  static constexpr std::size_t kBatch = 64;

  explicit ReportAppender(Database& db) : db_(db) {}
  ReportAppender(const ReportAppender&) = delete;
  ReportAppender& operator=(const ReportAppender&) = delete;

  Database& db() { return db_; }

  // Holds `u` (project_id, reported_on, author and what the officer gave); writes the held
  // reports once kBatch are held. Returns the id the report takes. Throws ReportRefused when
  // the database refuses one of the reports it writes.
  std::int64_t add(ProgressUpdate u, std::size_t tag = 0);

  // Writes every report held.
  void flush();

  std::size_t held() const { return held_.size(); }
  // Whether the report of this id is one held: given out by add() and not yet written.
  bool holds(std::int64_t id) const {
    return id < next_id_ && id >= next_id_ - static_cast<std::int64_t>(held_.size());
  }

 private:
  struct Held {
    ProgressUpdate report;
    std::array<char, 25> created_at;  // util/clock.h's 24 characters and a NUL: no allocation
    std::size_t tag;
  };
  void write_batch();
  void write_one(const Held& h);
  // The last report written took the last id given out (SQLite's rule, checked, not assumed).
  void check_ids() const;

  Database& db_;
  std::vector<Held> held_;
  std::int64_t next_id_ = 0;  // the id the next report takes; read when nothing is held
};

}  // namespace keyproj
