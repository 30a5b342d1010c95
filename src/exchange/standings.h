#pragma once
// The projects an import's reports name, as they stand after each row. Each is read from the
// database the first time a row names it (one index search, not the card's joins and
// aggregates) and then kept up to date by log_report as rows move its stage and add to its
// investment, so that a month's dispatch sheet reads each project once, not once per row.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "domain/model.h"
#include "store/report_appender.h"

namespace keyproj {

class Standings {
 public:
  // The rows' reports are held in `reports` until written; a standing read from the database
  // must count them, so they are written before a kept standing is let go.
  explicit Standings(ReportAppender& reports) : reports_(reports) {}

  // The project with exactly this code, or nullptr. The pointer is good until the next call.
  ProjectStanding* find(const std::string& code);

  // Where the reports of the rows go (log_report holds them there).
  ReportAppender& reports() { return reports_; }

  // True the first time it is asked for the project: an import warns of a project's invested
  // total beyond its budget once, at the first row that finds it so, not at every later row
  // (a year's sheets warned 2,086 times for a few hundred projects).
  bool first_overrun(std::int64_t project_id) { return overrun_.insert(project_id).second; }

 private:
  // A province's portfolio is 100,000 projects: past this many the memory is handed back and
  // the next rows read their projects again (a sheet sorted by project reads each once).
  static constexpr std::size_t kMaxKept = 4096;

  ReportAppender& reports_;
  std::unordered_map<std::string, ProjectStanding> kept_;
  // The project the last row named: a sheet lists a project's reports together, and this
  // spares hashing its code for each of them. Points into kept_ (whose nodes stay put).
  ProjectStanding* last_ = nullptr;
  std::unordered_set<std::int64_t> overrun_;
};

}  // namespace keyproj
