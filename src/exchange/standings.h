#pragma once
// The projects an import's reports name, as they stand after each row. Each is read from the
// database the first time a row names it (one index search, not the card's joins and
// aggregates) and then kept up to date by log_report as rows move its stage and add to its
// investment, so that a month's dispatch sheet reads each project once, not once per row.

#include <cstddef>
#include <string>
#include <unordered_map>

#include "domain/model.h"
#include "store/database.h"

namespace keyproj {

class Standings {
 public:
  explicit Standings(Database& db) : db_(db) {}

  // The project with exactly this code, or nullptr. The pointer is good until the next call.
  ProjectStanding* find(const std::string& code);

 private:
  // A province's portfolio is 100,000 projects: past this many the memory is handed back and
  // the next rows read their projects again (a sheet sorted by project reads each once).
  static constexpr std::size_t kMaxKept = 4096;

  Database& db_;
  std::unordered_map<std::string, ProjectStanding> kept_;
};

}  // namespace keyproj
